import type { Language } from '../../api/app';
import { minorUnits } from '../pricing/money';

/**
 * Numbers, money and dates on printed documents, per UI language. Persian
 * (`fa-IR`) gets Persian digits and separators and the Persian (Solar Hijri)
 * calendar, as the app shows them on screen (src-renderer/i18n/format.ts).
 * Money is formatted from its exact decimal string, never through a float.
 */

/** BCP 47 locale of each UI language (the renderer uses the same). */
export const PRINT_LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', ru: 'ru-RU', fa: 'fa-IR' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(PRINT_LOCALES[language], options)));
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${language}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(PRINT_LOCALES[language], options)));
  return format;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function exact(value: string): `${number}` {
  return value as `${number}`;
}

/** An amount of `currency` with exactly its minor unit's decimals: "1,234.50" (USD), "1,235" (IRR). */
export function formatAmount(language: Language, amount: string, currency: string): string {
  if (!DECIMAL.test(amount)) return amount;
  const digits = minorUnits(currency) ?? 2;
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(exact(amount));
}

/** An amount with its currency's symbol or name: "$1,234.50", "1 234,50 ₽", "‎ریال ۱٬۲۳۵". */
export function formatMoney(language: Language, amount: string, currency: string): string {
  if (!DECIMAL.test(amount)) return amount;
  const digits = minorUnits(currency) ?? 2;
  try {
    return numberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(exact(amount));
  } catch {
    // Not an ISO currency code Intl knows: the amount, then the code.
    return `${formatAmount(language, amount, currency)} ${currency}`;
  }
}

/** A quantity with the decimals it has (up to 4): "12", "2.5". */
export function formatQuantity(language: Language, quantity: string): string {
  if (!DECIMAL.test(quantity)) return quantity;
  return numberFormat(language, { maximumFractionDigits: 4 }).format(exact(quantity));
}

/** A percentage given in percent: "7.5" -> "7.5%" ("۷٫۵٪" in Persian). */
export function formatPercent(language: Language, percent: string): string {
  if (!DECIMAL.test(percent)) return percent;
  const [whole = '0', fraction = ''] = percent.replace('-', '').split('.');
  // Divide by 100 by moving the decimal point, keeping the value exact.
  const digits = whole.padStart(3, '0');
  const shifted = `${percent.startsWith('-') ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}${fraction}`;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 4 }).format(exact(shifted));
}

/** A whole number: "3", "۳". */
export function formatInteger(language: Language, value: number): string {
  return numberFormat(language, { maximumFractionDigits: 0, useGrouping: false }).format(value);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `YYYY-MM-DD` in the language's long style, without any time-zone shift. */
export function formatDate(language: Language, value: string): string {
  const m = DATE.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The calendar date (`YYYY-MM-DD`) of a moment in a time zone; null for a bad moment or zone. */
export function dateIn(moment: string, timeZone: string): string | null {
  const time = Date.parse(moment);
  if (Number.isNaN(time)) return null;
  try {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(new Date(time));
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch {
    return null;
  }
}
