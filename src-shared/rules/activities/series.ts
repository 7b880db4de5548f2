import type { FieldIssue, FieldValue, RecordValues } from '../../api';
import { WEEKDAYS } from '../../entities/activity';
import { dayNumber, formatCivilDate, isoWeekday, parseCivilDate } from '../recurrence/civil-date';
import {
  expandOccurrences,
  firstOccurrenceDay,
  type Frequency,
  type MonthlyBy,
  type Occurrence,
  type RecurrenceEnd,
  type RecurrencePattern,
} from '../recurrence/expand';
import { isValidTimeZone, wallTimeOf } from '../recurrence/zoned-time';
import { issue } from '../records/validate-values';
import { minutesBetween, toMs } from './time';

/**
 * A recurring appointment (the series) holds its pattern in its own fields;
 * its occurrences are appointments pointing back at it (`series_id`) with
 * the slot they fill (`original_start`). These functions read the pattern
 * from the series' values, check it, and say what each occurrence holds.
 */

/** How far ahead a series without an end is expanded; the rest follows as time passes. */
export const SERIES_HORIZON_DAYS = 365;
/** A series is topped up again once what is expanded reaches less than this far ahead. */
export const SERIES_REFILL_DAYS = 300;

/** The time zone of this machine, for series created without one. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export type PatternResult = { readonly pattern: RecurrencePattern } | { readonly issues: FieldIssue[] };

function weekdayNumbers(value: FieldValue | undefined, fallback: number): number[] {
  const names = Array.isArray(value) ? value : [];
  const numbers = names.map((n) => WEEKDAYS.indexOf(n as (typeof WEEKDAYS)[number]) + 1).filter((n) => n > 0);
  return numbers.length > 0 ? numbers : [fallback];
}

function endOf(values: RecordValues): RecurrenceEnd {
  const kind = values['recurrence_end'];
  if (kind === 'count') return { kind: 'count', count: Number(values['recurrence_count'] ?? 0) };
  const until = typeof values['recurrence_until'] === 'string' ? parseCivilDate(values['recurrence_until']) : null;
  if (kind === 'until' && until) return { kind: 'until', until };
  return { kind: 'never' };
}

/**
 * The pattern of a series, or the issues that stop it from being one: no
 * start or end, an end before the start, an end date before the first day,
 * a pattern with no occurrence at all.
 */
export function seriesPattern(values: RecordValues): PatternResult {
  const start = toMs(values['scheduled_start']);
  const end = toMs(values['scheduled_end']);
  const issues: FieldIssue[] = [];
  if (start === null) issues.push(issue('scheduled_start', 'validation.required'));
  if (end === null) issues.push(issue('scheduled_end', 'validation.required'));
  const timeZone = typeof values['time_zone'] === 'string' ? values['time_zone'] : systemTimeZone();
  if (!isValidTimeZone(timeZone)) issues.push(issue('time_zone', 'validation.unknown_time_zone'));
  if (start === null || end === null || issues.length > 0) return { issues };
  if (end < start) return { issues: [issue('scheduled_end', 'validation.end_before_start')] };

  const wall = wallTimeOf(start, timeZone);
  const pattern: RecurrencePattern = {
    frequency: (values['recurrence_frequency'] ?? 'weekly') as Frequency,
    interval: Number(values['recurrence_interval'] ?? 1),
    weekdays: weekdayNumbers(values['recurrence_weekdays'], isoWeekday(dayNumber(wall.date))),
    monthlyBy: (values['recurrence_monthly_by'] ?? 'day_of_month') as MonthlyBy,
    end: endOf(values),
    startDate: wall.date,
    startMinutes: wall.minutes,
    durationMinutes: minutesBetween(start, end),
    timeZone,
  };
  if (pattern.end.kind === 'until' && dayNumber(pattern.end.until) < dayNumber(pattern.startDate)) {
    return { issues: [issue('recurrence_until', 'validation.recurrence_ends_before_start')] };
  }
  if (firstOccurrenceDay(pattern) === null) {
    const field = pattern.end.kind === 'until' ? 'recurrence_until' : 'recurrence_weekdays';
    return { issues: [issue(field, 'validation.recurrence_no_occurrence')] };
  }
  return { pattern };
}

