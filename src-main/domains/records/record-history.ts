import type { FieldValue, HistoryEntry } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { notFound } from './load-row';
import { recordTable, type RecordTable } from './record-table';

function parseValue(json: string | null): FieldValue {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/**
 * A merge row names the other record (`{ role, other, name }`, see
 * merge-records.ts); its current name is shown, or the one it had then.
 */
function mergeOf(db: SqlDb, table: RecordTable, json: string | null): NonNullable<HistoryEntry['merge']> {
  const data = (json ? JSON.parse(json) : {}) as { role?: unknown; other?: unknown; name?: unknown };
  const id = typeof data.other === 'string' ? data.other : '';
  const current = db.stmt(`SELECT display_name FROM ${table.table} WHERE id = ?`).get(id) as
    { display_name: string } | undefined;
  const name = current?.display_name ?? (typeof data.name === 'string' ? data.name : id);
  return { role: data.role === 'master' ? 'master' : 'subordinate', other: { id, name } };
}

/** The audit history of one record, newest first, with the names of who did what. */
export function recordHistory(db: SqlDb, entity: string, id: string): HistoryEntry[] {
  const table = recordTable(entity);
  if (db.stmt(`SELECT 1 FROM ${table.table} WHERE id = ?`).get(id) === undefined) throw notFound(entity, id);
  const rows = db.all(
    db.kysely
      .selectFrom('audit as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.at', 'a.user_id', 'u.name as user_name', 'a.action', 'a.field', 'a.old_value', 'a.new_value'])
      .where('a.record_id', '=', id)
      .where('a.entity', '=', entity)
      .orderBy('a.id', 'desc'),
  );
  return rows.map((r): HistoryEntry => {
    const entry = {
      id: r.id,
      at: r.at,
      user: { id: r.user_id, name: r.user_name ?? r.user_id },
      action: r.action,
      field: r.field,
    };
    if (r.action === 'merge')
      return { ...entry, old_value: null, new_value: null, merge: mergeOf(db, table, r.new_value) };
    return { ...entry, old_value: parseValue(r.old_value), new_value: parseValue(r.new_value) };
  });
}
