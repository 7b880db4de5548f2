import Decimal from 'decimal.js';
import { minorUnits } from './currencies';
import { issue, type IssuePath, type PricingIssue } from './issues';

export { CURRENCY_MINOR_UNITS, minorUnits } from './currencies';

/**
 * Exact decimal arithmetic on the canonical decimal strings records store
 * (see `canonicalMoney` in rules/records/field-formats.ts).
 *
 * THE rounding rule: a money amount is rounded half away from zero to its
 * currency's minor unit (USD 2 decimals, JPY 0, ...), and only at these
 * points, each once:
 *   1. the price per unit a price list produces (after the price list's own
 *      rounding policy), see price-list.ts;
 *   2. on each line: the amount (price per unit x quantity, which has more
 *      decimals when the quantity is fractional), the volume discount and
 *      the tax, see lines.ts;
 *   3. the document discount given as a percentage, see totals.ts;
 *   4. each base-currency amount, see totals.ts.
 * Everything else (sums and differences of rounded amounts) is exact, so
 * totals add up to the cent.
 */

/** Decimal with enough precision that sums and products of stored amounts are exact. */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = Decimal;

/** The currency's minor unit as an amount: 0.01 for USD, 1 for JPY. */
export function minorUnit(currency: string): Dec {
  return new Dec(10).pow(-(minorUnits(currency) ?? 2));
}

export function checkCurrency(currency: string, path: IssuePath): PricingIssue[] {
  return minorUnits(currency) === undefined ? [issue(path, 'unknown_currency', { currency })] : [];
}

const DECIMAL = /^-?\d{1,20}(\.\d{1,20})?$/;

/** A decimal string such as "12.5" or "-3"; undefined for anything else (no exponents, no separators). */
export function parseDecimal(value: string): Dec | undefined {
  const known = parsedDecimals.get(value);
  if (known) return known;
  if (!DECIMAL.test(value)) return undefined;
  const parsed = new Dec(value);
  // Decimals are immutable, so the few texts a document repeats (tax rates,
  // quantities, prices) are parsed once; the cache is bounded.
  if (parsedDecimals.size >= PARSE_CACHE_SIZE) parsedDecimals.clear();
  parsedDecimals.set(value, parsed);
  return parsed;
}

const PARSE_CACHE_SIZE = 4096;
const parsedDecimals = new Map<string, Dec>();

/** The canonical string of a decimal: no exponent, no trailing decimal zeros, no "-0". */
export function toDecimalString(value: Dec): string {
  if (value.isZero()) return '0';
  const text = value.toFixed();
  return text.includes('.') && text.endsWith('0') ? text.replace(/\.?0+$/, '') : text;
}

/** Rounds half away from zero to the currency's minor unit: THE money rounding rule. */
export function roundMoney(value: Dec, currency: string): Dec {
  return value.toDecimalPlaces(minorUnits(currency) ?? 2, Decimal.ROUND_HALF_UP);
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, v) => total.plus(v), new Dec(0));
}

/** `percent` percent of `amount`, exact. */
export function percentOf(amount: Dec, percent: Decimal.Value): Dec {
  // Times 0.01 rather than divided by 100: the same exact result, and decimal.js multiplies much faster.
  return amount.times(percent).times(HUNDREDTH);
}

const HUNDREDTH = new Dec('0.01');

/** Does the amount fit the currency's minor unit (no sub-cent amounts)? */
export function fitsMinorUnit(value: Dec, currency: string): boolean {
  return value.decimalPlaces() <= (minorUnits(currency) ?? 2);
}

interface AmountRules {
  /** Allow negative values (default: no). */
  readonly negative?: boolean;
  /** Money of this currency: no more decimals than its minor unit. */
  readonly currency?: string;
}

/** Reads a decimal input, reporting it under `path` when it is not a number or breaks a rule. */
export function readDecimal(value: string, path: IssuePath, rules: AmountRules = {}): Dec | PricingIssue {
  const parsed = parseDecimal(value);
  if (!parsed) return issue(path, 'not_a_number');
  if (!rules.negative && parsed.isNegative() && !parsed.isZero()) return issue(path, 'negative');
  if (rules.currency !== undefined && !fitsMinorUnit(parsed, rules.currency))
    return issue(path, 'too_many_decimals', { currency: rules.currency, max: minorUnits(rules.currency) ?? 2 });
  return parsed;
}

export function isIssue(value: unknown): value is PricingIssue {
  return typeof value === 'object' && value !== null && 'messageKey' in value;
}
