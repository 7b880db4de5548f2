import { describe, expect, it } from 'vitest';
import { dayNumber, formatCivilDate, fromDayNumber, isoWeekday } from '../recurrence/civil-date';
import { addMonths, calendarOf, GREGORIAN, monthGrid, monthOf } from './month';
import { stepAnchor, visibleDays } from './view';
import { isWeekend, startOfWeek, weekDays, weekInfoOf } from './week';

const d = (text: string) => dayNumber({ year: +text.slice(0, 4), month: +text.slice(5, 7), day: +text.slice(8, 10) });
const s = (day: number) => formatCivilDate(fromDayNumber(day));
const PERSIAN = calendarOf('fa-IR');

describe('weeks by locale', () => {
  it('start on Sunday in the US, Monday in Russia, Saturday in Iran', () => {
    expect(weekInfoOf('en-US').firstDay).toBe(7);
    expect(weekInfoOf('ru-RU').firstDay).toBe(1);
    expect(weekInfoOf('fa-IR')).toEqual({ firstDay: 6, weekend: [5] });
    expect(weekInfoOf('not a locale').firstDay).toBe(1);
  });

  it('hold the seven days from the first day on', () => {
    // Wednesday 5 March 2025.
    const wed = d('2025-03-05');
    expect(weekDays(wed, 7).map(s)).toEqual([
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
    ]);
    expect(s(startOfWeek(wed, 1))).toBe('2025-03-03');
    expect(s(startOfWeek(wed, 6))).toBe('2025-03-01');
    // The first day is its own week's start.
    expect(s(startOfWeek(d('2025-03-01'), 6))).toBe('2025-03-01');
    expect(s(startOfWeek(d('2025-02-28'), 6))).toBe('2025-02-22');
  });

  it('know the weekend', () => {
    const iran = weekInfoOf('fa-IR');
    expect(isWeekend(d('2025-03-07'), iran)).toBe(true); // Friday
    expect(isWeekend(d('2025-03-08'), iran)).toBe(false); // Saturday
    expect(isWeekend(d('2025-03-08'), weekInfoOf('en-US'))).toBe(true);
  });
});

describe('months', () => {
  it('are Gregorian months for English and Russian', () => {
    expect(calendarOf('en-US')).toBe(GREGORIAN);
    expect(calendarOf('ru-RU')).toBe(GREGORIAN);
    const feb = monthOf(d('2024-02-10'), GREGORIAN);
    expect([s(feb.first), s(feb.last)]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('are Persian months for Persian: Farvardin 1404 runs from 21 March to 20 April 2025', () => {
    const farvardin = monthOf(d('2025-04-01'), PERSIAN);
    expect([s(farvardin.first), s(farvardin.last)]).toEqual(['2025-03-21', '2025-04-20']);
    // Esfand 1403 (the month before) has 30 days in a leap year… 1403 is one: 20 Feb to 20 March.
    const esfand = monthOf(d('2025-03-01'), PERSIAN);
    expect([s(esfand.first), s(esfand.last)]).toEqual(['2025-02-19', '2025-03-20']);
  });

  it('step by months keeping the day of the month where it exists', () => {
    expect(s(addMonths(d('2025-01-31'), 1, GREGORIAN))).toBe('2025-02-28');
    expect(s(addMonths(d('2025-03-15'), -3, GREGORIAN))).toBe('2024-12-15');
    expect(s(addMonths(d('2025-03-25'), 1, PERSIAN))).toBe('2025-04-25'); // 5 Farvardin → 5 Ordibehesht
  });

  it('are shown as whole weeks from the locale’s first day', () => {
    const grid = monthGrid(d('2025-03-12'), 7, GREGORIAN);
    expect(grid.weeks).toHaveLength(6);
    expect(s(grid.weeks[0]![0]!)).toBe('2025-02-23');
    expect(s(grid.weeks.at(-1)!.at(-1)!)).toBe('2025-04-05');
    for (const week of grid.weeks) expect(isoWeekday(week[0]!)).toBe(7);
    // February 2026 starts on a Sunday and has 28 days: exactly four weeks from Sunday.
    expect(monthGrid(d('2026-02-10'), 7, GREGORIAN).weeks).toHaveLength(4);
    const persian = monthGrid(d('2025-04-01'), 6, PERSIAN);
    expect(isoWeekday(persian.weeks[0]![0]!)).toBe(6);
    expect(persian.weeks.flat()).toContain(d('2025-03-21'));
    expect(persian.weeks.flat()).toContain(d('2025-04-20'));
  });
});

describe('views', () => {
  const settings = { firstDay: 1 as const, calendar: GREGORIAN };

  it('show a day, a week or a month’s weeks', () => {
    const anchor = d('2025-03-12');
    expect(visibleDays('day', anchor, settings)).toEqual([anchor]);
    expect(visibleDays('team', anchor, settings)).toEqual([anchor]);
    expect(visibleDays('week', anchor, settings).map(s)[0]).toBe('2025-03-10');
    expect(visibleDays('month', anchor, settings)).toHaveLength(42);
  });

  it('step by a day, a week (to its start) or a month', () => {
    const anchor = d('2025-03-12');
    expect(s(stepAnchor('day', anchor, 1, settings))).toBe('2025-03-13');
    expect(s(stepAnchor('team', anchor, -1, settings))).toBe('2025-03-11');
    expect(s(stepAnchor('week', anchor, 1, settings))).toBe('2025-03-17');
    expect(s(stepAnchor('week', anchor, -1, settings))).toBe('2025-03-03');
    expect(s(stepAnchor('month', anchor, 1, settings))).toBe('2025-04-12');
  });
});
