import { dayNumber, type CivilDate } from './civil-date';

/**
 * Wall-clock time in an IANA time zone <-> instants, with Intl only (no
 * time-zone library). Daylight-saving rules: a wall time that does not exist
 * (the hour skipped in spring) moves forward by the gap; one that exists
 * twice (the hour repeated in autumn) is the earlier instant. That is what
 * calendar programs do, and what Temporal calls "compatible".
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface WallTime {
  readonly date: CivilDate;
  /** Minutes after local midnight, 0..1439. */
  readonly minutes: number;
}

/** The wall-clock date and time of an instant in a time zone. */
export function wallTimeOf(instant: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    date: { year: parts['year'] ?? 1970, month: parts['month'] ?? 1, day: parts['day'] ?? 1 },
    minutes: (parts['hour'] ?? 0) * 60 + (parts['minute'] ?? 0),
  };
}

/** Minutes the zone is ahead of UTC at an instant (e.g. 60 for Berlin in winter). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallTimeOf(instant, timeZone);
  const asUtc = dayNumber(wall.date) * MS_PER_DAY + wall.minutes * MS_PER_MINUTE;
  const truncated = Math.floor(instant / MS_PER_MINUTE) * MS_PER_MINUTE;
  return Math.round((asUtc - truncated) / MS_PER_MINUTE);
}

/** The instant a wall-clock time denotes in a time zone (see the DST rules above). */
export function instantOf(date: CivilDate, minutes: number, timeZone: string): number {
  const wall = dayNumber(date) * MS_PER_DAY + minutes * MS_PER_MINUTE;
  // The offsets in force a day either side cover any single transition near this time.
  const before = offsetMinutes(wall - MS_PER_DAY, timeZone);
  const after = offsetMinutes(wall + MS_PER_DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((instant) => {
      const seen = wallTimeOf(instant, timeZone);
      return dayNumber(seen.date) === dayNumber(date) && seen.minutes === minutes;
    })
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap; reading it with the offset before the gap moves it forward.
  return candidates[0] ?? wall - before * MS_PER_MINUTE;
}
