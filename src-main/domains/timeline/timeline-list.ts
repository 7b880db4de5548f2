import type { LookupRef, TimelineActivity, TimelineEntry, TimelineKind, TimelinePage } from '../../../src-shared/api';
import { TIMELINE_KINDS } from '../../../src-shared/api';
import { formatRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { notFound } from '../records/load-row';
import { recordTable } from '../records/record-table';
import { attachmentsOf, NOTE_COLUMNS, toNoteData, type NoteRow } from './notes';
import { compareTimeline, decodeTimelineCursor, encodeTimelineCursor, type TimelineCursor } from './timeline-cursor';

/**
 * A record's timeline, newest first: the activities regarding it and those
 * it is a party to, the notes about it, and system events from the audit
 * history (created, owner changes, restore and merge, and the status changes
 * of its activities). Each source is read with its own keyset query — at
 * most one page plus one row, from an index in timeline order — and the
 * sources are merged here, so the first page costs the same for a record
 * with ten activities or ten thousand.
 */

export const DEFAULT_TIMELINE_LIMIT = 25;
const PREVIEW_CHARS = 240;
/** Far after any real moment: the "cursor" of the first page. */
const START: TimelineCursor = { at: '9999', key: '' };

export interface TimelineQuery {
  readonly entity: string;
  readonly id: string;
  readonly types?: readonly TimelineKind[] | undefined;
  readonly activityTypes?: readonly string[] | undefined;
  readonly after?: string | undefined;
  readonly limit?: number | undefined;
}

interface Source {
  (cursor: TimelineCursor, limit: number): TimelineEntry[];
}

/** `at <= ? AND (at < ? OR key < ?)`: strictly after the cursor, with a range the index can serve. */
function afterSql(atCol: string, keyExpr: string): string {
  return `${atCol} <= ? AND (${atCol} < ? OR ${keyExpr} < ?)`;
}
function afterParams(c: TimelineCursor): string[] {
  return [c.at, c.at, c.key];
}
/** The first page has no key bound: every key is "smaller" than the start. */
function cursorOf(c: TimelineCursor): TimelineCursor {
  return c === START ? { at: START.at, key: '\uffff' } : c;
}

function user(id: string | null, name: string | null): LookupRef | null {
  return id === null ? null : { id, name: name ?? id };
}

function preview(text: string | null): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

function parseJsonText(json: string | null): string | null {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return typeof value === 'string' ? value : null;
}

interface ActivityRow {
  readonly id: string;
  readonly activity_type: string;
  readonly subject: string | null;
  readonly display_name: string;
  readonly status: string | null;
  readonly status_reason: string | null;
  readonly direction: string | null;
  readonly due_date: string | null;
  readonly scheduled_start: string | null;
  readonly actual_end: string | null;
  readonly actual_duration: number | null;
  readonly description: string | null;
  readonly body: string | null;
  readonly created_at: string;
  readonly created_by: string;
  readonly user_name: string | null;
}

const ACTIVITY_COLUMNS =
  'a.id, a.activity_type, a.subject, a.display_name, a.status, a.status_reason, a.direction, a.due_date, ' +
  'a.scheduled_start, a.actual_end, a.actual_duration, substr(a.description, 1, 400) AS description, ' +
  'substr(a.body, 1, 400) AS body, a.created_at, a.created_by, u.name AS user_name';

function activityEntry(row: ActivityRow, asParty: boolean): TimelineEntry {
  const activity: TimelineActivity = {
    id: row.id,
    type: row.activity_type,
    subject: row.subject ?? row.display_name,
    status: row.status,
    statusReason: row.status_reason,
    direction: row.direction,
    when: row.actual_end ?? row.scheduled_start ?? row.due_date,
    actualDuration: row.actual_duration,
    preview: preview(row.description ?? row.body),
    asParty,
  };
  return {
    key: `a:${row.id}`,
    kind: 'activity',
    at: row.created_at,
    user: user(row.created_by, row.user_name),
    activity,
  };
}

function typeFilter(types: readonly string[] | undefined): { sql: string; params: string[] } {
  if (!types || types.length === 0) return { sql: '', params: [] };
  return { sql: ` AND a.activity_type IN (${types.map(() => '?').join(', ')})`, params: [...types] };
}

function activitiesRegarding(db: SqlDb, ref: string, types: readonly string[] | undefined): Source {
  const filter = typeFilter(types);
  const sql =
    `SELECT ${ACTIVITY_COLUMNS} FROM activity a INDEXED BY activity_live_by_regarding_created ` +
    'LEFT JOIN users u ON u.id = a.created_by ' +
    `WHERE a.regarding = ? AND a.deleted_at IS NULL AND ${afterSql('a.created_at', "'a:' || a.id")}${filter.sql} ` +
    'ORDER BY a.created_at DESC, a.id DESC LIMIT ?';
  return (cursor, limit) =>
    (db.stmt(sql).all(ref, ...afterParams(cursor), ...filter.params, limit) as ActivityRow[]).map((r) =>
      activityEntry(r, false),
    );
}

/**
 * Activities naming the record in a party list (attendee, recipient…) but
 * regarding something else: `record_party_as_party` holds only such rows,
 * in timeline order, so this reads one page of them. DISTINCT because one
 * activity may name the record in several lists.
 */
function activitiesAsParty(db: SqlDb, ref: string, types: readonly string[] | undefined): Source {
  const filter = typeFilter(types);
  const sql =
    `SELECT DISTINCT p.at AS p_at, p.record_id AS p_id, ${ACTIVITY_COLUMNS} ` +
    'FROM record_party p INDEXED BY record_party_as_party CROSS JOIN activity a ON a.id = p.record_id ' +
    'LEFT JOIN users u ON u.id = a.created_by ' +
    "WHERE p.party = ? AND p.entity = 'activity' AND p.regarding IS NOT p.party AND a.deleted_at IS NULL " +
    `AND ${afterSql('p.at', "'a:' || p.record_id")}${filter.sql} ORDER BY p.at DESC, p.record_id DESC LIMIT ?`;
  return (cursor, limit) =>
    (db.stmt(sql).all(ref, ...afterParams(cursor), ...filter.params, limit) as ActivityRow[]).map((r) =>
      activityEntry(r, true),
    );
}

function notesAbout(db: SqlDb, ref: string): Source {
  const sql =
    `SELECT ${NOTE_COLUMNS} FROM note n INDEXED BY note_live_by_regarding LEFT JOIN users u ON u.id = n.created_by ` +
    `WHERE n.regarding = ? AND n.deleted_at IS NULL AND ${afterSql('n.created_at', "'n:' || n.id")} ` +
    'ORDER BY n.created_at DESC, n.id DESC LIMIT ?';
  return (cursor, limit) => {
    const rows = db.stmt(sql).all(ref, ...afterParams(cursor), limit) as NoteRow[];
    const files = attachmentsOf(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      key: `n:${r.id}`,
      kind: 'note' as const,
      at: r.created_at,
      user: user(r.created_by, r.created_by_name),
      note: toNoteData(r, files.get(r.id) ?? []),
    }));
  };
}

interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly user_id: string;
  readonly user_name: string | null;
  readonly action: string;
  readonly field: string | null;
  readonly record_id: string;
  readonly record_name: string | null;
  readonly old_value: string | null;
  readonly new_value: string | null;
}

/** Audit ids as fixed-width keys, so text order is id order. */
const AUDIT_KEY = "'s:' || printf('%012d', u.id)";

function auditKey(id: number): string {
  return `s:${String(id).padStart(12, '0')}`;
}

/** The record's own events: created, owner changes, restored, merged. */
function ownEvents(db: SqlDb, entity: string, id: string): Source {
  const table = recordTable(entity);
  const created = db
    .stmt(
      `SELECT t.display_name, t.created_at, t.created_by, u.name AS user_name FROM ${table.table} t ` +
        'LEFT JOIN users u ON u.id = t.created_by WHERE t.id = ?',
    )
    .get(id) as { display_name: string; created_at: string; created_by: string; user_name: string | null };
  const sql =
    'SELECT u.id, u.at, u.user_id, us.name AS user_name, u.action, u.field, u.record_id, NULL AS record_name, ' +
    'u.old_value, u.new_value FROM audit u LEFT JOIN users us ON us.id = u.user_id ' +
    "WHERE u.record_id = ? AND u.entity = ? AND ((u.action = 'update' AND u.field = 'owner_id') " +
    "OR u.action IN ('restore', 'merge')) " +
    `AND ${afterSql('u.at', AUDIT_KEY)} ORDER BY u.at DESC, u.id DESC LIMIT ?`;
  const createdEntry: TimelineEntry = {
    key: 's:created',
    kind: 'system',
    at: created.created_at,
    user: user(created.created_by, created.user_name),
    system: {
      event: 'created',
      entity,
      recordId: id,
      recordName: created.display_name,
      oldValue: null,
      newValue: null,
    },
  };
  return (cursor, limit) => {
    const rows = db.stmt(sql).all(id, entity, ...afterParams(cursor), limit) as AuditRow[];
    const entries = rows.map((r) => auditEntry(db, r, entity, created.display_name));
    if (compareTimeline(createdEntry, cursor) > 0) entries.push(createdEntry);
    return entries;
  };
}

