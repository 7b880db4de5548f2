import { canonicalMoney } from '../records/field-formats';

/**
 * Exact money sums for lifecycle rules (amount paid, revenue), on the
 * canonical decimal strings money fields are exchanged in: at most 4
 * decimals, so scaled integers are exact where floating point is not.
 */
const SCALE = 10_000n;

/** The amount in ten-thousandths, or null when it is not a valid money string. */
export function moneyUnits(value: string): bigint | null {
  const canonical = canonicalMoney(value);
  if (canonical === null) return null;
  const negative = canonical.startsWith('-');
  const [int = '0', frac = ''] = canonical.replace('-', '').split('.');
  const units = BigInt(int) * SCALE + BigInt(frac.padEnd(4, '0'));
  return negative ? -units : units;
}

/** Back to a canonical money string. */
export function moneyFromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const int = (abs / SCALE).toString();
  const frac = (abs % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative ? `-${body}` : body;
}
