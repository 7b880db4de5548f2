import type { TFunction } from 'i18next';
import { minorUnits } from '../../src-shared/rules/pricing/money';
import { choiceKey } from '../records/fields/display';

/**
 * Display of report figures. Amounts arrive as exact decimal strings and are
 * formatted from the string (Intl formats numeric strings exactly). Months
 * are Gregorian calendar months (that is how the figures are grouped), so
 * their names are Gregorian in every language.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function decimalsOf(currency: string): number {
  return minorUnits(currency) ?? 2;
}

/** `"1234.5"`, `"USD"` -> `"$1,234.50"`; falls back to the plain number for an unknown code. */
export function formatAmount(locale: string, value: string, currency: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const digits = decimalsOf(currency);
  try {
    const f = cached(
      `a|${locale}|${currency}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          minimumFractionDigits: digits,
          maximumFractionDigits: Math.max(digits, 4),
        }),
    );
    return f.format(value as `${number}`);
  } catch {
    return `${value} ${currency}`;
  }
}

/** Short amounts for chart labels: `"$1.2M"`. */
export function formatCompact(locale: string, value: string, currency: string): string {
  try {
    const f = cached(
      `c|${locale}|${currency}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          notation: 'compact',
          maximumFractionDigits: 1,
        }),
    );
    return f.format(value as `${number}`);
  } catch {
    return value;
  }
}

/** A quantity: up to 4 decimals, as many as it has. */
export function formatQuantity(locale: string, value: string): string {
  const f = cached(`q|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }));
  return /^-?\d+(\.\d+)?$/.test(value) ? f.format(value as `${number}`) : value;
}

export function formatPercent(locale: string, percent: number): string {
  const f = cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  return f.format(percent / 100);
}

function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

/** `"2026-03"` -> "Mar 2026". */
export function formatMonth(locale: string, month: string, style: 'short' | 'long' = 'short'): string {
  const f = cached(
    `m|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC', calendar: 'gregory' }),
  );
  return f.format(monthDate(month));
}

/** The stage's label; `""` is "No stage"; a stage no longer configured shows as stored. */
export function stageLabel(t: TFunction, stage: string): string {
  if (stage === '') return t('sales_reports.no_stage');
  const key = choiceKey('sales_stage', stage);
  return t(key, { defaultValue: stage });
}

/** Amounts as a fraction of the largest, for bars: 0..1 (not money arithmetic, display only). */
export function shareOf(value: string, largest: string): number {
  const max = Number(largest);
  return max > 0 ? Math.max(0, Number(value)) / max : 0;
}

/** The current month, `YYYY-MM`, in the user's time zone. */
export function thisMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