interface WalkedActivity {
  readonly id: string;
  readonly display_name: string;
  readonly modified_at: string;
}

/**
 * Status changes (completed, canceled, reopened) of the activities
 * regarding the record. A status change stamps its activity's
 * `modified_at`, so no activity holds a change later than that: walking
 * the activities most recently modified first, reading each one's changes
 * from its own index, can stop at the first activity modified before the
 * page's oldest change. A busy record's first page reads a few activities,
 * not all of them.
 */
function activityStatusEvents(db: SqlDb, ref: string): Source {
  const walk =
    'SELECT a.id, a.display_name, a.modified_at FROM activity a INDEXED BY activity_live_by_regarding_modified ' +
    'WHERE a.regarding = ? AND a.deleted_at IS NULL ORDER BY a.modified_at DESC, a.id DESC';
  const changes =
    'SELECT u.id, u.at, u.user_id, us.name AS user_name, u.action, u.field, u.record_id, NULL AS record_name, ' +
    'u.old_value, u.new_value FROM audit u INDEXED BY audit_activity_status LEFT JOIN users us ON us.id = u.user_id ' +
    "WHERE u.record_id = ? AND u.entity = 'activity' AND u.field = 'status' AND u.action = 'update' " +
    `AND ${afterSql('u.at', AUDIT_KEY)} ORDER BY u.at DESC, u.id DESC LIMIT ?`;
  return (cursor, limit) => {
    let page: TimelineEntry[] = [];
    for (const activity of db.stmt(walk).iterate(ref) as IterableIterator<WalkedActivity>) {
      const oldest = page.length >= limit ? page[limit - 1] : undefined;
      if (oldest && activity.modified_at < oldest.at) break;
      const rows = db.stmt(changes).all(activity.id, ...afterParams(cursor), limit) as AuditRow[];
      if (rows.length === 0) continue;
      page = [...page, ...rows.map((r) => auditEntry(db, r, 'activity', activity.display_name))]
        .sort(compareTimeline)
        .slice(0, limit);
    }
    return page;
  };
}

function auditEntry(db: SqlDb, row: AuditRow, entity: string, recordName: string): TimelineEntry {
  const event =
    row.action === 'restore'
      ? 'restored'
      : row.action === 'merge'
        ? 'merged'
        : row.field === 'owner_id'
          ? 'owner'
          : 'status';
  let oldValue = row.action === 'update' ? parseJsonText(row.old_value) : null;
  let newValue = row.action === 'update' ? parseJsonText(row.new_value) : null;
  if (event === 'owner') {
    oldValue = userName(db, oldValue);
    newValue = userName(db, newValue);
  }
  return {
    key: auditKey(row.id),
    kind: 'system',
    at: row.at,
    user: user(row.user_id, row.user_name),
    system: { event, entity, recordId: row.record_id, recordName, oldValue, newValue },
  };
}

function userName(db: SqlDb, id: string | null): string | null {
  if (id === null) return null;
  const row = db.stmt('SELECT name FROM users WHERE id = ?').get(id) as { name: string } | undefined;
  return row?.name ?? id;
}

export function listTimeline(db: SqlDb, query: TimelineQuery): TimelinePage {
  const table = recordTable(query.entity);
  if (db.stmt(`SELECT 1 FROM ${table.table} WHERE id = ?`).get(query.id) === undefined)
    throw notFound(query.entity, query.id);
  const limit = query.limit ?? DEFAULT_TIMELINE_LIMIT;
  const kinds = new Set(query.types ?? TIMELINE_KINDS);
  const ref = formatRef(query.entity, query.id);
  const sources: Source[] = [];
  if (kinds.has('activity')) {
    sources.push(activitiesRegarding(db, ref, query.activityTypes));
    sources.push(activitiesAsParty(db, ref, query.activityTypes));
  }
  if (kinds.has('note')) sources.push(notesAbout(db, ref));
  if (kinds.has('system')) {
    sources.push(ownEvents(db, query.entity, query.id));
    sources.push(activityStatusEvents(db, ref));
  }
  const cursor = query.after === undefined ? START : decodeTimelineCursor(query.after);
  const bound = cursorOf(cursor);
  const merged = sources.flatMap((read) => read(bound, limit + 1)).sort(compareTimeline);
  const entries = merged.slice(0, limit);
  const last = entries.at(-1);
  return {
    entries,
    next: merged.length > limit && last ? encodeTimelineCursor({ at: last.at, key: last.key }) : null,
  };
}
