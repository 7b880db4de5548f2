import { MONTHS } from './data/business';
import type { SampleRandom } from './random';

/** Fills `{year}` and `{month}` in a note with plausible recent values. */
export function fillNote(template: string, rng: SampleRandom): string {
  return template.replace('{year}', String(rng.between(2016, 2024))).replace('{month}', rng.pick(MONTHS));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A real calendar date as YYYY-MM-DD. */
export function randomDate(rng: SampleRandom, fromYear: number, toYear: number): string {
  const year = rng.between(fromYear, toYear);
  const month = rng.int(12);
  const days = month === 1 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month] ?? 28);
  return `${year}-${PAD2[month + 1]}-${PAD2[rng.between(1, days)]}`;
}
