/** Dates as the dashboard shows them. */

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    formats.set(locale, f);
  }
  return f;
}

/** A calendar date `YYYY-MM-DD` as "Thu, 12 Mar" in the user's language, without any zone shift. */
export function formatDay(locale: string, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return dayFormat(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** Whole years from a stored date to the day it next falls on: an age, or an anniversary's count. */
export function yearsOn(date: string, next: string): number {
  return Number(next.slice(0, 4)) - Number(date.slice(0, 4));
}
