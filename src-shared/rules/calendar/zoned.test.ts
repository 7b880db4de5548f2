import { describe, expect, it } from 'vitest';
import { dayNumber } from '../recurrence/civil-date';
import { byDay, inTopLane, visibleInCell } from './buckets';
import { dayOf, dayStart, daySegments, daysRange, instantAt, moveKeepingLength, snapMinutes } from './zoned';

const day = (y: number, m: number, dd: number) => dayNumber({ year: y, month: m, day: dd });
const H = 3_600_000;

describe('local days in a time zone', () => {
  it('start at local midnight, and a day with a daylight-saving change is 23 or 25 hours', () => {
    const berlin = 'Europe/Berlin';
    expect(new Date(dayStart(day(2025, 3, 30), berlin)).toISOString()).toBe('2025-03-29T23:00:00.000Z');
    const spring = daysRange(day(2025, 3, 30), day(2025, 3, 30), berlin);
    expect((spring.to - spring.from) / H).toBe(23);
    const autumn = daysRange(day(2025, 10, 26), day(2025, 10, 26), berlin);
    expect((autumn.to - autumn.from) / H).toBe(25);
    expect(dayOf(Date.parse('2025-03-29T23:30:00Z'), berlin)).toBe(day(2025, 3, 30));
    expect(dayOf(Date.parse('2025-03-29T23:30:00Z'), 'UTC')).toBe(day(2025, 3, 29));
  });

  it('place a grid time on its local day, minutes past midnight rolling into the next day', () => {
    expect(new Date(instantAt(day(2025, 3, 3), 9 * 60, 'Asia/Tehran')).toISOString()).toBe('2025-03-03T05:30:00.000Z');
    expect(new Date(instantAt(day(2025, 3, 3), 1440 + 60, 'UTC')).toISOString()).toBe('2025-03-04T01:00:00.000Z');
  });
});

describe('segments of an event per day', () => {
  const days = [day(2025, 3, 3), day(2025, 3, 4), day(2025, 3, 5)];

  it('cut an event at midnight and mark what goes on', () => {
    const segs = daySegments(Date.parse('2025-03-03T23:00:00Z'), Date.parse('2025-03-04T01:30:00Z'), days, 'UTC');
    expect(segs).toEqual([
      { day: days[0], startMinutes: 1380, endMinutes: 1440, fromBefore: false, intoAfter: true },
      { day: days[1], startMinutes: 0, endMinutes: 90, fromBefore: true, intoAfter: false },
    ]);
  });

  it('keep an event ending at midnight on its own day, and a moment on its day', () => {
    const segs = daySegments(Date.parse('2025-03-03T22:00:00Z'), Date.parse('2025-03-04T00:00:00Z'), days, 'UTC');
    expect(segs.map((x) => [x.day, x.startMinutes, x.endMinutes])).toEqual([[days[0], 1320, 1440]]);
    const moment = Date.parse('2025-03-04T00:00:00Z');
    expect(daySegments(moment, moment, days, 'UTC').map((x) => x.day)).toEqual([days[1]]);
    expect(daySegments(moment, moment, [days[0]!], 'UTC')).toEqual([]);
  });
});

describe('grouping by day', () => {
  it('puts due items and day-long events in the top lane, and day-long ones first on a day', () => {
    const items = [
      {
        key: 'meeting',
        start: Date.parse('2025-03-03T09:00:00Z'),
        end: Date.parse('2025-03-03T10:00:00Z'),
        due: false,
      },
      { key: 'task', start: Date.parse('2025-03-03T15:00:00Z'), end: Date.parse('2025-03-03T15:00:00Z'), due: true },
      { key: 'trip', start: Date.parse('2025-03-02T08:00:00Z'), end: Date.parse('2025-03-04T18:00:00Z'), due: false },
    ];
    expect(items.map(inTopLane)).toEqual([false, true, true]);
    const grouped = byDay(items, [day(2025, 3, 3), day(2025, 3, 4)], 'UTC');
    expect(grouped.get(day(2025, 3, 3))?.map((p) => p.item.key)).toEqual(['trip', 'meeting', 'task']);
    expect(grouped.get(day(2025, 3, 4))?.map((p) => p.item.key)).toEqual(['trip']);
  });

  it('shows what fits in a month cell and counts the rest', () => {
    expect(visibleInCell([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(visibleInCell([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2], more: 3 });
  });
});

describe('moving and snapping', () => {
  it('keeps the length of a moved event and snaps to the step', () => {
    expect(moveKeepingLength(1000, 4000, 10_000)).toEqual({ start: 10_000, end: 13_000 });
    expect(snapMinutes(68, 15)).toBe(75);
    expect(snapMinutes(67, 15)).toBe(60);
  });
});
