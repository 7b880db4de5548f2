import { describe, expect, it } from 'vitest';
import { monthDaysWithin, nextOccurrence } from './upcoming';

describe('upcoming important dates', () => {
  it('finds the next anniversary this year or next, across the year end', () => {
    expect(nextOccurrence('1980-06-15', '2025-06-10')).toEqual({ next: '2025-06-15', daysAway: 5 });
    expect(nextOccurrence('1980-06-15', '2025-06-15')).toEqual({ next: '2025-06-15', daysAway: 0 });
    expect(nextOccurrence('1980-01-03', '2025-12-30')).toEqual({ next: '2026-01-03', daysAway: 4 });
  });

  it('puts 29 February on 28 February in years without one', () => {
    expect(nextOccurrence('1992-02-29', '2025-02-20')).toEqual({ next: '2025-02-28', daysAway: 8 });
    expect(nextOccurrence('1992-02-29', '2028-02-20')).toEqual({ next: '2028-02-29', daysAway: 9 });
    expect(nextOccurrence('1992-02-29', '2025-03-01').next).toBe('2026-02-28');
  });

  it('lists the month-days of a window, wrapping the year and catching 29 February', () => {
    expect(monthDaysWithin('2025-12-30', 4)).toEqual(['12-30', '12-31', '01-01', '01-02']);
    expect(monthDaysWithin('2025-02-27', 3)).toEqual(['02-27', '02-28', '02-29', '03-01']);
    expect(monthDaysWithin('2028-02-27', 3)).toEqual(['02-27', '02-28', '02-29']);
  });
});
