import { moneyFromUnits } from '../sales/money';
import { toBaseUnits, type Rate } from './amounts';

/**
 * One figure of a sales report (a pipeline column, a forecast cell): how
 * many records, their amount and their weighted amount, in the base
 * currency. Amounts are added per currency and rate, exactly, and each such
 * sum is converted once at the end (amounts.ts), so the figure does not
 * depend on the order records were added in.
 *
 * An amount whose currency has no exchange rate cannot be converted: it is
 * left out of the amounts (the record still counts) and its currency is
 * named in `unconverted`, so the page can say what to set up.
 */

export interface Figures {
  readonly count: number;
  /** Canonical decimal in the base currency. */
  readonly total: string;
  /** Σ(amount × probability / 100), canonical decimal in the base currency. */
  readonly weighted: string;
}

export const ZERO_FIGURES: Figures = { count: 0, total: '0', weighted: '0' };

interface Bucket {
  readonly currency: string;
  readonly rate: Rate | null;
  units: bigint;
  /** Σ(units × probability): divided by 100 when converted. */
  weighted: bigint;
}

export class Tally {
  private counted = 0;
  private readonly buckets = new Map<string, Bucket>();

  /**
   * Adds `count` records holding `units` (amount × 10^4) in `currency`,
   * converted with `rate` (null: no rate known); `weightedUnits` is
   * Σ(units × probability in percent).
   */
  add(count: number, currency: string, rate: Rate | null, units: bigint, weightedUnits = 0n): this {
    this.counted += count;
    const key = rate ? `${currency}|${rate.numerator}/${rate.denominator}` : `${currency}|-`;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { currency, rate, units: 0n, weighted: 0n }));
    bucket.units += units;
    bucket.weighted += weightedUnits;
    return this;
  }

  /** Adds everything another tally holds. */
  merge(other: Tally): this {
    this.counted += other.counted;
    for (const [key, b] of other.buckets) {
      const mine = this.buckets.get(key);
      if (mine) {
        mine.units += b.units;
        mine.weighted += b.weighted;
      } else this.buckets.set(key, { ...b });
    }
    return this;
  }

  get count(): number {
    return this.counted;
  }

  /** The total in base units (amount × 10^4). */
  totalUnits(baseCurrency: string): bigint {
    let total = 0n;
    for (const b of this.buckets.values()) if (b.rate) total += toBaseUnits(b.units, 1n, b.rate, baseCurrency);
    return total;
  }

  weightedUnits(baseCurrency: string): bigint {
    let total = 0n;
    for (const b of this.buckets.values()) if (b.rate) total += toBaseUnits(b.weighted, 100n, b.rate, baseCurrency);
    return total;
  }

  figures(baseCurrency: string): Figures {
    return {
      count: this.counted,
      total: moneyFromUnits(this.totalUnits(baseCurrency)),
      weighted: moneyFromUnits(this.weightedUnits(baseCurrency)),
    };
  }

  /** Currencies with amounts but no exchange rate, sorted. */
  unconverted(): string[] {
    const left = new Set<string>();
    for (const b of this.buckets.values()) if (!b.rate && (b.units !== 0n || b.weighted !== 0n)) left.add(b.currency);
    return [...left].sort();
  }
}

/** Every currency any of the tallies could not convert. */
export function unconvertedOf(tallies: Iterable<Tally>): string[] {
  const left = new Set<string>();
  for (const t of tallies) for (const c of t.unconverted()) left.add(c);
  return [...left].sort();
}
