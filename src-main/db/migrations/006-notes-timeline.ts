import type { Migration } from './types';

/**
 * Notes, attachments and the indexes the timeline reads.
 *
 * - `note` and `attachment` are synced records (the usual system columns and
 *   a contentless FTS index). An attachment row describes a file and names
 *   its content by SHA-256.
 * - `blob` holds each distinct content once. It lives in the data file, so
 *   backups and restores carry it; it is not a synced record (sync will ship
 *   blobs by hash, the attachment rows say which ones are needed).
 * - The timeline pages a record's activities and notes newest first by
 *   `(created_at, id)`: `activity_live_by_regarding_created` and
 *   `note_live_by_regarding` serve that without sorting.
 * - `audit_activity_status` holds only activities' status changes, so the
 *   timeline finds those of a record's activities by activity id.
 * - `audit_owner_changes` finds a record's owner changes.
 */
export const migration006: Migration = {
  version: 6,
  name: 'notes-timeline',
  up(db) {
    db.exec(`
      CREATE TABLE note (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        title TEXT COLLATE NOCASE,
        text TEXT,
        regarding TEXT,
        owner_id TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX note_live_by_display_name ON note (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX note_live_by_regarding ON note (regarding, created_at, id) WHERE deleted_at IS NULL;
      CREATE INDEX note_deleted ON note (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE note_fts USING fts5 (
        title,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        note_id TEXT,
        file_name TEXT COLLATE NOCASE,
        mime_type TEXT,
        size INTEGER,
        sha256 TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX attachment_live_by_display_name ON attachment (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX attachment_live_by_note ON attachment (note_id, display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX attachment_by_sha256 ON attachment (sha256);
      CREATE INDEX attachment_deleted ON attachment (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE attachment_fts USING fts5 (
        file_name,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TABLE blob (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX activity_live_by_regarding_created ON activity (regarding, created_at, id)
        WHERE deleted_at IS NULL;
      CREATE INDEX audit_activity_status ON audit (record_id, at, id)
        WHERE entity = 'activity' AND field = 'status' AND action = 'update';
      CREATE INDEX audit_owner_changes ON audit (record_id, at, id)
        WHERE field = 'owner_id' AND action = 'update';
    `);
  },
};
