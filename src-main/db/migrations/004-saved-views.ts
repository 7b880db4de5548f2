import type { Migration } from './types';

/**
 * Saved views: synced records like accounts and contacts (the same system
 * columns, a contentless FTS index, live-row indexes), holding a view's
 * columns, sort and criteria as JSON text. `saved_view_live_by_entity`
 * serves "the views of this record type I may see" (system ones and mine).
 */
export const migration004: Migration = {
  version: 4,
  name: 'saved-views',
  up(db) {
    db.exec(`
      CREATE TABLE saved_view (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL COLLATE NOCASE,
        entity TEXT,
        name TEXT COLLATE NOCASE,
        scope TEXT,
        columns TEXT,
        sort TEXT,
        criteria TEXT,
        owner_id TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE INDEX saved_view_live_by_entity ON saved_view (entity, scope, owner_id, display_name, id)
        WHERE deleted_at IS NULL;
      CREATE INDEX saved_view_live_by_display_name ON saved_view (display_name, id) WHERE deleted_at IS NULL;
      CREATE INDEX saved_view_live_by_name ON saved_view (name, id) WHERE deleted_at IS NULL;
      CREATE INDEX saved_view_deleted ON saved_view (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE VIRTUAL TABLE saved_view_fts USING fts5 (
        name,
        content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
      );
    `);
  },
};
