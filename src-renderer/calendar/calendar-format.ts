import { dayNumber, formatCivilDate, fromDayNumber, parseCivilDate } from '../../src-shared/rules/recurrence';
import type { CalendarView, MonthCalendar } from '../../src-shared/rules/calendar';
import { monthOf } from '../../src-shared/rules/calendar';

/**
 * Dates and times as the calendar shows them, in the user's language (and
 * its calendar: Persian dates for Persian). Day numbers are formatted as
 * UTC midnights, so a local date never shifts by a time-zone offset.
 */

const MS_PER_DAY = 86_400_000;
const cache = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

const asDate = (day: number) => new Date(day * MS_PER_DAY);

export function formatDay(locale: string, day: number, options: Intl.DateTimeFormatOptions): string {
  return dateFormat(locale, { ...options, timeZone: 'UTC' }).format(asDate(day));
}

export function dayToText(day: number): string {
  return formatCivilDate(fromDayNumber(day));
}

export function textToDay(text: string): number | null {
  const date = parseCivilDate(text);
  return date ? dayNumber(date) : null;
}

/** A time of day of an instant, in the user's time zone ("09:30", "9:30 AM"). */
export function formatTime(locale: string, instant: number): string {
  return dateFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

/** "9:00 – 10:30", or with dates when it spans days. */
export function formatSpan(locale: string, start: number, end: number): string {
  const sameDay = new Date(start).toDateString() === new Date(Math.max(start, end - 1)).toDateString();
  const f = sameDay
    ? dateFormat(locale, { hour: 'numeric', minute: '2-digit' })
    : dateFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return end > start ? f.formatRange(new Date(start), new Date(end)) : f.format(new Date(start));
}

/** "Tue, Nov 24, 12:00 – 1:00 PM": a span with its day, where the day is not shown around it. */
export function formatSpanDated(locale: string, start: number, end: number): string {
  const f = dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  return end > start ? f.formatRange(new Date(start), new Date(end)) : f.format(new Date(start));
}

/** A moment with its date, for messages ("Wed, 5 Mar, 14:00"). */
export function formatWhen(locale: string, instant: number): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** An hour label of the time grid. */
export function formatHour(locale: string, hour: number): string {
  return dateFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, 0, 1, hour)));
}

/** The heading of a view: the day, the week's span, or the month. */
export function periodTitle(
  locale: string,
  view: CalendarView,
  days: readonly number[],
  anchor: number,
  calendar: MonthCalendar,
): string {
  if (view === 'day' || view === 'team') {
    return formatDay(locale, anchor, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  }
  if (view === 'month') {
    const month = monthOf(anchor, calendar);
    return formatDay(locale, month.first + 14, { month: 'long', year: 'numeric' });
  }
  const first = days[0] ?? anchor;
  const last = days[days.length - 1] ?? anchor;
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    asDate(first),
    asDate(last),
  );
}
