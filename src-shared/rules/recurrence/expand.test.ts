import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysInMonth, formatCivilDate, fromDayNumber, isoWeekday } from './civil-date';
import {
  expandOccurrences,
  firstOccurrenceDay,
  occurrenceDays,
  weekdayPosition,
  type RecurrencePattern,
} from './expand';
import { wallTimeOf } from './zoned-time';

/**
 * The expansion checked against a brute-force oracle: walk every day from
 * the start and keep the days the pattern's definition accepts. Patterns,
 * time zones and horizons are generated (fast-check, seeded by vitest's run).
 */

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tehran', 'Australia/Sydney', 'Europe/Moscow'];

function monthsBetween(a: { year: number; month: number }, b: { year: number; month: number }): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Does `day` belong to the pattern, ignoring its end? */
function matches(p: RecurrencePattern, day: number): boolean {
  const start = dayNumber(p.startDate);
  if (day < start) return false;
  const date = fromDayNumber(day);
  switch (p.frequency) {
    case 'daily':
      return (day - start) % p.interval === 0;
    case 'weekly': {
      const weeks = Math.floor((day - (isoWeekday(day) - 1) - (start - (isoWeekday(start) - 1))) / 7);
      return weeks % p.interval === 0 && p.weekdays.includes(isoWeekday(day));
    }
    case 'monthly':
    case 'yearly': {
      const months = monthsBetween(p.startDate, date);
      const step = p.frequency === 'monthly' ? p.interval : p.interval * 12;
      if (months % step !== 0) return false;
      if (p.monthlyBy === 'day_of_month') return date.day === p.startDate.day;
      const { weekday, nth } = weekdayPosition(p.startDate);
      if (isoWeekday(day) !== weekday) return false;
      return nth === -1 ? date.day + 7 > daysInMonth(date.year, date.month) : Math.ceil(date.day / 7) === nth;
    }
  }
}

function oracle(p: RecurrencePattern, lastDay: number): number[] {
  const out: number[] = [];
  const until = p.end.kind === 'until' ? dayNumber(p.end.until) : Number.POSITIVE_INFINITY;
  for (let day = dayNumber(p.startDate); day <= Math.min(lastDay, until); day++) {
    if (!matches(p, day)) continue;
    if (p.end.kind === 'count' && out.length >= p.end.count) break;
    out.push(day);
  }
  return out;
}

const civilDate = fc
  .integer({ min: dayNumber({ year: 2000, month: 1, day: 1 }), max: dayNumber({ year: 2040, month: 12, day: 31 }) })
  .map(fromDayNumber);

const pattern: fc.Arbitrary<RecurrencePattern> = fc
  .record({
    frequency: fc.constantFrom('daily', 'weekly', 'monthly', 'yearly'),
    interval: fc.integer({ min: 1, max: 5 }),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    monthlyBy: fc.constantFrom('day_of_month', 'weekday'),
    startDate: civilDate,
    startMinutes: fc.integer({ min: 0, max: 1439 }),
    durationMinutes: fc.integer({ min: 0, max: 600 }),
    timeZone: fc.constantFrom(...ZONES),
    endKind: fc.constantFrom('never', 'count', 'until'),
    count: fc.integer({ min: 1, max: 40 }),
    untilOffset: fc.integer({ min: 0, max: 1500 }),
  })
  .map(({ endKind, count, untilOffset, ...rest }) => ({
    ...rest,
    end:
      endKind === 'count'
        ? { kind: 'count' as const, count }
        : endKind === 'until'
          ? { kind: 'until' as const, until: fromDayNumber(dayNumber(rest.startDate) + untilOffset) }
          : { kind: 'never' as const },
  }));

