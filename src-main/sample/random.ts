/**
 * A small seeded PRNG (mulberry32) for the sample data. Every record reseeds
 * it from (seed, index, stream) so any record can be produced on its own and
 * the same seed always gives the same bytes, whatever was generated before.
 */

/** Independent random streams, so that adding a draw to one changes no other. */
export const STREAM = {
  companyProfile: 1,
  accountDetails: 2,
  accountId: 3,
  contactDetails: 4,
  activity: 5,
} as const;

function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds any safe integer seed into 32 bits without dropping its high part. */
export function seedState(seed: number): number {
  const high = Math.floor(seed / 0x1_0000_0000);
  return fmix32((seed >>> 0) ^ fmix32(high + 0x9e3779b9));
}

export function recordState(seed: number, index: number, stream: number): number {
  return fmix32(fmix32(seed ^ Math.imul(stream, 0x27d4eb2f)) ^ fmix32(index + 0x165667b1));
}

export class SampleRandom {
  private state: number;

  constructor(state = 0) {
    this.state = state >>> 0;
  }

  reseed(state: number): this {
    this.state = state >>> 0;
    return this;
  }

  /** Next unsigned 32-bit value. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / 0x1_0000_0000;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('Cannot pick from an empty list.');
    return item;
  }

  /** Index in [0, length) skewed towards the start (bigger cities, low house numbers). */
  skewedIndex(length: number): number {
    const u = this.float();
    return Math.floor(u * u * length);
  }
}

/** A fixed list of choices with relative weights, drawn in O(n) for the short lists it serves. */
export class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    if (entries.length === 0) throw new Error('A weighted list needs at least one entry.');
    this.items = entries.map(([item]) => item);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
    this.total = sum;
  }

  draw(rng: SampleRandom): T {
    const target = rng.float() * this.total;
    for (let i = 0; i < this.cumulative.length; i++) {
      if (target < (this.cumulative[i] as number)) return this.items[i] as T;
    }
    return this.items[this.items.length - 1] as T;
  }
}
