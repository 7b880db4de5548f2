import type { Migration } from './types';

/**
 * Local bookkeeping: key/value meta (device id, clock, onboarding), user
 * settings, users, the sync outbox and the audit history.
 *
 * The outbox key uses AUTOINCREMENT so a sequence number is never reused
 * after acknowledged entries are pruned: sync cursors rely on it.
 */
export const migration001: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('administrator', 'user')),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tx_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
        field TEXT,
        value TEXT,
        hlc TEXT NOT NULL,
        base_hlc TEXT,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        tx_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        at TEXT NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
        field TEXT,
        old_value TEXT,
        new_value TEXT
      ) STRICT;

      CREATE INDEX audit_by_record ON audit (record_id, id);
    `);
  },
};
