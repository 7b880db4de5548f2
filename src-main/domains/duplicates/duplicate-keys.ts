import type { RecordValues } from '../../../src-shared/api';
import {
  DUPLICATE_KEYS_VERSION,
  deduplicatedEntities,
  duplicateRulesOf,
  duplicateKeysOf,
  hasDuplicateRules,
  touchesDuplicateRules,
  type DuplicateKey,
} from '../../../src-shared/rules/duplicates';
import { getMeta, META, setMeta, type SqlDb } from '../../db';
import { columnExpr, recordTable, valuesFromRow } from '../records/record-table';
import type { WrittenRecord } from '../records/write-context';

/**
 * The `duplicate_key` side table: the match keys of every live record of a
 * type with duplicate rules. Only the write path calls the functions that
 * change it, inside its transaction, so the keys always match the records.
 * A record's rows are found again by recomputing its keys from its values
 * (the table has no index by record): this is exact because the keys are a
 * pure function of the values and rules, and the rules' version is checked
 * on every open (`ensureDuplicateKeys`).
 */

/** Also used by the benchmark's raw baseline, which writes the same rows. */
export const DUPLICATE_KEY_INSERT_SQL =
  'INSERT OR IGNORE INTO duplicate_key (entity, rule, key, record_id) VALUES (?, ?, ?, ?)';
const DELETE_SQL = 'DELETE FROM duplicate_key WHERE entity = ? AND rule = ? AND key = ? AND record_id = ?';

function insertKeys(db: SqlDb, entity: string, id: string, keys: readonly DuplicateKey[]): void {
  const insert = db.stmt(DUPLICATE_KEY_INSERT_SQL);
  for (const k of keys) insert.run(entity, k.rule, k.key, id);
}

function deleteKeys(db: SqlDb, entity: string, id: string, keys: readonly DuplicateKey[]): void {
  const remove = db.stmt(DELETE_SQL);
  for (const k of keys) remove.run(entity, k.rule, k.key, id);
}

/** Rows for a new record (also the bulk path's hook). */
export function indexDuplicateKeys(db: SqlDb, entity: string, id: string, values: RecordValues): void {
  if (hasDuplicateRules(entity)) insertKeys(db, entity, id, duplicateKeysOf(entity, values));
}

const sameKey = (a: DuplicateKey) => (b: DuplicateKey) => a.rule === b.rule && a.key === b.key;

/** Brings the keys in step with a write: the write path's hook, run in its transaction. */
export function syncDuplicateKeys(db: SqlDb, written: WrittenRecord): void {
  const { entity, id } = written;
  if (!hasDuplicateRules(entity)) return;
  switch (written.op) {
    case 'create':
    case 'restore':
      insertKeys(db, entity, id, duplicateKeysOf(entity, written.after));
      return;
    case 'delete':
      // A tombstoned record is nobody's duplicate.
      deleteKeys(db, entity, id, duplicateKeysOf(entity, written.after));
      return;
    case 'update': {
      if (!touchesDuplicateRules(entity, written.changed)) return;
      const before = duplicateKeysOf(entity, written.before ?? {});
      const after = duplicateKeysOf(entity, written.after);
      deleteKeys(
        db,
        entity,
        id,
        before.filter((k) => !after.some(sameKey(k))),
      );
      insertKeys(
        db,
        entity,
        id,
        after.filter((k) => !before.some(sameKey(k))),
      );
      return;
    }
  }
}

/** Rows read per step of a rebuild: bounded memory over a million records. */
const REBUILD_PAGE = 5000;

/**
 * Appends the keys of every live record of `entity` to the scratch table,
 * reading the records page by page (a statement cannot stay open while
 * another writes on the same connection).
 */
function collectKeys(db: SqlDb, entity: string): void {
  const table = recordTable(entity);
  // Only what the rules read: far less to decode than whole records.
  const read = new Set(duplicateRulesOf(entity).flatMap((r) => r.fields));
  const fields = table.fields.filter((f) => read.has(f.name));
  const select = db.stmt(
    `SELECT t.rowid AS "_rowid", t.id, ${fields.map((f) => `${columnExpr(f)} AS "${f.name}"`).join(', ')} ` +
      `FROM ${table.table} t WHERE t.rowid > ? AND t.deleted_at IS NULL ORDER BY t.rowid LIMIT ${REBUILD_PAGE}`,
  );
  const insert = db.stmt('INSERT INTO temp.duplicate_key_build (entity, rule, key, record_id) VALUES (?, ?, ?, ?)');
  let after = 0;
  for (;;) {
    const rows = select.all(after) as ({ _rowid: number; id: string } & Record<string, unknown>)[];
    for (const row of rows) {
      for (const k of duplicateKeysOf(entity, valuesFromRow(fields, row))) insert.run(entity, k.rule, k.key, row.id);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < REBUILD_PAGE) return;
    after = last._rowid;
  }
}

/**
 * Recomputes every key from the records, in one transaction. The keys are
 * first appended to a scratch table and then copied over in key order:
 * filling the table's B-tree in order is several times faster than in the
 * random order the records come in.
 */
export function rebuildDuplicateKeys(db: SqlDb): void {
  db.raw.exec('CREATE TEMP TABLE IF NOT EXISTS duplicate_key_build (entity TEXT, rule TEXT, key TEXT, record_id TEXT)');
  try {
    db.transaction(() => {
      db.raw.exec('DELETE FROM temp.duplicate_key_build; DELETE FROM duplicate_key;');
      for (const entity of deduplicatedEntities()) collectKeys(db, entity);
      db.raw.exec(
        'INSERT OR IGNORE INTO duplicate_key (entity, rule, key, record_id) ' +
          'SELECT entity, rule, key, record_id FROM temp.duplicate_key_build ORDER BY entity, rule, key, record_id',
      );
      setMeta(db, META.duplicateKeysVersion, String(DUPLICATE_KEYS_VERSION));
    });
  } finally {
    db.raw.exec('DROP TABLE IF EXISTS temp.duplicate_key_build');
  }
}

/**
 * Rebuilds the keys when they were built by other rules than this app's
 * (first open after the migration that added them, or after a rules change).
 * Returns whether it did.
 */
export function ensureDuplicateKeys(db: SqlDb): boolean {
  if (getMeta(db, META.duplicateKeysVersion) === String(DUPLICATE_KEYS_VERSION)) return false;
  rebuildDuplicateKeys(db);
  return true;
}
