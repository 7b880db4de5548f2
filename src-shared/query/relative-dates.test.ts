import { describe, expect, it } from 'vitest';
import {
  addDays,
  instantRange,
  isTimeZone,
  localDate,
  pastBound,
  relativeDateRange,
  startOfLocalDay,
  type RelativeDateContext,
} from './relative-dates';

const at = (iso: string, timeZone: string, weekStart = 1): RelativeDateContext => ({
  now: Date.parse(iso),
  timeZone,
  weekStart,
});
const iso = (ms: number) => new Date(ms).toISOString();

describe('local dates', () => {
  it('is the day the instant falls on in the zone, not in UTC', () => {
    expect(localDate(Date.parse('2024-03-10T04:30:00Z'), 'America/New_York')).toBe('2024-03-09');
    expect(localDate(Date.parse('2024-12-31T21:30:00Z'), 'Europe/Moscow')).toBe('2025-01-01');
    expect(localDate(Date.parse('2024-06-01T20:15:00Z'), 'Asia/Tehran')).toBe('2024-06-01');
    expect(localDate(Date.parse('2024-06-01T20:45:00Z'), 'Asia/Tehran')).toBe('2024-06-02');
  });

  it('knows real zones only', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });
});

describe('start of a local day', () => {
  it('is local midnight, 23 hours apart on the day DST starts and 25 on the day it ends', () => {
    const ny = 'America/New_York';
    expect(iso(startOfLocalDay('2024-03-10', ny))).toBe('2024-03-10T05:00:00.000Z');
    expect(iso(startOfLocalDay('2024-03-11', ny))).toBe('2024-03-11T04:00:00.000Z');
    expect(startOfLocalDay('2024-03-11', ny) - startOfLocalDay('2024-03-10', ny)).toBe(23 * 3_600_000);
    expect(startOfLocalDay('2024-11-04', ny) - startOfLocalDay('2024-11-03', ny)).toBe(25 * 3_600_000);
  });

  it('is the moment the day begins when DST skips midnight', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 8 September 2024: that day has no midnight.
    const start = startOfLocalDay('2024-09-08', 'America/Santiago');
    expect(localDate(start, 'America/Santiago')).toBe('2024-09-08');
    expect(localDate(start - 60_000, 'America/Santiago')).toBe('2024-09-07');
    expect(iso(start)).toBe('2024-09-08T04:00:00.000Z');
  });

  it('works east of UTC with half-hour offsets', () => {
    expect(iso(startOfLocalDay('2024-06-02', 'Asia/Tehran'))).toBe('2024-06-01T20:30:00.000Z');
    expect(iso(startOfLocalDay('2024-06-02', 'Asia/Kathmandu'))).toBe('2024-06-01T18:15:00.000Z');
  });
});

