import type Database from 'better-sqlite3';
import type { RecordValues } from '../../src-shared/api';
import { AUDIT_INSERT_SQL, OUTBOX_INSERT_SQL } from '../../src-main/domains/records/change-log';
import { DUPLICATE_KEY_INSERT_SQL } from '../../src-main/domains/duplicates/duplicate-keys';
import { toDb } from '../../src-main/domains/records/field-codec';
import { ftsParams, recordTable } from '../../src-main/domains/records/record-table';
import { duplicateKeysOf, hasDuplicateRules } from '../../src-shared/rules/duplicates';

/**
 * The bulk-insert baseline: the same statements as the real bulk path
 * (row, FTS, duplicate-match keys, outbox, audit), prepared once on a plain better-sqlite3
 * connection and bound with the same values, with none of the backend
 * around them (no validation, no clock object, no write context).
 */

export interface RawRow {
  readonly id: string;
  readonly values: RecordValues;
}

export function createRawInserter(db: Database.Database, entity: string, userId: string, device: string) {
  const table = recordTable(entity);
  const insertRow = db.prepare(table.insertSql);
  const insertFts = db.prepare(table.ftsInsertSql);
  const insertOutbox = db.prepare(OUTBOX_INSERT_SQL);
  const insertAudit = db.prepare(AUDIT_INSERT_SQL);
  const insertKey = db.prepare(DUPLICATE_KEY_INSERT_SQL);
  const keyed = hasDuplicateRules(entity);
  let counter = 0;

  return db.transaction((rows: readonly RawRow[], txId: string) => {
    const at = new Date().toISOString();
    const wall = String(Date.now()).padStart(15, '0');
    for (const row of rows) {
      const values: RecordValues = { ...row.values, owner_id: row.values['owner_id'] ?? userId };
      const name = table.entity.displayName
        .map((f) => values[f])
        .filter((v) => typeof v === 'string' && v.length > 0)
        .join(' ');
      const hlc = `${wall}:${String(counter++ % 100_000).padStart(5, '0')}:${device}`;
      const { lastInsertRowid } = insertRow.run(
        row.id,
        name,
        ...table.fields.map((f) => toDb(f, values[f.name] ?? null)),
        at,
        userId,
        at,
        userId,
        `{"*":"${hlc}"}`,
      );
      insertFts.run(lastInsertRowid, ...ftsParams(table, values));
      if (keyed) for (const k of duplicateKeysOf(entity, values)) insertKey.run(entity, k.rule, k.key, row.id);
      insertOutbox.run(txId, entity, row.id, 'create', null, JSON.stringify(values), hlc, null, at);
      insertAudit.run(txId, entity, row.id, at, userId, 'create', null, null, null);
    }
  });
}
