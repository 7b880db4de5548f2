/** Moments are exchanged as ISO strings; these helpers keep the arithmetic in one place. */

const MS_PER_MINUTE = 60_000;

export function toMs(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole minutes from `a` to `b` (negative when b is earlier). */
export function minutesBetween(a: number, b: number): number {
  return Math.round((b - a) / MS_PER_MINUTE);
}

export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * MS_PER_MINUTE;
}
