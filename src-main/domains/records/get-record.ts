import type { LookupRef, RecordData } from '../../../src-shared/api';
import { onSchemaChange } from '../../../src-shared/customization';
import type { SqlDb } from '../../db';
import { notFound } from './load-row';
import { lookupJoinSql } from './list-query';
import { recordTable, valuesFromRow, type RecordTable } from './record-table';
import { withReferenceNames } from './row-references';

const getSqlCache = new Map<string, string>();
onSchemaChange(() => getSqlCache.clear());

/** One record with every field, its lookups' names and who created and last changed it, in one query. */
export function getRecordSql(table: RecordTable): string {
  let sql = getSqlCache.get(table.entity.name);
  if (!sql) {
    const lookups = lookupJoinSql(table.lookups);
    const names = lookups.columns.map((c, i) => `${c} AS "_l${i}"`).join(', ');
    sql =
      `SELECT t.id, t.display_name, ${table.fieldSelectSql}, t.created_at, t.created_by, t.modified_at, t.modified_by, ` +
      `t.deleted_at, cu.name AS "_created_by_name", mu.name AS "_modified_by_name"${names ? `, ${names}` : ''} ` +
      `FROM ${table.table} t ${lookups.joins} LEFT JOIN users cu ON cu.id = t.created_by LEFT JOIN users mu ON mu.id = t.modified_by ` +
      'WHERE t.id = ?';
    getSqlCache.set(table.entity.name, sql);
  }
  return sql;
}

function userRef(id: unknown, name: unknown): LookupRef {
  return { id: String(id), name: typeof name === 'string' ? name : String(id) };
}

export function getRecord(db: SqlDb, entity: string, id: string): RecordData {
  const table = recordTable(entity);
  const row = db.stmt(getRecordSql(table)).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound(entity, id);
  const values = valuesFromRow(table.fields, row);
  const lookups: Record<string, LookupRef> = {};
  table.lookups.forEach((l, i) => {
    const name = row[`_l${i}`];
    const target = values[l.field.name];
    if (typeof name === 'string' && typeof target === 'string') lookups[l.field.name] = { id: target, name };
  });
  const data: RecordData = {
    entity,
    id: String(row['id']),
    display_name: String(row['display_name']),
    values,
    lookups,
    system: {
      created_at: String(row['created_at']),
      created_by: userRef(row['created_by'], row['_created_by_name']),
      modified_at: String(row['modified_at']),
      modified_by: userRef(row['modified_by'], row['_modified_by_name']),
      deleted_at: (row['deleted_at'] as string | null) ?? null,
    },
  };
  return withReferenceNames(db, table.refFields, [data])[0] ?? data;
}
