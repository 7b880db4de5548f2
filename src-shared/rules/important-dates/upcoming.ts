/**
 * When a yearly date (a birthday, an anniversary) next falls, counted in
 * calendar days from `today` (both `YYYY-MM-DD`). A 29 February falls on
 * 28 February in years without one, so it is never skipped for three years.
 */

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The date's anniversary in `year`. */
export function anniversaryIn(date: string, year: number): string {
  const monthDay = date.slice(5);
  if (monthDay === '02-29' && !isLeap(year)) return `${pad(year, 4)}-02-28`;
  return `${pad(year, 4)}-${monthDay}`;
}

export interface Occurrence {
  readonly next: string;
  readonly daysAway: number;
}

export function nextOccurrence(date: string, today: string): Occurrence {
  const year = Number(today.slice(0, 4));
  let next = anniversaryIn(date, year);
  if (next < today) next = anniversaryIn(date, year + 1);
  return { next, daysAway: dayNumber(next) - dayNumber(today) };
}

/**
 * The `MM-DD` endings of stored dates that fall within `days` days from
 * `today` (today included), across the year's end; `02-29` is included
 * when 28 February of a year without a 29th is in the window.
 */
export function monthDaysWithin(today: string, days: number): string[] {
  const start = dayNumber(today);
  const out = new Set<string>();
  for (let i = 0; i < days; i += 1) {
    const d = new Date((start + i) * 86_400_000);
    const monthDay = `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    out.add(monthDay);
    if (monthDay === '02-28' && !isLeap(d.getUTCFullYear())) out.add('02-29');
  }
  return [...out];
}
