import type { SampleRandom } from './random';

/**
 * Phone formats as patterns: `#` is any digit, `N` a digit from 2 to 9 (a
 * local number does not start with 0 or 1), anything else is literal.
 * Compiled once so that a million contacts do not re-parse them.
 */
export interface PhonePattern {
  readonly source: string;
  /** Literal text, or a run of random digits: n > 0 digits, or 0 for one `N` digit. */
  readonly parts: ReadonlyArray<string | number>;
}

export function compilePhone(source: string): PhonePattern {
  if (!/#{2}$/.test(source)) throw new Error(`Phone pattern must end with two digits: ${source}`);
  const parts: Array<string | number> = [];
  for (const [, literal, run, leading] of source.matchAll(/([^#N]+)|(#+)|(N)/g)) {
    if (literal !== undefined) parts.push(literal);
    else if (run !== undefined) parts.push(...splitRun(run.length));
    else if (leading !== undefined) parts.push(0);
  }
  return { source, parts };
}

const CHUNK = 4;
const POWERS = [1, 10, 100, 1000, 10_000];
// Every zero-padded string of 1 to 4 digits, so drawing digits allocates nothing.
const PADDED = POWERS.map((size, width) => Array.from({ length: size }, (_, i) => String(i).padStart(width, '0')));

function splitRun(length: number): number[] {
  const runs: number[] = [];
  for (let left = length; left > 0; left -= CHUNK) runs.push(Math.min(CHUNK, left));
  return runs;
}

function digitChunk(rng: SampleRandom, count: number): string {
  return (PADDED[count] as string[])[rng.int(POWERS[count] as number)] as string;
}

export function randomDigits(rng: SampleRandom, count: number): string {
  let out = '';
  for (let left = count; left > 0; left -= CHUNK) out += digitChunk(rng, Math.min(CHUNK, left));
  return out;
}

export function fillPhone(pattern: PhonePattern, rng: SampleRandom): string {
  let out = '';
  for (const part of pattern.parts) {
    if (typeof part === 'string') out += part;
    else if (part === 0) out += String(rng.between(2, 9));
    else out += digitChunk(rng, part);
  }
  return out;
}

/** A switchboard number: the company's main line ends in 00. */
export function mainLine(pattern: PhonePattern, rng: SampleRandom): string {
  return `${fillPhone(pattern, rng).slice(0, -2)}00`;
}
