import { describe, expect, it } from 'vitest';
import { formatAmount as format, formatDecimal, formatPercent } from './money';

/** Intl separates with no-break spaces; compare with plain ones. */
const formatAmount = (...args: Parameters<typeof format>) => format(...args).replace(/\s/g, ' ');

describe('amounts in a document currency', () => {
  it('use the currency symbol and its minor unit', () => {
    expect(formatAmount('en-US', '1234.5', 'USD')).toBe('$1,234.50');
    expect(formatAmount('en-US', '1000', 'JPY')).toBe('¥1,000');
    expect(formatAmount('en-US', '2.125', 'KWD')).toBe('KWD 2.125');
  });

  it('keep more decimals than the minor unit exactly, never through a float', () => {
    expect(formatAmount('en-US', '0.1234', 'USD')).toBe('$0.1234');
    expect(formatAmount('en-US', '12345678901234.99', 'USD')).toBe('$12,345,678,901,234.99');
  });

  it('keep rial amounts whole and follow the locale', () => {
    expect(formatAmount('en-US', '1500000', 'IRR')).toBe('IRR 1,500,000');
    expect(formatAmount('fa-IR', '1500000', 'IRR')).toContain('۱٬۵۰۰٬۰۰۰');
    expect(formatAmount('ru-RU', '1234.5', 'RUB')).toBe('1 234,50 ₽');
  });

  it('fall back to a plain decimal without a known currency, and show nothing for nothing', () => {
    expect(formatAmount('en-US', '1234.5', null)).toBe('1,234.50');
    expect(formatAmount('en-US', '1234.5', 'XXX')).toBe('1,234.50');
    expect(formatAmount('en-US', null, 'USD')).toBe('');
    expect(formatAmount('en-US', '', 'USD')).toBe('');
  });

  it('show quantities and percentages per locale', () => {
    expect(formatDecimal('en-US', '1500')).toBe('1,500');
    expect(formatDecimal('fa-IR', '2.5')).toBe('۲٫۵');
    expect(formatPercent('en-US', '7.5')).toBe('7.5%');
    expect(formatPercent('en-US', null)).toBe('');
  });
});