/** Defaults a series gets when they are not given: once a week on the start's weekday, no end. */
export function seriesDefaults(values: RecordValues): RecordValues {
  const patch: Record<string, FieldValue> = {};
  if (values['recurrence_interval'] === null || values['recurrence_interval'] === undefined)
    patch['recurrence_interval'] = 1;
  if (!values['recurrence_end']) patch['recurrence_end'] = 'never';
  if (!values['time_zone']) patch['time_zone'] = systemTimeZone();
  const freq = values['recurrence_frequency'];
  if ((freq === 'monthly' || freq === 'yearly') && !values['recurrence_monthly_by'])
    patch['recurrence_monthly_by'] = 'day_of_month';
  const start = toMs(values['scheduled_start']);
  const zone = (patch['time_zone'] ?? values['time_zone']) as string;
  const weekdays = values['recurrence_weekdays'];
  if (freq === 'weekly' && (!Array.isArray(weekdays) || weekdays.length === 0) && start !== null) {
    if (isValidTimeZone(zone)) {
      patch['recurrence_weekdays'] = [WEEKDAYS[isoWeekday(dayNumber(wallTimeOf(start, zone).date)) - 1] ?? 'mon'];
    }
  }
  return patch;
}

/** Fields an occurrence takes over from its series (and gets again when the series is edited). */
export const SERIES_SHARED_FIELDS = [
  'subject',
  'regarding',
  'organizer',
  'required_attendees',
  'optional_attendees',
  'location',
  'priority',
  'owner_id',
  'description',
  'reminder',
] as const;

/** The values of one generated occurrence of a series. */
export function occurrenceValues(seriesId: string, series: RecordValues, occurrence: Occurrence): RecordValues {
  const values: Record<string, FieldValue> = {
    activity_type: 'appointment',
    series_id: seriesId,
    original_start: occurrence.originalStart,
    scheduled_start: occurrence.start,
    scheduled_end: occurrence.end,
    is_exception: false,
  };
  for (const name of SERIES_SHARED_FIELDS) values[name] = series[name] ?? null;
  return values;
}

/** The time zone a series expands in. */
export function seriesTimeZone(values: RecordValues): string {
  const zone = values['time_zone'];
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : systemTimeZone();
}

/**
 * The slot an occurrence fills: the local date of its original start. An
 * occurrence keeps its slot when it is moved, and when the series' time of
 * day changes its unchanged occurrences stay the same records.
 */
export function slotOf(originalStart: string, timeZone: string): string {
  const ms = toMs(originalStart);
  return ms === null ? '' : formatCivilDate(wallTimeOf(ms, timeZone).date);
}

/** Slots whose occurrence was deleted by hand: the series leaves them empty. */
export function skippedSlots(values: RecordValues): Set<string> {
  const text = values['recurrence_skipped'];
  return new Set(typeof text === 'string' ? text.split(/\s+/).filter((d) => parseCivilDate(d) !== null) : []);
}

/** The series' skipped slots with one added or taken away; null when none are left. */
export function withSkippedSlot(values: RecordValues, slot: string, skipped: boolean): string | null {
  const slots = skippedSlots(values);
  if (skipped) slots.add(slot);
  else slots.delete(slot);
  return slots.size === 0 ? null : [...slots].sort().join(' ');
}

/** The occurrences of a series up to `horizon` (ms), skipped slots left out; none when its values are not a valid pattern. */
export function seriesOccurrences(values: RecordValues, horizon: number): Occurrence[] {
  const result = seriesPattern(values);
  if (!('pattern' in result)) return [];
  const skipped = skippedSlots(values);
  return expandOccurrences(result.pattern, horizon).filter(
    (o) => !skipped.has(slotOf(o.originalStart, result.pattern.timeZone)),
  );
}
