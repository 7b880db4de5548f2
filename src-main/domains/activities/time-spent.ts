import type { TimeByType, TimeReport, TimeReportGroup, TimeReportRow, TimeSpent } from '../../../src-shared/api';
import { formatRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { notFound } from '../records/load-row';
import { recordTable } from '../records/record-table';
import { referenceNames } from '../records/reference-names';

/**
 * Time accounting (seed 001: how long calls, documents and meetings take,
 * and what each customer "costs"): the actual durations of completed
 * activities, added up per record, per customer (an account with its
 * contacts) and per user.
 */

const COMPLETED = "a.deleted_at IS NULL AND a.status = 'completed' AND a.actual_duration IS NOT NULL";

interface TypeSum {
  activity_type: string;
  minutes: number;
  n: number;
}

function summarize(rows: readonly TypeSum[], includesContacts: boolean): TimeSpent {
  const byType: TimeByType[] = rows
    .map((r) => ({ type: r.activity_type, minutes: r.minutes, count: r.n }))
    .sort((a, b) => b.minutes - a.minutes || a.type.localeCompare(b.type));
  return {
    totalMinutes: byType.reduce((sum, t) => sum + t.minutes, 0),
    count: byType.reduce((sum, t) => sum + t.count, 0),
    byType,
    includesContacts,
  };
}

/**
 * The sums of one record's (or an account's and its contacts') completed
 * activities by type; parameters: the `"<entity>:<id>"`, then the account id.
 * Each referenced record is one probe of the regarding index (CROSS JOIN
 * keeps that order; the unary + keeps the planner off the status index,
 * which would read every completed activity).
 */
export function timeSpentSql(withContacts: boolean): string {
  const refs = withContacts
    ? `SELECT ? AS ref UNION ALL SELECT 'contact:' || c.id FROM contact c WHERE c.account_id = ? AND c.deleted_at IS NULL`
    : 'SELECT ? AS ref';
  return (
    `SELECT a.activity_type, sum(a.actual_duration) AS minutes, count(*) AS n FROM (${refs}) r ` +
    `CROSS JOIN activity a ON a.regarding = r.ref WHERE a.deleted_at IS NULL AND +a.status = 'completed' ` +
    'AND a.actual_duration IS NOT NULL GROUP BY a.activity_type'
  );
}

/** Time spent on one record: the activities regarding it, and for an account those regarding its contacts too. */
export function timeSpentOn(db: SqlDb, entity: string, id: string): TimeSpent {
  const table = recordTable(entity);
  if (db.stmt(`SELECT 1 FROM ${table.table} WHERE id = ?`).get(id) === undefined) throw notFound(entity, id);
  const ref = formatRef(entity, id);
  const withContacts = entity === 'account';
  const sql = timeSpentSql(withContacts);
  const rows = db.stmt(sql).all(...(withContacts ? [ref, id] : [ref])) as TypeSum[];
  return summarize(rows, withContacts);
}

const GROUP_KEY: Readonly<Record<TimeReportGroup, string>> = {
  // A contact's time counts for their account when they have one.
  customer:
    "CASE WHEN a.regarding LIKE 'contact:%' AND c.account_id IS NOT NULL THEN 'account:' || c.account_id ELSE a.regarding END",
  user: 'a.owner_id',
  type: 'a.activity_type',
};

interface GroupRow {
  key: string | null;
  activity_type: string;
  minutes: number;
  n: number;
}

/**
 * Completed activities whose actual end lies in [from, to), grouped by
 * customer, user or type; only `ownerId`'s when given (the dashboard's
 * "my week", read through the owner's completed-activities index).
 */
export function timeReport(
  db: SqlDb,
  groupBy: TimeReportGroup,
  from?: string,
  to?: string,
  ownerId?: string,
): TimeReport {
  const where = [COMPLETED];
  const params: string[] = [];
  if (ownerId !== undefined) {
    where.push('a.owner_id = ?');
    params.push(ownerId);
  }
  if (from) {
    where.push('a.actual_end >= ?');
    params.push(new Date(from).toISOString());
  }
  if (to) {
    where.push('a.actual_end < ?');
    params.push(new Date(to).toISOString());
  }
  const join =
    groupBy === 'customer'
      ? " LEFT JOIN contact c ON a.regarding LIKE 'contact:%' AND c.id = substr(a.regarding, 9)"
      : '';
  const sql =
    `SELECT ${GROUP_KEY[groupBy]} AS key, a.activity_type, sum(a.actual_duration) AS minutes, count(*) AS n ` +
    `FROM activity a${join} WHERE ${where.join(' AND ')} GROUP BY key, a.activity_type`;
  const grouped = new Map<string | null, { minutes: number; count: number; byType: Record<string, number> }>();
  for (const row of db.stmt(sql).all(...params) as GroupRow[]) {
    const entry = grouped.get(row.key) ?? { minutes: 0, count: 0, byType: {} };
    entry.minutes += row.minutes;
    entry.count += row.n;
    entry.byType[row.activity_type] = (entry.byType[row.activity_type] ?? 0) + row.minutes;
    grouped.set(row.key, entry);
  }
  const names = namesOf(
    db,
    groupBy,
    [...grouped.keys()].filter((k): k is string => k !== null),
  );
  const rows: TimeReportRow[] = [...grouped].map(([key, entry]) => ({
    key,
    name: key === null ? '' : (names[key] ?? key),
    ...entry,
  }));
  rows.sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name));
  return {
    rows,
    totalMinutes: rows.reduce((sum, r) => sum + r.minutes, 0),
    count: rows.reduce((sum, r) => sum + r.count, 0),
  };
}

/** Display names of the group keys: records for customers, users for users; types are named by the UI. */
function namesOf(db: SqlDb, groupBy: TimeReportGroup, keys: readonly string[]): Record<string, string> {
  if (groupBy === 'customer') return referenceNames(db, keys);
  if (groupBy === 'type') return {};
  const users = referenceNames(
    db,
    keys.map((id) => formatRef('user', id)),
  );
  return Object.fromEntries(keys.map((id) => [id, users[formatRef('user', id)] ?? id]));
}
