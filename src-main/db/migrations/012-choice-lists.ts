import type { Migration } from './types';

/**
 * Choice lists an administrator edits (lead sources, sales stages): the
 * values of a built-in choice set, in order, with the labels given to them
 * and whether each is still offered. A set has rows only once it has been
 * edited; from then on its rows describe it completely, built-in values
 * included. Values are never deleted, only hidden, so a record holding one
 * still shows its label.
 */
export const migration012: Migration = {
  version: 12,
  name: 'choice-lists',
  up(db) {
    db.exec(`
      CREATE TABLE choice_option (
        id TEXT PRIMARY KEY,
        choice_set TEXT NOT NULL,
        value TEXT NOT NULL,
        labels TEXT NOT NULL,
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        _clk TEXT NOT NULL,
        UNIQUE (choice_set, value)
      ) STRICT;
    `);
  },
};
