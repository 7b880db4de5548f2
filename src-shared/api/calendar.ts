import { z } from 'zod';
import { canonicalDateTime, parseRef } from '../rules/records/field-formats';
import { recordId } from './records';

/**
 * The calendar: what a period holds for some users (`calendar.range`), which
 * open appointments a proposed time clashes with (`calendar.conflicts`), and
 * moving an activity or one occurrence of a series (`calendar.move`).
 */

const moment = z
  .string()
  .max(40)
  .refine((v) => canonicalDateTime(v) !== null, { message: 'Not a date and time' });

/** A `calendar.range` covers at most this many days (a month view's six weeks, with room). */
export const MAX_RANGE_DAYS = 62;
/** Users side by side in the team view, at most. */
export const MAX_CALENDAR_USERS = 20;
/** A range lists at most this many items (the rest are left out and `truncated` says so). */
export const MAX_RANGE_ITEMS = 2000;
/** A conflict check looks at this many time slots at most (a series' next occurrences). */
export const MAX_CONFLICT_SLOTS = 100;

const MS_PER_DAY = 86_400_000;

export const calendarRangeInput = z
  .object({
    from: moment,
    to: moment,
    /** Whose calendar; the current user's when left out. */
    userIds: z.array(recordId).min(1).max(MAX_CALENDAR_USERS).optional(),
  })
  .refine((r) => Date.parse(r.to) > Date.parse(r.from), { message: 'The end must come after the start', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= MAX_RANGE_DAYS * MS_PER_DAY, {
    message: `A range covers at most ${MAX_RANGE_DAYS} days`,
    path: ['to'],
  });

/** A party reference `"<entity>:<id>"` (`user:<id>` for a user). */
export const partyRef = z
  .string()
  .max(80)
  .refine((v) => parseRef(v) !== null, { message: 'Not a reference' });

export const occurrenceRef = z.object({ seriesId: recordId, originalStart: moment });

const slot = z
  .object({ start: moment, end: moment })
  .refine((s) => Date.parse(s.end) >= Date.parse(s.start), { message: 'The end must not come before the start' });

export const calendarConflictsInput = z.object({
  slots: z.array(slot).min(1).max(MAX_CONFLICT_SLOTS),
  /** The owner, organizer and attendees of the proposed appointment. */
  parties: z.array(partyRef).min(1).max(200),
  /** The appointment itself (when it is being changed), which never clashes with itself. */
  excludeId: recordId.optional(),
  /** A series being edited: its own occurrences do not count. */
  excludeSeriesId: recordId.optional(),
  /** An occurrence not written as a record yet that is being moved. */
  excludeOccurrence: occurrenceRef.optional(),
});

export const calendarMoveInput = z.object({
  /** A record, or an occurrence of a series not written as a record yet (far ahead). */
  target: z.union([z.object({ id: recordId }).strict(), occurrenceRef.strict()]),
  /** The new start (or due time of a task, a call…). */
  start: moment,
  /** The new end of a scheduled activity; it keeps its length when left out. */
  end: moment.optional(),
});

/** An activity (or an occurrence of a series) as the calendar draws it. */
export interface CalendarItem {
  /** Unique in a result: the record id, or `<series id>@<original start>` for an occurrence not written yet. */
  readonly key: string;
  /** The activity record; null for an occurrence that exists only in its series' pattern so far. */
  readonly id: string | null;
  /** For an occurrence of a recurring series: the series and the slot it fills. */
  readonly series: { readonly id: string; readonly originalStart: string } | null;
  readonly activityType: string;
  readonly subject: string;
  readonly status: string;
  readonly priority: string | null;
  /** The scheduled start, or the due time of an activity with a due date. */
  readonly start: string;
  /** The scheduled end; equal to `start` for a due item. */
  readonly end: string;
  /** Planned by a due date (tasks, calls, e-mails…) rather than a start and an end. */
  readonly due: boolean;
  readonly location: string | null;
  readonly regarding: { readonly ref: string; readonly name: string } | null;
  readonly ownerId: string | null;
  /** Organizer and attendees (`"<entity>:<id>"`), once each: whom a move must not double-book. */
  readonly attendees: readonly string[];
  /** Which of the asked-for users it concerns (as owner, organizer or attendee). */
  readonly userIds: readonly string[];
  /** An occurrence changed by hand. */
  readonly isException: boolean;
}

export interface CalendarRange {
  /** By start. */
  readonly items: readonly CalendarItem[];
  /** More than `MAX_RANGE_ITEMS` matched; the latest were left out. */
  readonly truncated: boolean;
}

export interface CalendarClash {
  /** The attendee (`"<entity>:<id>"`) who would be in two places at once. */
  readonly party: string;
  readonly name: string;
  /** Their open appointments overlapping the proposed time, by start. */
  readonly items: readonly CalendarItem[];
}

export interface CalendarConflicts {
  readonly clashes: readonly CalendarClash[];
}

export interface CalendarMoved {
  /** The record moved (for an occurrence not written before, the record it now is). */
  readonly id: string;
}
