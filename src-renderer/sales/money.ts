import { minorUnits } from '../../src-shared/rules/pricing/money';
import { formatMoney } from '../i18n/format';

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${currency}|${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: decimals,
      // A price per unit may carry more decimals than the currency's minor unit; show them, never round them away.
      maximumFractionDigits: Math.max(decimals, 4),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * An exact decimal amount (`"1234.5"`) in a document's currency, per locale:
 * "$1,234.50", "1 234,50 ₽", "۱٬۲۳۴ ریال". The currency's minor unit is the
 * pricing rules' (whole rials for IRR), not the locale's default. Without a
 * known currency the amount is shown as a plain decimal.
 */
export function formatAmount(locale: string, value: string | null | undefined, currency: string | null): string {
  if (value === null || value === undefined || value === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const decimals = currency ? minorUnits(currency) : undefined;
  if (!currency || decimals === undefined) return formatMoney(locale, value);
  // Intl formats numeric strings as exact decimals (no float rounding).
  return currencyFormat(locale, currency, decimals).format(value as `${number}`);
}

/** A quantity stored as a decimal string, with only the decimals it has (`"2.5"` -> "2.5", "۲٫۵"). */
export function formatDecimal(locale: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  let format = formats.get(`${locale}|decimal`);
  if (!format) formats.set(`${locale}|decimal`, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })));
  return format.format(value as `${number}`);
}

/** A percentage stored as a decimal string (`"7.5"` -> "7.5%"). */
export function formatPercent(locale: string, value: string | null | undefined): string {
  const number = formatDecimal(locale, value);
  return number === '' ? '' : `${number}%`;
}
