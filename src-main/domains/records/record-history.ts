import type { FieldValue, HistoryEntry } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { notFound } from './load-row';
import { recordTable } from './record-table';

function parseValue(json: string | null): FieldValue {
  if (json === null) return null;
  const value: unknown = JSON.parse(json);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
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
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: { id: r.user_id, name: r.user_name ?? r.user_id },
    action: r.action,
    field: r.field,
    old_value: parseValue(r.old_value),
    new_value: parseValue(r.new_value),
  }));
}
