import { isDate } from '../records/field-formats';

/**
 * Calendar months and quarters of the sales reports, as `YYYY-MM` keys and
 * half-open date ranges `[from, to)` of `YYYY-MM-DD` strings, so that a
 * date column compares as text. Quarters are calendar quarters (January,
 * April, July, October).
 */

export const TARGET_PERIOD_TYPES = ['month', 'quarter'] as const;
export type TargetPeriodType = (typeof TARGET_PERIOD_TYPES)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: string): boolean {
  return MONTH.test(value);
}

function parts(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month (YYYY-MM): ${month}`);
  return [Number(m[1]), Number(m[2])];
}

function key(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** `"2026-11"` plus 3 -> `"2027-02"`. */
export function addMonths(month: string, count: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + count;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

/** `count` consecutive months from `from`. */
export function monthsFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** The month a date (`YYYY-MM-DD`) falls in. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDay(month: string): string {
  parts(month);
  return `${month}-01`;
}

/** The first month of the calendar quarter a month falls in. */
export function quarterStart(month: string): string {
  const [y, m] = parts(month);
  return key(y, m - ((m - 1) % 3));
}

export interface PeriodRange {
  readonly type: TargetPeriodType;
  /** First month of the period. */
  readonly month: string;
  /** Its months, in order. */
  readonly months: readonly string[];
  /** First day, inclusive. */
  readonly from: string;
  /** First day after the period. */
  readonly to: string;
}

/** The month, or the calendar quarter, that contains `month`. */
export function periodOf(type: TargetPeriodType, month: string): PeriodRange {
  parts(month);
  const start = type === 'quarter' ? quarterStart(month) : month;
  const length = type === 'quarter' ? 3 : 1;
  return {
    type,
    month: start,
    months: monthsFrom(start, length),
    from: firstDay(start),
    to: firstDay(addMonths(start, length)),
  };
}

/** The day after a date, for an inclusive "to" date turned into a half-open range. */
export function nextDay(date: string): string {
  if (!isDate(date)) throw new RangeError(`Not a date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