describe('occurrence dates', () => {
  it('are exactly the days the pattern describes, in order, within its end and the horizon', () => {
    fc.assert(
      fc.property(pattern, fc.integer({ min: 0, max: 1200 }), (p, span) => {
        const lastDay = dayNumber(p.startDate) + span;
        expect([...occurrenceDays(p, lastDay)]).toEqual(oracle(p, lastDay));
      }),
      { numRuns: 300 },
    );
  });

  it('start on the start date for every frequency but weekly', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        if (p.frequency === 'weekly') return;
        expect(firstOccurrenceDay(p)).toBe(dayNumber(p.startDate));
      }),
    );
  });

  it('skip months without the start’s day and take the last weekday for a fifth one', () => {
    const jan31: RecurrencePattern = {
      frequency: 'monthly',
      interval: 1,
      weekdays: [],
      monthlyBy: 'day_of_month',
      end: { kind: 'count', count: 4 },
      startDate: { year: 2025, month: 1, day: 31 },
      startMinutes: 600,
      durationMinutes: 30,
      timeZone: 'UTC',
    };
    expect([...occurrenceDays(jan31, Number.POSITIVE_INFINITY)].map((d) => formatCivilDate(fromDayNumber(d)))).toEqual([
      '2025-01-31',
      '2025-03-31',
      '2025-05-31',
      '2025-07-31',
    ]);
    // 29 January 2025 is the fifth Wednesday: "the last Wednesday".
    const lastWednesday = { ...jan31, monthlyBy: 'weekday' as const, startDate: { year: 2025, month: 1, day: 29 } };
    expect(
      [...occurrenceDays(lastWednesday, Number.POSITIVE_INFINITY)].map((d) => formatCivilDate(fromDayNumber(d))),
    ).toEqual(['2025-01-29', '2025-02-26', '2025-03-26', '2025-04-30']);
    const leapDay = { ...jan31, frequency: 'yearly' as const, startDate: { year: 2024, month: 2, day: 29 } };
    expect(
      [...occurrenceDays(leapDay, Number.POSITIVE_INFINITY)].map((d) => formatCivilDate(fromDayNumber(d))),
    ).toEqual(['2024-02-29', '2028-02-29', '2032-02-29', '2036-02-29']);
  });

  it('finds no occurrence when the end comes before the first matching day', () => {
    const saturdays: RecurrencePattern = {
      frequency: 'weekly',
      interval: 1,
      weekdays: [6],
      monthlyBy: 'day_of_month',
      end: { kind: 'until', until: { year: 2025, month: 3, day: 7 } },
      startDate: { year: 2025, month: 3, day: 3 },
      startMinutes: 0,
      durationMinutes: 0,
      timeZone: 'UTC',
    };
    expect(firstOccurrenceDay(saturdays)).toBeNull();
    expect(firstOccurrenceDay({ ...saturdays, end: { kind: 'until', until: { year: 2025, month: 3, day: 8 } } })).toBe(
      dayNumber({ year: 2025, month: 3, day: 8 }),
    );
  });
});

describe('occurrence instants', () => {
  it('fall at the start’s local time on their local date, DST gaps moving them later, and last the duration', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        const horizon = Date.UTC(p.startDate.year + 3, 0, 1);
        const list = expandOccurrences(p, horizon);
        const days = [...occurrenceDays(p, Math.floor(horizon / 86_400_000) + 1)];
        let previous = Number.NEGATIVE_INFINITY;
        list.forEach((o, i) => {
          const start = Date.parse(o.start);
          expect(start).toBeGreaterThan(previous);
          expect(start).toBeLessThanOrEqual(horizon);
          previous = start;
          expect(Date.parse(o.end) - start).toBe(p.durationMinutes * 60_000);
          const wall = wallTimeOf(start, p.timeZone);
          const day = dayNumber(wall.date);
          const expected = days[i]!;
          if (day === expected && wall.minutes === p.startMinutes) return;
          // Only a wall time that does not exist that day (a DST gap) may move, and only forward, within two hours.
          const shift = (day - expected) * 1440 + wall.minutes - p.startMinutes;
          expect(shift).toBeGreaterThan(0);
          expect(shift).toBeLessThanOrEqual(120);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keep 09:00 in New York across both DST changes, and move 02:30 on the spring-forward day to 03:30', () => {
    const p: RecurrencePattern = {
      frequency: 'daily',
      interval: 1,
      weekdays: [],
      monthlyBy: 'day_of_month',
      end: { kind: 'count', count: 3 },
      startDate: { year: 2025, month: 3, day: 8 },
      startMinutes: 9 * 60,
      durationMinutes: 60,
      timeZone: 'America/New_York',
    };
    expect(expandOccurrences(p, Date.UTC(2026, 0, 1)).map((o) => o.start)).toEqual([
      '2025-03-08T14:00:00.000Z',
      '2025-03-09T13:00:00.000Z',
      '2025-03-10T13:00:00.000Z',
    ]);
    const gap = expandOccurrences({ ...p, startMinutes: 150 }, Date.UTC(2026, 0, 1)).map((o) => o.start);
    expect(gap[1]).toBe('2025-03-09T07:30:00.000Z');
    // The repeated hour in autumn: the earlier 01:30.
    const autumn = {
      ...p,
      startDate: { year: 2025, month: 11, day: 2 },
      startMinutes: 90,
      end: { kind: 'count' as const, count: 1 },
    };
    expect(expandOccurrences(autumn, Date.UTC(2026, 0, 1))[0]?.start).toBe('2025-11-02T05:30:00.000Z');
  });
});

describe('civil dates', () => {
  it('round-trip day numbers and add months across years', () => {
    fc.assert(
      fc.property(civilDate, (d) => {
        expect(fromDayNumber(dayNumber(d))).toEqual(d);
      }),
    );
    expect(addMonths(2025, 11, 3)).toEqual({ year: 2026, month: 2 });
    expect(addMonths(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(isoWeekday(dayNumber({ year: 2025, month: 3, day: 3 }))).toBe(1);
  });
});
