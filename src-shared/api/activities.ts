import { z } from 'zod';
import { SNOOZE_MINUTES } from '../rules/activities/reminder';
import { canonicalDateTime } from '../rules/records/field-formats';
import { entityName, recordId } from './records';

/** Input schemas and result types of the activity methods: time accounting and reminders. */

const moment = z
  .string()
  .max(40)
  .refine((v) => canonicalDateTime(v) !== null);

/** Time spent on one record: activities regarding it (for an account, also those regarding its contacts). */
export const timeSpentInput = z.object({ entity: entityName, id: recordId });

export interface TimeByType {
  readonly type: string;
  readonly minutes: number;
  readonly count: number;
}

export interface TimeSpent {
  readonly totalMinutes: number;
  readonly count: number;
  /** Largest first. */
  readonly byType: readonly TimeByType[];
  /** True for an account: its contacts' activities are counted too. */
  readonly includesContacts: boolean;
}

export const TIME_REPORT_GROUPS = ['customer', 'user', 'type'] as const;
export type TimeReportGroup = (typeof TIME_REPORT_GROUPS)[number];

/** Completed activities whose actual end is in [from, to), grouped. */
export const timeReportInput = z.object({
  groupBy: z.enum(TIME_REPORT_GROUPS),
  from: moment.optional(),
  to: moment.optional(),
});

export interface TimeReportRow {
  /** `"<entity>:<id>"` of the customer, the user's id, or the activity type; null for "no customer". */
  readonly key: string | null;
  readonly name: string;
  readonly minutes: number;
  readonly count: number;
  readonly byType: Readonly<Record<string, number>>;
}

export interface TimeReport {
  /** Most time first. */
  readonly rows: readonly TimeReportRow[];
  readonly totalMinutes: number;
  readonly count: number;
}

/** An open activity of the current user whose reminder time has come. */
export interface DueReminder {
  /** Changes whenever the reminder fires anew (another time, or after a snooze). */
  readonly key: string;
  readonly activityId: string;
  readonly subject: string;
  readonly activityType: string;
  readonly reminderAt: string;
  /** When the activity starts or is due. */
  readonly at: string | null;
  readonly atKind: 'start' | 'due';
}

export const reminderInput = z.object({ activityId: recordId });
export const snoozeInput = z.object({
  activityId: recordId,
  minutes: z
    .number()
    .int()
    .refine((m) => (SNOOZE_MINUTES as readonly number[]).includes(m)),
});

export interface RemindersDue {
  readonly reminders: readonly DueReminder[];
}
