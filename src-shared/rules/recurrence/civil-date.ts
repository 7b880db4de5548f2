/**
 * Calendar dates without a time or a time zone ("the 3rd of March"), as a
 * day number (days since 1970-01-01) for arithmetic. Recurrence works on
 * these in the series' own time zone, never on instants, so "every Monday at
 * 10:00" stays at 10:00 across daylight-saving changes.
 */

const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  readonly year: number;
  /** 1..12 */
  readonly month: number;
  /** 1..31 */
  readonly day: number;
}

export function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(day: number): CivilDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` -> CivilDate, or null when it is not a real date. */
export function parseCivilDate(text: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
  return date;
}

export function formatCivilDate(date: CivilDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** The month `count` months after (year, month). */
export function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The day number of the `nth` (1..4) given weekday of a month, or of its last
 * one when `nth` is -1.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  if (nth === -1) {
    const last = dayNumber({ year, month, day: daysInMonth(year, month) });
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = dayNumber({ year, month, day: 1 });
  return first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}
