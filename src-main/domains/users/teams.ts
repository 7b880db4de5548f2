import {
  AppError,
  validationError,
  type LookupRef,
  type TeamCreateInput,
  type TeamSummary,
  type TeamUpdateInput,
} from '../../../src-shared/api';
import { ENTITIES } from '../../../src-shared/entities';
import { checkTeam, userIssue } from '../../../src-shared/rules/users';
import type { SqlDb } from '../../db';
import type { Store } from '../../backend/store';
import { createdStamps, parseStamps, TOMBSTONE_FIELD, withStamps } from '../records/clock-stamps';
import { recordTable } from '../records/record-table';
import { requireAdministrator } from './principals';
import { findUser, userNotFound } from './users';

/**
 * Teams and their members. A team may own records and be shared with, like
 * a user. Deleting one leaves a tombstone (never while it still owns live
 * records, which would then have an owner nobody can pick); its shares end
 * with it. Memberships are keyed by team and user; removing one sets its
 * `deleted_at`, adding it again lifts that.
 */

interface TeamRow {
  id: string;
  name: string;
  description: string | null;
  deleted_at: string | null;
  _clk: string;
}

interface MemberRow {
  team_id: string;
  id: string;
  name: string;
}

function teamNotFound(): AppError {
  return new AppError('NOT_FOUND', 'users.error.team_not_found', 'There is no such team.');
}

function liveTeam(db: SqlDb, id: string): TeamRow {
  const row = db.stmt('SELECT id, name, description, deleted_at, _clk FROM team WHERE id = ?').get(id) as
    TeamRow | undefined;
  if (!row || row.deleted_at !== null) throw teamNotFound();
  return row;
}

function members(db: SqlDb, teamIds: readonly string[]): Map<string, LookupRef[]> {
  const rows = db
    .stmt(
      'SELECT m.team_id, u.id, u.name FROM team_member m JOIN users u ON u.id = m.user_id ' +
        'WHERE m.deleted_at IS NULL AND m.team_id IN (SELECT value FROM json_each(?)) ' +
        'ORDER BY u.name COLLATE NOCASE, u.id',
    )
    .all(JSON.stringify(teamIds)) as MemberRow[];
  const byTeam = new Map<string, LookupRef[]>();
  for (const row of rows) {
    const list = byTeam.get(row.team_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byTeam.set(row.team_id, list);
  }
  return byTeam;
}

export function listTeams(db: SqlDb): TeamSummary[] {
  const rows = db
    .stmt('SELECT id, name, description FROM team WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id')
    .all() as TeamRow[];
  const byTeam = members(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, description: r.description, members: byTeam.get(r.id) ?? [] }));
}

function teamSummary(db: SqlDb, id: string): TeamSummary {
  const row = liveTeam(db, id);
  return { id: row.id, name: row.name, description: row.description, members: members(db, [id]).get(id) ?? [] };
}

function nameTaken(db: SqlDb, name: string, exceptId: string | null): boolean {
  // `name` is COLLATE NOCASE: "Sales" and "sales" are the same team.
  return (
    db.stmt('SELECT 1 FROM team WHERE deleted_at IS NULL AND name = ? AND id IS NOT ?').get(name, exceptId) !==
    undefined
  );
}

function nameIssue(): ReturnType<typeof userIssue> {
  return userIssue('name', 'users.error.team_name_taken');
}

