import type { Migration } from './types';

/**
 * Duplicate detection and merge.
 *
 * - `duplicate_key`: the match keys of every live record (normalised name,
 *   e-mail domain, phone digits…), one row per record, rule and key, so the
 *   records sharing a key are one range of the primary key. WITHOUT ROWID:
 *   the key columns are the whole row. The write path keeps it in step in
 *   the same transaction as the record; tombstoned records have no rows.
 *   It is filled by the app when it opens the file, not here: the keys come
 *   from rules that change between versions (a new legal form, a new
 *   free-mail domain), while this SQL is frozen. The app rebuilds the keys
 *   whenever the `duplicate_keys_version` in `meta` is not its own, which is
 *   always the case right after this migration.
 * - `audit` is rebuilt so its `action` may also be 'merge' (SQLite cannot
 *   alter a CHECK constraint in place): a merge is one history row on each
 *   of the two records, naming the other. Rows, ids and the index are kept.
 * - Merging contacts moves accounts' primary contacts, found by this index.
 */
export const migration005: Migration = {
  version: 5,
  name: 'duplicates',
  up(db) {
    db.exec(`
      CREATE TABLE duplicate_key (
        entity TEXT NOT NULL,
        rule TEXT NOT NULL,
        key TEXT NOT NULL,
        record_id TEXT NOT NULL,
        PRIMARY KEY (entity, rule, key, record_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audit_new (
        id INTEGER PRIMARY KEY,
        tx_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge')),
        field TEXT,
        old_value TEXT,
        new_value TEXT
      ) STRICT;
      INSERT INTO audit_new (id, tx_id, entity, record_id, at, user_id, action, field, old_value, new_value)
        SELECT id, tx_id, entity, record_id, at, user_id, action, field, old_value, new_value FROM audit;
      DROP TABLE audit;
      ALTER TABLE audit_new RENAME TO audit;
      CREATE INDEX audit_by_record ON audit (record_id, id);

      CREATE INDEX account_live_by_primary_contact ON account (primary_contact_id) WHERE deleted_at IS NULL;
    `);
  },
};
