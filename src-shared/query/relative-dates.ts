import type { RelativeDateOp } from './operators';

/**
 * Relative dates ("today", "last 7 days", "next month"...) resolved at query
 * time in the user's time zone. Everything is done on calendar dates
 * (`YYYY-MM-DD`, proleptic Gregorian), so a DST change cannot make a day 23
 * or 25 hours long here; `startOfLocalDay` turns a date into the instant the
 * day begins in a zone, for fields that store instants.
 *
 * Ranges follow Dynamics 365: "last N days" runs from N days ago up to and
 * including today, "next N days" from today up to N days ahead, "older than
 * N days" is before the day N days ago.
 */

export interface DateRange {
  /** First day in the range (inclusive), or null for "since forever". */
  readonly from: string | null;
  /** Last day in the range (inclusive), or null for "on and on". */
  readonly to: string | null;
}

export interface RelativeDateContext {
  /** The moment of the query, epoch milliseconds. */
  readonly now: number;
  /** IANA time zone name, e.g. `Europe/Moscow`. */
  readonly timeZone: string;
  /** First day of the week: 0 Sunday, 1 Monday ... 6 Saturday. */
  readonly weekStart: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of a UTC-based day number (days since 1970-01-01). */
function fromDayNumber(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDate(instant: number, timeZone: string): string {
  const byType = new Map(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const year = Number(byType.get('year'));
  // Years before the common era do not occur in a CRM; the era keeps the arithmetic honest anyway.
  const signedYear = byType.get('era') === 'BC' ? 1 - year : year;
  return `${pad(signedYear, 4)}-${byType.get('month')}-${byType.get('day')}`;
}

/**
 * The first instant of `date` in `timeZone` (epoch ms). Usually local
 * midnight; where a DST change skips midnight, the moment the day actually
 * starts. Found by bisection over whole minutes (every zone's transitions
 * fall on a minute), since no offset is +-15 h or more.
 */
export function startOfLocalDay(date: string, timeZone: string): number {
  const minute = 60_000;
  const utcMidnight = dayNumber(date) * DAY_MS;
  let before = (utcMidnight - 15 * 3_600_000) / minute;
  let atOrAfter = (utcMidnight + 15 * 3_600_000) / minute;
  while (atOrAfter - before > 1) {
    const mid = Math.floor((before + atOrAfter) / 2);
    if (localDate(mid * minute, timeZone) >= date) atOrAfter = mid;
    else before = mid;
  }
  return atOrAfter * minute;
}

function weekStartOf(date: string, weekStart: number): string {
  // 1970-01-01 was a Thursday (day 4).
  const weekday = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return addDays(date, -((weekday - weekStart + 7) % 7));
}

function monthStart(year: number, month: number): string {
  const normalized = new Date(Date.UTC(year, month - 1, 1));
  return `${pad(normalized.getUTCFullYear(), 4)}-${pad(normalized.getUTCMonth() + 1, 2)}-01`;
}

function monthRange(today: string, offset: number): DateRange {
  const [y, m] = parts(today);
  const from = monthStart(y, m + offset);
  const [fy, fm] = parts(from);
  return { from, to: addDays(monthStart(fy, fm + 1), -1) };
}

function yearRange(today: string, offset: number): DateRange {
  const year = parts(today)[0] + offset;
  return { from: `${pad(year, 4)}-01-01`, to: `${pad(year, 4)}-12-31` };
}

/** The calendar days a relative date operator stands for, now, in the context's zone. */
export function relativeDateRange(op: RelativeDateOp, days: number, ctx: RelativeDateContext): DateRange {
  const today = localDate(ctx.now, ctx.timeZone);
  const day = (offset: number): DateRange => ({ from: addDays(today, offset), to: addDays(today, offset) });
  const week = (offset: number): DateRange => {
    const from = addDays(weekStartOf(today, ctx.weekStart), 7 * offset);
    return { from, to: addDays(from, 6) };
  };
  switch (op) {
    case 'today':
      return day(0);
    case 'yesterday':
      return day(-1);
    case 'tomorrow':
      return day(1);
    case 'this_week':
      return week(0);
    case 'last_week':
      return week(-1);
    case 'next_week':
      return week(1);
    case 'this_month':
      return monthRange(today, 0);
    case 'last_month':
      return monthRange(today, -1);
    case 'next_month':
      return monthRange(today, 1);
    case 'this_year':
      return yearRange(today, 0);
    case 'last_year':
      return yearRange(today, -1);
    case 'next_year':
      return yearRange(today, 1);
    case 'last_n_days':
      return { from: addDays(today, -days), to: today };
    case 'next_n_days':
      return { from: today, to: addDays(today, days) };
    case 'older_than_n_days':
      return { from: null, to: addDays(today, -days - 1) };
  }
}

/**
 * The same range as instants for fields that store a moment in time:
 * `[start, end)` in epoch ms, each end null when open.
 */
export function instantRange(range: DateRange, timeZone: string): { start: number | null; end: number | null } {
  return {
    start: range.from === null ? null : startOfLocalDay(range.from, timeZone),
    end: range.to === null ? null : startOfLocalDay(addDays(range.to, 1), timeZone),
  };
}

/**
 * Where "in the past" ends now: the instant of the query for fields that
 * store moments, today's date in the context's zone for calendar dates
 * (a date before it is past; today is not).
 */
export function pastBound(ctx: Pick<RelativeDateContext, 'now' | 'timeZone'>): { date: string; instant: number } {
  return { date: localDate(ctx.now, ctx.timeZone), instant: ctx.now };
}
