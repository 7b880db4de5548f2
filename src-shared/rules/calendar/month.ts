import { fromDayNumber } from '../recurrence/civil-date';
import { startOfWeek, type IsoWeekday } from './week';

/**
 * Months in the user's calendar: Gregorian months for English and Russian,
 * Persian (Solar Hijri) months for Persian, whose months start on other days
 * (1 Farvardin is 21 March). The grid math needs only one thing from a
 * calendar: the day of the month a day number falls on.
 */

export interface MonthCalendar {
  /** 1-based day of the month of a day number. */
  dayOfMonth(day: number): number;
}

export const GREGORIAN: MonthCalendar = { dayOfMonth: (day) => fromDayNumber(day).day };

const MS_PER_DAY = 86_400_000;

/** The calendar a locale uses (its `-u-ca-` or default one), read through Intl. */
export function calendarOf(locale: string): MonthCalendar {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
  } catch {
    return GREGORIAN;
  }
  if (format.resolvedOptions().calendar === 'gregory') return GREGORIAN;
  const cache = new Map<number, number>();
  return {
    dayOfMonth(day) {
      let n = cache.get(day);
      if (n === undefined) {
        const part = format.formatToParts(new Date(day * MS_PER_DAY)).find((p) => p.type === 'day');
        n = Number(part?.value ?? '1');
        cache.set(day, n);
      }
      return n;
    },
  };
}

export interface MonthSpan {
  /** Day numbers of its first and last day. */
  readonly first: number;
  readonly last: number;
}

/** The month that holds `day`. */
export function monthOf(day: number, calendar: MonthCalendar): MonthSpan {
  const first = day - calendar.dayOfMonth(day) + 1;
  // Every calendar in use has months of 28 days or more; the next month starts where the count goes back to 1.
  let next = first + 28;
  while (calendar.dayOfMonth(next) !== 1) next++;
  return { first, last: next - 1 };
}

/** The day `count` months after `day`'s month, on its day of the month (or the month's last day). */
export function addMonths(day: number, count: number, calendar: MonthCalendar): number {
  const wanted = calendar.dayOfMonth(day);
  let month = monthOf(day, calendar);
  for (let i = 0; i < Math.abs(count); i++) {
    month = count > 0 ? monthOf(month.last + 1, calendar) : monthOf(month.first - 1, calendar);
  }
  return Math.min(month.first + wanted - 1, month.last);
}

export interface MonthGrid extends MonthSpan {
  /** Whole weeks from the week holding the first day to the week holding the last. */
  readonly weeks: readonly (readonly number[])[];
}

/** The weeks a month view shows for the month of `day`. */
export function monthGrid(day: number, firstDay: IsoWeekday, calendar: MonthCalendar): MonthGrid {
  const month = monthOf(day, calendar);
  const weeks: number[][] = [];
  for (let start = startOfWeek(month.first, firstDay); start <= month.last; start += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => start + i));
  }
  return { ...month, weeks };
}
