import type { RecordValues } from '../../api';
import { USER_PARTY } from '../../entities/types';
import { seriesOccurrences } from '../activities/series';
import { toMs } from '../activities/time';
import { formatRef } from '../records/field-formats';

/**
 * What a conflict check asks about an appointment being saved: the times
 * it takes (one slot, or a series' coming occurrences) and everyone it
 * concerns (owner, organizer, attendees), leaving out the appointment
 * itself, its own series' occurrences when the series is edited, and the
 * slot an occurrence is moved from.
 */

export interface ConflictProposal {
  readonly slots: readonly { readonly start: string; readonly end: string }[];
  readonly parties: readonly string[];
  readonly excludeId?: string;
  readonly excludeSeriesId?: string;
  /** An occurrence not written as a record yet, being moved. */
  readonly excludeOccurrence?: { readonly seriesId: string; readonly originalStart: string };
}

/** A series is checked over its occurrences in this many days from now (at most `MAX_SLOTS` of them). */
export const SERIES_CHECK_DAYS = 90;
const MAX_SLOTS = 100;
const MS_PER_DAY = 86_400_000;

/** Fields whose change can make an appointment clash anew. */
const SCHEDULING_FIELDS = new Set([
  'scheduled_start',
  'scheduled_end',
  'scheduled_duration',
  'owner_id',
  'organizer',
  'required_attendees',
  'optional_attendees',
  'status',
  'recurrence_frequency',
  'recurrence_interval',
  'recurrence_weekdays',
  'recurrence_monthly_by',
  'recurrence_end',
  'recurrence_count',
  'recurrence_until',
]);

/** Whether an update with these changed fields needs a conflict check. */
export function changesSchedule(changed: Iterable<string>): boolean {
  for (const name of changed) if (SCHEDULING_FIELDS.has(name)) return true;
  return false;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Everyone an activity concerns: the owner as `user:<id>`, the organizer, the attendees, once each. */
export function partiesOfValues(values: RecordValues): string[] {
  const owner = values['owner_id'];
  const parties = [
    ...(typeof owner === 'string' ? [formatRef(USER_PARTY, owner)] : []),
    ...list(values['organizer']),
    ...list(values['required_attendees']),
    ...list(values['optional_attendees']),
  ];
  return [...new Set(parties)];
}

/**
 * The check for an open appointment or series with these (complete, as
 * they will be saved) values, or null when there is nothing to check: not
 * an appointment, not open, no time, or nobody.
 */
export function appointmentProposal(values: RecordValues, id: string | null, now: number): ConflictProposal | null {
  const type = values['activity_type'];
  if (type !== 'appointment' && type !== 'recurring_appointment') return null;
  if ((values['status'] ?? 'open') !== 'open') return null;
  const parties = partiesOfValues(values);
  if (parties.length === 0) return null;
  if (type === 'recurring_appointment') {
    const slots = seriesOccurrences(values, now + SERIES_CHECK_DAYS * MS_PER_DAY)
      .filter((o) => (toMs(o.end) ?? 0) > now)
      .slice(0, MAX_SLOTS)
      .map((o) => ({ start: o.start, end: o.end }));
    if (slots.length === 0) return null;
    return { slots, parties, ...(id ? { excludeSeriesId: id } : {}) };
  }
  const start = toMs(values['scheduled_start']);
  const end = toMs(values['scheduled_end']) ?? start;
  if (start === null || end === null) return null;
  return {
    slots: [{ start: new Date(start).toISOString(), end: new Date(Math.max(start, end)).toISOString() }],
    parties,
    ...(id ? { excludeId: id } : {}),
  };
}
