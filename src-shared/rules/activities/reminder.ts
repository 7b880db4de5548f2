import type { RecordValues } from '../../api';
import { REMINDER_OFFSETS, SCHEDULED_TYPES, type ReminderOffset } from '../../entities/activity';
import { addMinutes, toIso, toMs } from './time';

/** What a dated activity is anchored at: its start when scheduled, its due date otherwise. */
export function anchorOf(values: RecordValues): number | null {
  const scheduled = (SCHEDULED_TYPES as readonly unknown[]).includes(values['activity_type']);
  return toMs(scheduled ? values['scheduled_start'] : values['due_date']);
}

/**
 * When the reminder of an activity fires: its anchor minus the chosen offset,
 * or null without a reminder or a date. A series never reminds; its
 * occurrences do.
 */
export function reminderAtOf(values: RecordValues): string | null {
  if (values['activity_type'] === 'recurring_appointment') return null;
  const offset = REMINDER_OFFSETS[values['reminder'] as ReminderOffset] as number | undefined;
  const anchor = anchorOf(values);
  if (offset === undefined || anchor === null) return null;
  return toIso(addMinutes(anchor, -offset));
}

/** Snooze choices offered with an in-app reminder, in minutes. */
export const SNOOZE_MINUTES = [5, 10, 15, 60] as const;
