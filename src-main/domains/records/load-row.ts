import { AppError, type RecordValues } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { parseStamps, type ClockStamps } from './clock-stamps';
import { valuesFromRow, type RecordTable } from './record-table';

/** A stored record as the write path and `records.get` see it. */
export interface StoredRecord {
  readonly rowid: number;
  readonly id: string;
  readonly displayName: string;
  readonly values: RecordValues;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly modifiedAt: string;
  readonly modifiedBy: string;
  readonly deletedAt: string | null;
  readonly deletedBy: string | null;
  readonly stamps: ClockStamps;
}

interface RawRow extends Record<string, unknown> {
  _rowid: number;
  id: string;
  display_name: string;
  created_at: string;
  created_by: string;
  modified_at: string;
  modified_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  _clk: string;
}

export function findRecord(db: SqlDb, table: RecordTable, id: string): StoredRecord | null {
  const row = db.stmt(table.selectByIdSql).get(id) as RawRow | undefined;
  if (!row) return null;
  return {
    rowid: row._rowid,
    id: row.id,
    displayName: row.display_name,
    values: valuesFromRow(table.fields, row),
    createdAt: row.created_at,
    createdBy: row.created_by,
    modifiedAt: row.modified_at,
    modifiedBy: row.modified_by,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    stamps: parseStamps(row._clk),
  };
}

export function notFound(entity: string, id: string): AppError {
  return new AppError('NOT_FOUND', 'error.not_found', `There is no ${entity} with id ${id}.`, {
    params: { entity, id },
  });
}

export function loadRecord(db: SqlDb, table: RecordTable, id: string): StoredRecord {
  const record = findRecord(db, table, id);
  if (!record) throw notFound(table.entity.name, id);
  return record;
}
