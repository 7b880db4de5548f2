import type { FieldValue, RecordValues } from '../../../src-shared/api';
import { SERIES_REFILL_DAYS, seriesPattern, skippedSlots } from '../../../src-shared/rules/activities';
import { overlaps } from '../../../src-shared/rules/calendar';
import { formatCivilDate, fromDayNumber, instantOf, occurrenceDays } from '../../../src-shared/rules/recurrence';
import type { SqlDb } from '../../db';
import type { People } from './calendar-rows';
import { openSeries, seriesFrontier, type SeriesRow } from './range-query';

/**
 * Occurrences of recurring series that are not records yet. A series writes
 * its occurrences about a year ahead (and tops them up as time passes), so
 * a period within that year finds them all as records; a period further out
 * also gets the ones the pattern describes beyond each series' last record,
 * skipped dates left out.
 */

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export interface VirtualOccurrence {
  readonly series: SeriesRow;
  readonly originalStart: string;
  readonly start: string;
  readonly end: string;
}

/** Every open series keeps records at least this far ahead of now (topped up hourly; a day of slack). */
export function recordsReachAtLeast(now: number): number {
  return now + (SERIES_REFILL_DAYS - 1) * MS_PER_DAY;
}

function list(text: string | null): FieldValue {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
  }
}

/** The pattern fields of a series row, as the recurrence rules read them. */
export function seriesValues(row: SeriesRow): RecordValues {
  return {
    scheduled_start: row.scheduled_start,
    scheduled_end: row.scheduled_end,
    time_zone: row.time_zone,
    recurrence_frequency: row.recurrence_frequency,
    recurrence_interval: row.recurrence_interval,
    recurrence_weekdays: list(row.recurrence_weekdays),
    recurrence_monthly_by: row.recurrence_monthly_by,
    recurrence_end: row.recurrence_end,
    recurrence_count: row.recurrence_count,
    recurrence_until: row.recurrence_until,
    recurrence_skipped: row.recurrence_skipped,
  };
}

/** The series' occurrences after `after` (ms) that overlap [from, to), by start. */
export function occurrencesBeyond(row: SeriesRow, after: number, from: number, to: number): VirtualOccurrence[] {
  const values = seriesValues(row);
  const result = seriesPattern(values);
  if (!('pattern' in result)) return [];
  const p = result.pattern;
  const skipped = skippedSlots(values);
  const length = p.durationMinutes * MS_PER_MINUTE;
  // Local dates and UTC instants differ by less than a day either way.
  const firstDay = Math.floor((Math.max(after, from - length) - MS_PER_DAY) / MS_PER_DAY);
  const lastDay = Math.floor(to / MS_PER_DAY) + 1;
  const out: VirtualOccurrence[] = [];
  for (const day of occurrenceDays(p, lastDay)) {
    if (day < firstDay) continue;
    const start = instantOf(fromDayNumber(day), p.startMinutes, p.timeZone);
    if (start >= to) break;
    if (start <= after || skipped.has(formatCivilDate(fromDayNumber(day)))) continue;
    if (!overlaps({ start, end: start + length }, { start: from, end: to })) continue;
    const iso = new Date(start).toISOString();
    out.push({ series: row, originalStart: iso, start: iso, end: new Date(start + length).toISOString() });
  }
  return out;
}

/** Occurrences of these people's open series overlapping [from, to) that are not records yet. */
export function virtualOccurrences(db: SqlDb, from: number, to: number, people: People, now: number) {
  if (to <= recordsReachAtLeast(now)) return [];
  const out: VirtualOccurrence[] = [];
  for (const series of openSeries(db, to, people)) {
    const frontier = seriesFrontier(db, series.id) ?? now;
    out.push(...occurrencesBeyond(series, frontier, from, to));
  }
  return out;
}
