/**
 * Money columns hold the amount times 10^4 as an exact INTEGER. Amounts cross
 * the API as canonical decimal strings (see `canonicalMoney`), so both
 * directions are done on digits, never through a binary float.
 */

const SCALE_DIGITS = 4;
const CANONICAL = /^(-?)(\d+)(?:\.(\d{1,4}))?$/;
const SCALED = /^(-?)(\d+)$/;

/** "1234.5" -> 12345000n */
export function moneyToScaled(decimal: string): bigint {
  const m = CANONICAL.exec(decimal);
  if (!m) throw new Error(`Not a canonical money amount: ${decimal}`);
  const [, sign, int = '0', frac = ''] = m;
  const scaled = BigInt(int + frac.padEnd(SCALE_DIGITS, '0'));
  return sign === '-' ? -scaled : scaled;
}

/** "12345000" (the column read as text) -> "1234.5" */
export function scaledToMoney(scaled: string | number | bigint): string {
  const m = SCALED.exec(String(scaled));
  if (!m) throw new Error(`Not a scaled money amount: ${String(scaled)}`);
  const [, sign, digits = '0'] = m;
  const padded = digits.padStart(SCALE_DIGITS + 1, '0');
  const int = padded.slice(0, -SCALE_DIGITS).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(-SCALE_DIGITS).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return sign === '-' && body !== '0' ? `-${body}` : body;
}
