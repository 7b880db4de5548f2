import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatCivilDate,
  fromDayNumber,
  isoWeekday,
  nthWeekdayOfMonth,
  type CivilDate,
} from './civil-date';
import { instantOf } from './zoned-time';

/**
 * Recurrence patterns of recurring appointments and their expansion into
 * occurrences. The pattern is anchored at the first occurrence's local date
 * and time in the series' time zone; every occurrence is at that same local
 * time (DST-safe), and lasts `durationMinutes`.
 *
 * - daily: every `interval` days from the start date;
 * - weekly: on the chosen weekdays of every `interval`-th week (weeks start
 *   on Monday; the start's week is the first), on or after the start date;
 * - monthly: every `interval` months, on the start's day of the month
 *   (months without that day are skipped, as RFC 5545 does) or on the same
 *   weekday in the same position ("2nd Tuesday"; a 5th one means "last");
 * - yearly: the same, in the start's month, every `interval` years.
 * The series ends after `count` occurrences, after the local date `until`
 * (inclusive), or never (expanded only up to a horizon).
 */

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'yearly';
export type MonthlyBy = 'day_of_month' | 'weekday';
export type RecurrenceEnd =
  | { readonly kind: 'never' }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'until'; readonly until: CivilDate };

export interface RecurrencePattern {
  readonly frequency: Frequency;
  readonly interval: number;
  /** ISO weekdays 1 (Monday) … 7 (Sunday); weekly only. */
  readonly weekdays: readonly number[];
  readonly monthlyBy: MonthlyBy;
  readonly end: RecurrenceEnd;
  /** Local date and time (minutes after midnight) of the first occurrence. */
  readonly startDate: CivilDate;
  readonly startMinutes: number;
  readonly durationMinutes: number;
  readonly timeZone: string;
}

export interface Occurrence {
  /** Its slot in the series, which identifies it even after it is moved (ISO, UTC). */
  readonly originalStart: string;
  readonly start: string;
  readonly end: string;
}

/** Never walk more candidate periods than this looking for the next date (a pattern that matches nothing). */
const MAX_PERIODS = 20_000;

/** The dates of one period (a day, a week, a month, a year) `k` periods after the start's. */
function datesOfPeriod(p: RecurrencePattern, k: number): number[] {
  const start = dayNumber(p.startDate);
  switch (p.frequency) {
    case 'daily':
      return [start + k];
    case 'weekly': {
      const monday = start - (isoWeekday(start) - 1) + k * 7;
      return [...new Set(p.weekdays)].sort((a, b) => a - b).map((wd) => monday + wd - 1);
    }
    case 'monthly':
    case 'yearly': {
      const months = p.frequency === 'monthly' ? k : k * 12;
      const { year, month } = addMonths(p.startDate.year, p.startDate.month, months);
      return [dayInMonth(p, year, month)].filter((d): d is number => d !== null);
    }
  }
}

function dayInMonth(p: RecurrencePattern, year: number, month: number): number | null {
  if (p.monthlyBy === 'day_of_month') {
    return p.startDate.day <= daysInMonth(year, month) ? dayNumber({ year, month, day: p.startDate.day }) : null;
  }
  const { weekday, nth } = weekdayPosition(p.startDate);
  return nthWeekdayOfMonth(year, month, weekday, nth);
}

/** The start's weekday and its position in the month (1..4, or -1 for a 5th, i.e. the last). */
export function weekdayPosition(date: CivilDate): { weekday: number; nth: number } {
  const nth = Math.ceil(date.day / 7);
  return { weekday: isoWeekday(dayNumber(date)), nth: nth >= 5 ? -1 : nth };
}

/**
 * The local dates of the series, in order, up to and including `lastDay`
 * (a day number) or the series' own end, whichever comes first.
 */
export function* occurrenceDays(p: RecurrencePattern, lastDay: number): Generator<number> {
  const start = dayNumber(p.startDate);
  const until = p.end.kind === 'until' ? dayNumber(p.end.until) : Number.POSITIVE_INFINITY;
  const limit = Math.min(lastDay, until);
  let produced = 0;
  let barren = 0;
  for (let period = 0; barren < MAX_PERIODS; period += Math.max(1, p.interval)) {
    const days = datesOfPeriod(p, period).filter((d) => d >= start);
    barren = days.length === 0 ? barren + 1 : 0;
    for (const day of days) {
      if (day > limit) return;
      if (p.end.kind === 'count' && produced >= p.end.count) return;
      produced++;
      yield day;
    }
    // Past the limit with nothing left to find in later periods.
    if (datesOfPeriod(p, period).some((d) => d > limit)) return;
  }
}

/** The occurrences that start no later than `horizon` (ms since the epoch). */
export function expandOccurrences(p: RecurrencePattern, horizon: number): Occurrence[] {
  // A day's slack either side of the horizon: local dates and UTC instants differ by up to ~14 hours.
  const lastDay = Math.floor(horizon / 86_400_000) + 1;
  const out: Occurrence[] = [];
  for (const day of occurrenceDays(p, lastDay)) {
    const start = instantOf(fromDayNumber(day), p.startMinutes, p.timeZone);
    if (start > horizon) break;
    const iso = new Date(start).toISOString();
    out.push({ originalStart: iso, start: iso, end: new Date(start + p.durationMinutes * 60_000).toISOString() });
  }
  return out;
}

/** The first occurrence's local date, or null when the pattern produces none at all. */
export function firstOccurrenceDay(p: RecurrencePattern): number | null {
  const next = occurrenceDays(p, Number.POSITIVE_INFINITY).next();
  return next.done ? null : next.value;
}

export function describeDay(day: number): string {
  return formatCivilDate(fromDayNumber(day));
}
