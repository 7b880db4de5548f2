import type { Migration } from './types';

/**
 * Users and teams, and records shared with them.
 *
 * Users gain an active flag, change times and per-field HLC stamps (`_clk`,
 * `{}` for rows written before: older than any stamp), so a later sync can
 * carry them like any other row. Teams are tombstoned, never removed;
 * membership and shares are keyed by what they join (team and user; record
 * and principal) so the same membership or share made on two devices is one
 * row, and removing one sets `deleted_at`.
 *
 * `principal` names every id an owner field may hold: users and teams. Ids
 * are UUIDv7 on both sides, so one id never means both. `active` says
 * whether new records may be given to it (an active user, a live team).
 */
export const migration008: Migration = {
  version: 8,
  name: 'users-teams',
  up(db) {
    db.exec(`
      ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
      ALTER TABLE users ADD COLUMN modified_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE users ADD COLUMN modified_by TEXT;
      ALTER TABLE users ADD COLUMN _clk TEXT NOT NULL DEFAULT '{}';
      UPDATE users SET modified_at = created_at;

      CREATE TABLE team (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE,
        description TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL
      ) STRICT;

      CREATE TABLE team_member (
        team_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL,
        PRIMARY KEY (team_id, user_id)
      ) STRICT;
      CREATE INDEX team_member_live_by_user ON team_member (user_id, team_id) WHERE deleted_at IS NULL;

      CREATE TABLE record_share (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        principal_type TEXT NOT NULL CHECK (principal_type IN ('user', 'team')),
        principal_id TEXT NOT NULL,
        access TEXT NOT NULL CHECK (access IN ('read', 'write')),
        shared_at TEXT NOT NULL,
        shared_by TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        modified_by TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by TEXT,
        _clk TEXT NOT NULL,
        UNIQUE (entity, record_id, principal_id)
      ) STRICT;
      CREATE INDEX record_share_live_by_principal ON record_share (principal_id, entity, record_id)
        WHERE deleted_at IS NULL;

      CREATE VIEW principal (id, name, kind, active) AS
        SELECT id, name, 'user', active FROM users
        UNION ALL
        SELECT id, name, 'team', deleted_at IS NULL FROM team;
    `);
  },
};