export function createTeam(store: Store, input: TeamCreateInput): TeamSummary {
  requireAdministrator(store);
  const { db, writer } = store;
  const checked = checkTeam({ name: input.name, description: input.description });
  return db.transaction(() => {
    const issues = [...checked.issues];
    if (checked.name && issues.every((i) => i.path[0] !== 'name') && nameTaken(db, checked.name, null)) {
      issues.push(nameIssue());
    }
    if (issues.length > 0) throw validationError(issues);
    const id = writer.newId();
    const at = new Date(writer.now()).toISOString();
    const user = writer.userId();
    db.stmt(
      'INSERT INTO team (id, name, description, created_at, created_by, modified_at, modified_by, _clk) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(id, checked.name, checked.description ?? null, at, user, at, user, createdStamps(writer.clock.stamp()));
    writer.clock.persist();
    return teamSummary(db, id);
  });
}

export function updateTeam(store: Store, input: TeamUpdateInput): TeamSummary {
  requireAdministrator(store);
  const { db, writer } = store;
  return db.transaction(() => {
    const stored = liveTeam(db, input.id);
    const checked = checkTeam({ name: input.name, description: input.description });
    const issues = [...checked.issues];
    if (
      checked.name !== undefined &&
      checked.name !== stored.name &&
      issues.every((i) => i.path[0] !== 'name') &&
      nameTaken(db, checked.name, stored.id)
    ) {
      issues.push(nameIssue());
    }
    if (issues.length > 0) throw validationError(issues);
    const next = {
      name: checked.name ?? stored.name,
      description: checked.description !== undefined ? checked.description : stored.description,
    };
    const changed = (['name', 'description'] as const).filter((f) => next[f] !== stored[f]);
    if (changed.length > 0) {
      const at = new Date(writer.now()).toISOString();
      db.stmt(
        `UPDATE team SET ${changed.map((f) => `${f} = ?`).join(', ')}, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?`,
      ).run(
        ...changed.map((f) => next[f]),
        at,
        writer.userId(),
        withStamps(parseStamps(stored._clk), changed, writer.clock.stamp()),
        stored.id,
      );
      writer.clock.persist();
    }
    return teamSummary(db, stored.id);
  });
}

/** Whether the team owns any live record (of any type): it may only be deleted once it owns none. */
function ownsRecords(db: SqlDb, teamId: string): boolean {
  return ENTITIES.some((entity) => {
    const table = recordTable(entity.name);
    if (!table.fieldByName.has('owner_id')) return false;
    return (
      db.stmt(`SELECT 1 FROM ${table.table} WHERE owner_id = ? AND deleted_at IS NULL LIMIT 1`).get(teamId) !==
      undefined
    );
  });
}

export function deleteTeam(store: Store, id: string): { id: string } {
  requireAdministrator(store);
  const { db, writer } = store;
  db.transaction(() => {
    const stored = liveTeam(db, id);
    if (ownsRecords(db, id)) {
      throw new AppError(
        'CONFLICT',
        'users.error.team_owns_records',
        'This team still owns records; assign them to someone else before deleting the team.',
      );
    }
    const at = new Date(writer.now()).toISOString();
    const user = writer.userId();
    const hlc = writer.clock.stamp();
    db.stmt(
      'UPDATE team SET deleted_at = ?, deleted_by = ?, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?',
    ).run(at, user, at, user, withStamps(parseStamps(stored._clk), [TOMBSTONE_FIELD], hlc), id);
    // Its shares end with it: nobody can be reached through a deleted team.
    const shares = db
      .stmt('SELECT id, _clk FROM record_share WHERE principal_id = ? AND deleted_at IS NULL')
      .all(id) as { id: string; _clk: string }[];
    for (const share of shares) {
      db.stmt('UPDATE record_share SET deleted_at = ?, deleted_by = ?, _clk = ? WHERE id = ?').run(
        at,
        user,
        withStamps(parseStamps(share._clk), [TOMBSTONE_FIELD], hlc),
        share.id,
      );
    }
    writer.clock.persist();
  });
  return { id };
}

interface MembershipRow {
  deleted_at: string | null;
  _clk: string;
}

function membership(db: SqlDb, teamId: string, userId: string): MembershipRow | undefined {
  return db.stmt('SELECT deleted_at, _clk FROM team_member WHERE team_id = ? AND user_id = ?').get(teamId, userId) as
    MembershipRow | undefined;
}

export function addTeamMember(store: Store, teamId: string, userId: string): TeamSummary {
  requireAdministrator(store);
  const { db, writer } = store;
  return db.transaction(() => {
    liveTeam(db, teamId);
    const user = findUser(db, userId);
    if (!user) throw userNotFound();
    if (user.active !== 1) {
      throw new AppError('CONFLICT', 'users.error.user_inactive', 'This user is deactivated; activate them first.');
    }
    const existing = membership(db, teamId, userId);
    if (existing && existing.deleted_at === null) return teamSummary(db, teamId);
    const at = new Date(writer.now()).toISOString();
    const hlc = writer.clock.stamp();
    if (existing) {
      db.stmt(
        'UPDATE team_member SET deleted_at = NULL, deleted_by = NULL, _clk = ? WHERE team_id = ? AND user_id = ?',
      ).run(withStamps(parseStamps(existing._clk), [TOMBSTONE_FIELD], hlc), teamId, userId);
    } else {
      db.stmt('INSERT INTO team_member (team_id, user_id, created_at, created_by, _clk) VALUES (?, ?, ?, ?, ?)').run(
        teamId,
        userId,
        at,
        writer.userId(),
        createdStamps(hlc),
      );
    }
    writer.clock.persist();
    return teamSummary(db, teamId);
  });
}

export function removeTeamMember(store: Store, teamId: string, userId: string): TeamSummary {
  requireAdministrator(store);
  const { db, writer } = store;
  return db.transaction(() => {
    liveTeam(db, teamId);
    const existing = membership(db, teamId, userId);
    if (existing && existing.deleted_at === null) {
      const at = new Date(writer.now()).toISOString();
      db.stmt('UPDATE team_member SET deleted_at = ?, deleted_by = ?, _clk = ? WHERE team_id = ? AND user_id = ?').run(
        at,
        writer.userId(),
        withStamps(parseStamps(existing._clk), [TOMBSTONE_FIELD], writer.clock.stamp()),
        teamId,
        userId,
      );
      writer.clock.persist();
    }
    return teamSummary(db, teamId);
  });
}
