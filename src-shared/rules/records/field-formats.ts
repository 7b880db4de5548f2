/**
 * Formats accepted for typed text fields. Deliberately permissive where the
 * world is varied (phone numbers, international e-mail) and strict where a
 * bad value would break something later (money, dates).
 */

// Local part and domain with a dot-separated TLD; no spaces; one @.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;
// Digits with the usual separators, an optional leading +, an optional extension.
const PHONE = /^\+?[\d\s().\-/]{3,40}(\s*(ext\.?|x|доб\.?)\s*\d{1,6})?$/iu;
const URL_HOST = /^(https?:\/\/)?([\p{L}\p{N}-]+\.)+[\p{L}]{2,}(:\d{1,5})?([/?#]\S*)?$/u;
/** Money: up to 14 integer digits and 4 decimals, exchanged as a string. */
export const MONEY = /^-?\d{1,14}(\.\d{1,4})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return PHONE.test(value) && /\d{3,}/.test(value.replace(/\D/g, ''));
}

export function isUrl(value: string): boolean {
  return URL_HOST.test(value);
}

export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return (
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1800 && y <= 2200
  );
}

/** Canonical money string: no leading zeros, no trailing decimal zeros. */
export function canonicalMoney(value: string | number): string | null {
  const raw =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(value)
        : ''
      : value.trim().replace(/[\s\u00a0,]/g, '');
  if (!MONEY.test(raw)) return null;
  const negative = raw.startsWith('-');
  const [intPart = '0', frac = ''] = raw.replace('-', '').split('.');
  const int = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  const body = f ? `${int}.${f}` : int;
  return negative && body !== '0' ? `-${body}` : body;
}
