import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('locale formatting', () => {
  it('formats money from the exact decimal string', () => {
    expect(formatMoney('en-US', '1234567.5')).toBe('1,234,567.50');
    // Beyond float precision: a Number would print ...992 here.
    expect(formatMoney('en-US', '12345678901234.9999')).toBe('12,345,678,901,234.9999');
    expect(formatMoney('ru-RU', '1234.5')).toBe('1\u00a0234,50');
    expect(formatMoney('fa-IR', '1234.5')).toMatch(/^[۰-۹٬٫]+$/);
  });

  it('shows a calendar date without shifting it by the time zone', () => {
    expect(formatDate('en-US', '1990-01-01')).toBe('Jan 1, 1990');
    expect(formatDate('en-US', 'garbage')).toBe('garbage');
  });
});
