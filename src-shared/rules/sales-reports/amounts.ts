import { minorUnits } from '../pricing/money';

/**
 * Exact report arithmetic on money units: amounts times 10^4 as bigint (the
 * scale money columns are stored in), so sums over any number of records
 * stay exact.
 *
 * THE rounding rule of reports is the pricing rule (pricing/money.ts): half
 * away from zero to the currency's minor unit, applied once per figure:
 *   - a weighted amount, Σ(revenue × probability) / 100, is rounded once
 *     for the whole sum (a column's weighted total is not the sum of
 *     separately rounded cards);
 *   - an amount in another currency is converted to the base currency
 *     once per (currency, rate) sum, dividing by the exchange rate (units
 *     of that currency per one unit of the base currency).
 * A weighted amount in another currency is converted and rounded in the
 * same single step.
 */

export const UNIT_SCALE = 10_000n;
const SCALE_DIGITS = 4;

/** `n / d` rounded half away from zero (d > 0). */
export function divideRounded(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('The divisor must be positive');
  const q = n / d;
  const r = n % d;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice >= d) return n < 0n ? q - 1n : q + 1n;
  return q;
}

/** Units (10^-4) per minor unit of the currency: 100 for USD, 10 000 for IRR. Unknown currencies count in cents. */
export function unitsPerMinor(currency: string): bigint {
  const decimals = Math.min(minorUnits(currency) ?? 2, SCALE_DIGITS);
  return 10n ** BigInt(SCALE_DIGITS - decimals);
}

/** `numerator / denominator` units, rounded to the currency's minor unit by the rule. */
export function roundUnits(numerator: bigint, denominator: bigint, currency: string): bigint {
  const step = unitsPerMinor(currency);
  return divideRounded(numerator, denominator * step) * step;
}

/** An exchange rate as a fraction `units / 10^digits`; null when it is not a positive decimal. */
export interface Rate {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

export function parseRate(text: string): Rate | null {
  const m = /^(\d{1,20})(?:\.(\d{1,20}))?$/.exec(text.trim());
  if (!m) return null;
  const frac = m[2] ?? '';
  const numerator = BigInt((m[1] ?? '0') + frac);
  if (numerator === 0n) return null;
  return { numerator, denominator: 10n ** BigInt(frac.length) };
}

/** A rate stored as a money column (an invoice's exchange rate: the rate times 10^4). */
export function rateFromUnits(units: bigint): Rate | null {
  return units > 0n ? { numerator: units, denominator: UNIT_SCALE } : null;
}

export const ONE: Rate = { numerator: 1n, denominator: 1n };

/**
 * An amount given as a fraction of units of its own currency, in units of
 * the base currency: divided by the rate (units of the currency per one
 * base unit) and rounded to the base currency's minor unit.
 */
export function toBaseUnits(numerator: bigint, denominator: bigint, rate: Rate, baseCurrency: string): bigint {
  return roundUnits(numerator * rate.denominator, denominator * rate.numerator, baseCurrency);
}

/** `part / whole` in whole percent, rounded half away from zero; null without a whole. */
export function percentOf(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  return Number(divideRounded(part * 100n, whole));
}
