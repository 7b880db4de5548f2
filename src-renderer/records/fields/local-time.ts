/**
 * Moments are exchanged in UTC; people type and read them in their own time
 * zone. The browser's local time is the user's, so these conversions use it.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` and `HH:mm` of a moment in local time; empty strings for no or a bad moment. */
export function localParts(iso: string | null): { date: string; time: string } {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const d = new Date(ms);
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** The UTC moment of a local date and time; null when either is incomplete. */
export function fromLocalParts(date: string, time: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return null;
  const local = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2]));
  return Number.isNaN(local.getTime()) ? null : local.toISOString();
}

/** Start of a local calendar day as a UTC moment (for "from"/"to" filters and report periods). */
export function startOfLocalDay(date: string): string | null {
  return fromLocalParts(date, '00:00');
}

/** The local date `days` after a `YYYY-MM-DD`. */
export function addLocalDays(date: string, days: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** This browser's IANA time zone, which new recurring series expand in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
