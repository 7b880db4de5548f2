import type { SqlDb } from '../../db';
import { ftsParams, recordTable, valuesFromRow } from '../records/record-table';

/**
 * Rewrites the search index of every live record of `entity` from the
 * current metadata: needed when a searchable custom field is hidden or
 * shown again, since the `custom` FTS column holds all of their text.
 */
export function reindexSearch(db: SqlDb, entity: string): void {
  const table = recordTable(entity);
  const rows = db
    .stmt(`SELECT t.rowid AS "_rowid", ${table.fieldSelectSql} FROM ${table.table} t WHERE t.deleted_at IS NULL`)
    .all() as Record<string, unknown>[];
  const remove = db.stmt(table.ftsDeleteSql);
  const insert = db.stmt(table.ftsInsertSql);
  db.transaction(() => {
    for (const row of rows) {
      remove.run(row['_rowid']);
      insert.run(row['_rowid'], ...ftsParams(table, valuesFromRow(table.fields, row)));
    }
  });
}