describe('relative date ranges', () => {
  it('today, yesterday and tomorrow are the user’s days, not UTC’s', () => {
    // 23:30 on 9 March in New York, already 10 March in UTC.
    const ctx = at('2024-03-10T04:30:00Z', 'America/New_York');
    expect(relativeDateRange('today', 0, ctx)).toEqual({ from: '2024-03-09', to: '2024-03-09' });
    expect(relativeDateRange('yesterday', 0, ctx)).toEqual({ from: '2024-03-08', to: '2024-03-08' });
    expect(relativeDateRange('tomorrow', 0, ctx)).toEqual({ from: '2024-03-10', to: '2024-03-10' });
    expect(relativeDateRange('today', 0, at('2024-03-10T04:30:00Z', 'Europe/Moscow'))).toEqual({
      from: '2024-03-10',
      to: '2024-03-10',
    });
  });

  it('weeks start on the day the user’s calendar starts them', () => {
    // Wednesday 15 May 2024.
    const wednesday = '2024-05-15T12:00:00Z';
    expect(relativeDateRange('this_week', 0, at(wednesday, 'UTC', 1))).toEqual({
      from: '2024-05-13',
      to: '2024-05-19',
    });
    expect(relativeDateRange('this_week', 0, at(wednesday, 'UTC', 0))).toEqual({
      from: '2024-05-12',
      to: '2024-05-18',
    });
    expect(relativeDateRange('this_week', 0, at(wednesday, 'Asia/Tehran', 6))).toEqual({
      from: '2024-05-11',
      to: '2024-05-17',
    });
    expect(relativeDateRange('last_week', 0, at(wednesday, 'UTC', 1))).toEqual({
      from: '2024-05-06',
      to: '2024-05-12',
    });
    expect(relativeDateRange('next_week', 0, at(wednesday, 'UTC', 1))).toEqual({
      from: '2024-05-20',
      to: '2024-05-26',
    });
    // On the first day of the week itself.
    expect(relativeDateRange('this_week', 0, at('2024-05-13T00:30:00Z', 'UTC', 1))).toEqual({
      from: '2024-05-13',
      to: '2024-05-19',
    });
  });

  it('months and years have their real lengths, across year ends and leap years', () => {
    expect(relativeDateRange('last_month', 0, at('2024-03-31T10:00:00Z', 'UTC'))).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(relativeDateRange('next_month', 0, at('2024-12-15T10:00:00Z', 'UTC'))).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(relativeDateRange('last_month', 0, at('2024-01-10T10:00:00Z', 'UTC'))).toEqual({
      from: '2023-12-01',
      to: '2023-12-31',
    });
    expect(relativeDateRange('this_month', 0, at('2023-02-10T10:00:00Z', 'UTC'))).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(relativeDateRange('last_year', 0, at('2024-01-01T01:00:00Z', 'UTC'))).toEqual({
      from: '2023-01-01',
      to: '2023-12-31',
    });
    // New Year's Eve in UTC is already New Year's Day in Moscow.
    expect(relativeDateRange('this_year', 0, at('2024-12-31T22:00:00Z', 'Europe/Moscow'))).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('the month a DST change falls in is still the whole month', () => {
    // 00:30 on 1 April in Berlin (CEST, UTC+2) is 31 March in UTC.
    expect(relativeDateRange('this_month', 0, at('2024-03-31T22:30:00Z', 'Europe/Berlin'))).toEqual({
      from: '2024-04-01',
      to: '2024-04-30',
    });
  });

  it('last, next and older than N days count from today', () => {
    const ctx = at('2024-03-05T12:00:00Z', 'UTC');
    expect(relativeDateRange('last_n_days', 7, ctx)).toEqual({ from: '2024-02-27', to: '2024-03-05' });
    expect(relativeDateRange('next_n_days', 3, ctx)).toEqual({ from: '2024-03-05', to: '2024-03-08' });
    expect(relativeDateRange('older_than_n_days', 30, ctx)).toEqual({ from: null, to: '2024-02-03' });
  });

  it('turn into instants at the user’s day boundaries, DST included', () => {
    const range = relativeDateRange('today', 0, at('2024-03-10T15:00:00Z', 'America/New_York'));
    const { start, end } = instantRange(range, 'America/New_York');
    expect([iso(start!), iso(end!)]).toEqual(['2024-03-10T05:00:00.000Z', '2024-03-11T04:00:00.000Z']);
    expect(instantRange({ from: null, to: '2024-01-01' }, 'UTC')).toEqual({
      start: null,
      end: Date.parse('2024-01-02T00:00:00Z'),
    });
  });
});

describe('the past', () => {
  it('ends at the query moment for moments and at the start of today, in the user’s zone, for dates', () => {
    // 23:30 on 9 March in New York is already 10 March in UTC.
    const ctx = at('2024-03-10T04:30:00Z', 'America/New_York');
    expect(pastBound(ctx)).toEqual({ date: '2024-03-09', instant: Date.parse('2024-03-10T04:30:00Z') });
    expect(pastBound(at('2024-03-10T04:30:00Z', 'Asia/Tehran')).date).toBe('2024-03-10');
  });
});
