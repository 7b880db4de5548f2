import type { FieldValue, RecordValues } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import type { RecordTable } from './record-table';

/**
 * The `record_party` side table: one row per party of every party-list
 * field of a live record, so "activities where this contact is an
 * attendee" is an index lookup by party. Only the write path calls these,
 * inside its transaction, so the rows always match the records' JSON.
 */

const DELETE_FIELD_SQL = 'DELETE FROM record_party WHERE entity = ? AND record_id = ? AND field = ?';
const DELETE_RECORD_SQL = 'DELETE FROM record_party WHERE entity = ? AND record_id = ?';
const INSERT_SQL = 'INSERT INTO record_party (entity, record_id, field, position, party) VALUES (?, ?, ?, ?, ?)';

function insertParties(db: SqlDb, entity: string, recordId: string, field: FieldDef, value: FieldValue | undefined) {
  if (!Array.isArray(value)) return;
  const insert = db.stmt(INSERT_SQL);
  value.forEach((party, position) => insert.run(entity, recordId, field.name, position, party));
}

/** Rows for every party field of a new or restored record. */
export function indexParties(db: SqlDb, table: RecordTable, recordId: string, values: RecordValues): void {
  for (const field of table.partyFields) insertParties(db, table.entity.name, recordId, field, values[field.name]);
}

/** Replaces the rows of the party fields among `changed`. */
export function reindexParties(
  db: SqlDb,
  table: RecordTable,
  recordId: string,
  changed: readonly FieldDef[],
  values: RecordValues,
): void {
  for (const field of changed) {
    if (field.type !== 'parties') continue;
    db.stmt(DELETE_FIELD_SQL).run(table.entity.name, recordId, field.name);
    insertParties(db, table.entity.name, recordId, field, values[field.name]);
  }
}

/** A tombstoned record drops out of the party index (as it drops out of search). */
export function unindexParties(db: SqlDb, table: RecordTable, recordId: string): void {
  if (table.partyFields.length > 0) db.stmt(DELETE_RECORD_SQL).run(table.entity.name, recordId);
}
