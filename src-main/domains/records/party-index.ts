import type { FieldValue, RecordValues } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import type { RecordTable } from './record-table';

/**
 * The `record_party` side table: one row per party of every party-list
 * field of a live record, so "activities where this contact is an
 * attendee" is an index lookup by party. Each row also carries the
 * record's own `regarding` and creation time (`at`), so the timeline can
 * read the records someone is a party to, other than those about them, in
 * its order (migration 010). Only the write path calls these, inside its
 * transaction and after writing the record's row, so the rows always match
 * the records.
 */

const DELETE_FIELD_SQL = 'DELETE FROM record_party WHERE entity = ? AND record_id = ? AND field = ?';
const DELETE_RECORD_SQL = 'DELETE FROM record_party WHERE entity = ? AND record_id = ?';
const SET_REGARDING_SQL = 'UPDATE record_party SET regarding = ? WHERE entity = ? AND record_id = ?';
/** The field that says what a record is about (activities); records without one have none. */
const REGARDING = 'regarding';

/** Reads `regarding` and `created_at` from the record's row, written just before. */
function insertSql(table: RecordTable): string {
  const regarding = table.fieldByName.has(REGARDING) ? `t.${REGARDING}` : 'NULL';
  return (
    'INSERT INTO record_party (entity, record_id, field, position, party, regarding, at) ' +
    `SELECT ?, t.id, ?, ?, ?, ${regarding}, t.created_at FROM ${table.table} t WHERE t.id = ?`
  );
}

function insertParties(
  db: SqlDb,
  table: RecordTable,
  recordId: string,
  field: FieldDef,
  value: FieldValue | undefined,
) {
  if (!Array.isArray(value)) return;
  const insert = db.stmt(insertSql(table));
  value.forEach((party, position) => insert.run(table.entity.name, field.name, position, party, recordId));
}

/** Rows for every party field of a new or restored record. */
export function indexParties(db: SqlDb, table: RecordTable, recordId: string, values: RecordValues): void {
  for (const field of table.partyFields) insertParties(db, table, recordId, field, values[field.name]);
}

/** Replaces the rows of the party fields among `changed`, and follows a change of what the record is about. */
export function reindexParties(
  db: SqlDb,
  table: RecordTable,
  recordId: string,
  changed: readonly FieldDef[],
  values: RecordValues,
): void {
  if (table.partyFields.length === 0) return;
  for (const field of changed) {
    if (field.type !== 'parties') continue;
    db.stmt(DELETE_FIELD_SQL).run(table.entity.name, recordId, field.name);
    insertParties(db, table, recordId, field, values[field.name]);
  }
  if (changed.some((f) => f.name === REGARDING)) {
    db.stmt(SET_REGARDING_SQL).run(values[REGARDING] ?? null, table.entity.name, recordId);
  }
}

/** A tombstoned record drops out of the party index (as it drops out of search). */
export function unindexParties(db: SqlDb, table: RecordTable, recordId: string): void {
  if (table.partyFields.length > 0) db.stmt(DELETE_RECORD_SQL).run(table.entity.name, recordId);
}
