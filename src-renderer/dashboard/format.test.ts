import { describe, expect, it } from 'vitest';
import { formatDay, yearsOn } from './format';

describe('dashboard dates', () => {
  it('shows a calendar date with its weekday, the same in every zone', () => {
    expect(formatDay('en-GB', '2026-03-12')).toBe('Thu 12 Mar');
    expect(formatDay('ru', '2026-03-12')).toMatch(/^чт, 12 мар/);
    expect(formatDay('en-GB', 'not a date')).toBe('not a date');
  });

  it('counts the years a date turns on its next occurrence', () => {
    expect(yearsOn('1980-03-12', '2026-03-12')).toBe(46);
    expect(yearsOn('1992-02-29', '2027-02-28')).toBe(35);
  });
});
