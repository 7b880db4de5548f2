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

// A moment with a time-zone designator; seconds and milliseconds optional.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment as the API exchanges it: `YYYY-MM-DDTHH:mm:ss.sssZ` in UTC, so the
 * stored text sorts in time order. Accepts any ISO 8601 moment with `Z` or an
 * offset; null for anything else, for impossible dates or times, and for
 * years outside 1800..2200.
 */
export function canonicalDateTime(value: string): string | null {
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isDate(m[1] ?? '')) return null;
  const [hours, minutes, seconds] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  const year = Number(iso.slice(0, 4));
  return year >= 1800 && year <= 2200 ? iso : null;
}

/** The longest duration a field holds: a year, in minutes. */
export const MAX_DURATION_MINUTES = 366 * 24 * 60;
const MINUTES = /^\d{1,7}$/;
const HOURS_MINUTES = /^(\d{1,4}):([0-5]\d)$/;

/**
 * Whole minutes from a number, a digit string ("90") or hours and minutes
 * ("1:30"); null when it is none of these or longer than a year.
 */
export function parseDuration(value: string | number): number | null {
  let minutes: number;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return null;
    minutes = value;
  } else {
    const text = value.trim();
    const hm = HOURS_MINUTES.exec(text);
    if (hm) minutes = Number(hm[1]) * 60 + Number(hm[2]);
    else if (MINUTES.test(text)) minutes = Number(text);
    else return null;
  }
  return minutes >= 0 && minutes <= MAX_DURATION_MINUTES ? minutes : null;
}

const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REF = /^([a-z][a-z0-9_]*):(.+)$/;

/** A reference to a record of some type, `"<entity>:<id>"`. */
export interface RecordRef {
  readonly entity: string;
  readonly id: string;
}

/** Splits `"account:<uuid>"`; null when it is not an entity name, a colon and an id. */
export function parseRef(value: string): RecordRef | null {
  const m = REF.exec(value.trim());
  if (!m || !UUID_TEXT.test(m[2] ?? '')) return null;
  return { entity: m[1] ?? '', id: (m[2] ?? '').toLowerCase() };
}

export function formatRef(entity: string, id: string): string {
  return `${entity}:${id.toLowerCase()}`;
}
