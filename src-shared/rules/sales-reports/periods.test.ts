import { describe, expect, it } from 'vitest';
import { addMonths, isMonthKey, monthsFrom, nextDay, periodOf, quarterStart } from './periods';

describe('report periods', () => {
  it('step months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-01', -13)).toBe('2024-12');
    expect(monthsFrom('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('know months and quarters', () => {
    expect(isMonthKey('2026-02')).toBe(true);
    expect(isMonthKey('2026-13')).toBe(false);
    expect(isMonthKey('2026-2')).toBe(false);
    expect(quarterStart('2026-05')).toBe('2026-04');
    expect(quarterStart('2026-12')).toBe('2026-10');
    expect(periodOf('quarter', '2026-11')).toEqual({
      type: 'quarter',
      month: '2026-10',
      months: ['2026-10', '2026-11', '2026-12'],
      from: '2026-10-01',
      to: '2027-01-01',
    });
    expect(periodOf('month', '2026-02')).toMatchObject({ from: '2026-02-01', to: '2026-03-01' });
    expect(() => periodOf('month', '2026-00')).toThrow();
  });

  it('find the next day', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
