import type { SqlDb } from '../../db';
import {
  ATTENDED_COUNT_SQL,
  ITEM_COLUMNS,
  peopleParams,
  peopleSql,
  type ItemRow,
  type People,
  type PeopleTest,
} from './calendar-rows';

/**
 * The indexed reads behind the calendar. Every read is a range of one
 * time index (named outright: without statistics the planner may prefer the
 * owner or status index, which hold every activity a person ever had), so
 * its cost follows what the period holds; rows are read only for the
 * people asked about, tested the cheaper of two ways (see `PeopleTest`).
 */

const MS_PER_MINUTE = 60_000;
/**
 * Reading one entry of the party index into the set costs about a fifth of
 * probing the index for one row (measured at 400,000 activities): the set
 * is built when the people attended fewer than this many times the rows of
 * the period.
 */
const PROBE_TO_SET_RATIO = 5;

export const LONGEST_SQL =
  'SELECT scheduled_duration AS minutes FROM activity INDEXED BY activity_live_by_scheduled_duration ' +
  'WHERE deleted_at IS NULL AND scheduled_duration IS NOT NULL ORDER BY scheduled_duration DESC LIMIT 1';

/** How long the longest planned activity lasts (ms): how far back a start may lie and still reach into a period. */
export function longestPlanned(db: SqlDb): number {
  const row = db.stmt(LONGEST_SQL).get() as { minutes: number | null } | undefined;
  return Math.max(0, row?.minutes ?? 0) * MS_PER_MINUTE;
}

const iso = (ms: number) => new Date(ms).toISOString();

type TimeIndex = 'activity_calendar_by_start' | 'activity_calendar_by_due';
const TIME_COLUMN: Readonly<Record<TimeIndex, string>> = {
  activity_calendar_by_start: 'scheduled_start',
  activity_calendar_by_due: 'due_date',
};

/** Entries of a time index in [from, to) (from the index alone). */
export function rowsInPeriodSql(index: TimeIndex): string {
  const column = TIME_COLUMN[index];
  return `SELECT count(*) AS n FROM activity INDEXED BY ${index} WHERE deleted_at IS NULL AND ${column} >= ? AND ${column} < ?`;
}

/** The cheaper people test for a period of a time index (see `PeopleTest`). */
export function choosePeopleTest(db: SqlDb, index: TimeIndex, from: string, to: string, people: People): PeopleTest {
  if (people.parties.length === 0) return 'per-row';
  const rows = (db.stmt(rowsInPeriodSql(index)).get(from, to) as { n: number }).n;
  const enough = rows * PROBE_TO_SET_RATIO;
  const attended = (db.stmt(ATTENDED_COUNT_SQL).get(JSON.stringify(people.parties), enough) as { n: number }).n;
  return attended < enough ? 'attended-set' : 'per-row';
}

export interface ScheduledFilter {
  /** Only these types (e.g. appointments for a conflict check); every type but series when left out. */
  readonly types?: readonly string[];
  /** Only open ones. */
  readonly openOnly?: boolean;
}

/** The read of `scheduledIn`; parameters: lookback start, to, owners, parties, from, from, [types], limit. */
export function scheduledSql(test: PeopleTest, filter: ScheduledFilter = {}): string {
  const types = filter.types ? ` AND a.activity_type IN (SELECT value FROM json_each(?))` : '';
  const open = filter.openOnly ? ` AND a.status = 'open'` : '';
  return (
    `SELECT ${ITEM_COLUMNS} FROM activity a INDEXED BY activity_calendar_by_start ` +
    `WHERE a.deleted_at IS NULL AND a.scheduled_start >= ? AND a.scheduled_start < ? AND ${peopleSql(test)} ` +
    "AND a.activity_type <> 'recurring_appointment' " +
    'AND (coalesce(a.scheduled_end, a.scheduled_start) > ? OR a.scheduled_start >= ?)' +
    `${types}${open} ORDER BY a.scheduled_start, a.id LIMIT ?`
  );
}

/**
 * Activities planned by a start and an end that overlap [from, to) (a
 * moment at `from` counts), of these people, by start; the series rows
 * themselves are left out (their occurrences are what is shown).
 */
export function scheduledIn(
  db: SqlDb,
  from: number,
  to: number,
  people: People,
  limit: number,
  filter: ScheduledFilter = {},
  test?: PeopleTest,
): ItemRow[] {
  const earliest = iso(from - longestPlanned(db));
  const chosen = test ?? choosePeopleTest(db, 'activity_calendar_by_start', earliest, iso(to), people);
  const params: (string | number)[] = [earliest, iso(to), ...peopleParams(people), iso(from), iso(from)];
  if (filter.types) params.push(JSON.stringify(filter.types));
  params.push(limit);
  return db.stmt(scheduledSql(chosen, filter)).all(...params) as ItemRow[];
}

/** The read of `dueIn`; parameters: from, to, owners, parties, limit. */
export function dueSql(test: PeopleTest): string {
  return (
    `SELECT ${ITEM_COLUMNS} FROM activity a INDEXED BY activity_calendar_by_due ` +
    `WHERE a.deleted_at IS NULL AND a.due_date >= ? AND a.due_date < ? AND ${peopleSql(test)} ` +
    'ORDER BY a.due_date, a.id LIMIT ?'
  );
}

/** Activities with a due date in [from, to), of these people, by due date. */
export function dueIn(
  db: SqlDb,
  from: number,
  to: number,
  people: People,
  limit: number,
  test?: PeopleTest,
): ItemRow[] {
  const chosen = test ?? choosePeopleTest(db, 'activity_calendar_by_due', iso(from), iso(to), people);
  return db.stmt(dueSql(chosen)).all(iso(from), iso(to), ...peopleParams(people), limit) as ItemRow[];
}

export const SERIES_SQL =
  `SELECT ${ITEM_COLUMNS}, a.recurrence_frequency, a.recurrence_interval, a.recurrence_weekdays, ` +
  'a.recurrence_monthly_by, a.recurrence_end, a.recurrence_count, a.recurrence_until, a.time_zone, ' +
  'a.recurrence_skipped FROM activity a INDEXED BY activity_live_by_activity_type ' +
  `WHERE a.deleted_at IS NULL AND a.activity_type = 'recurring_appointment' AND a.status = 'open' ` +
  `AND a.scheduled_start < ? AND ${peopleSql('per-row')}`;

export interface SeriesRow extends ItemRow {
  readonly recurrence_frequency: string | null;
  readonly recurrence_interval: number | null;
  readonly recurrence_weekdays: string | null;
  readonly recurrence_monthly_by: string | null;
  readonly recurrence_end: string | null;
  readonly recurrence_count: number | null;
  readonly recurrence_until: string | null;
  readonly time_zone: string | null;
  readonly recurrence_skipped: string | null;
}

/** Open recurring series of these people that start before `to`. */
export function openSeries(db: SqlDb, to: number, people: People): SeriesRow[] {
  return db.stmt(SERIES_SQL).all(iso(to), ...peopleParams(people)) as SeriesRow[];
}

const FRONTIER_SQL =
  'SELECT max(original_start) AS last FROM activity INDEXED BY activity_live_by_series WHERE series_id = ? AND deleted_at IS NULL';

/** The original start of a series' last occurrence written as a record, or null when it has none. */
export function seriesFrontier(db: SqlDb, seriesId: string): number | null {
  const row = db.stmt(FRONTIER_SQL).get(seriesId) as { last: string | null } | undefined;
  return row?.last ? Date.parse(row.last) : null;
}
