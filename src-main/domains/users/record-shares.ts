import {
  AppError,
  validationError,
  type FieldIssue,
  type PrincipalType,
  type RecordShare,
  type ShareAccess,
} from '../../../src-shared/api';
import { userIssue } from '../../../src-shared/rules/users';
import type { SqlDb } from '../../db';
import type { Store } from '../../backend/store';
import { createdStamps, parseStamps, TOMBSTONE_FIELD, withStamps } from '../records/clock-stamps';
import { loadRecord } from '../records/load-row';
import { recordTable } from '../records/record-table';
import { findPrincipal } from './principals';

/**
 * Sharing a record with users and teams, with read or read-and-write access.
 * One row per record and principal: sharing again changes the access (or
 * lifts an earlier unshare), unsharing tombstones the row, so another
 * device can learn of both through the row's stamps.
 */

interface ShareRow {
  id: string;
  access: ShareAccess;
  shared_at: string;
  shared_by: string;
  deleted_at: string | null;
  _clk: string;
}

interface ListedRow {
  principal_type: PrincipalType;
  principal_id: string;
  principal_name: string | null;
  access: ShareAccess;
  shared_at: string;
  shared_by: string;
  shared_by_name: string | null;
}

const SHARE_SQL =
  'SELECT id, access, shared_at, shared_by, deleted_at, _clk FROM record_share ' +
  'WHERE entity = ? AND record_id = ? AND principal_id = ?';

/** Who the record is shared with: users first, then teams, each by name. */
export function listShares(db: SqlDb, entity: string, recordId: string): RecordShare[] {
  const rows = db
    .stmt(
      'SELECT s.principal_type, s.principal_id, p.name AS principal_name, s.access, s.shared_at, s.shared_by, ' +
        'u.name AS shared_by_name FROM record_share s LEFT JOIN principal p ON p.id = s.principal_id ' +
        'LEFT JOIN users u ON u.id = s.shared_by WHERE s.entity = ? AND s.record_id = ? AND s.deleted_at IS NULL ' +
        "ORDER BY s.principal_type = 'team', p.name COLLATE NOCASE, s.principal_id",
    )
    .all(entity, recordId) as ListedRow[];
  return rows.map((r) => ({
    principal: { type: r.principal_type, id: r.principal_id, name: r.principal_name ?? r.principal_id },
    access: r.access,
    sharedBy: { id: r.shared_by, name: r.shared_by_name ?? r.shared_by },
    sharedAt: r.shared_at,
  }));
}

/** The shares of a record that exists (live or deleted). */
export function recordShares(db: SqlDb, entity: string, recordId: string): RecordShare[] {
  loadRecord(db, recordTable(entity), recordId);
  return listShares(db, entity, recordId);
}

/** The record must exist and be live: a deleted one is restored before it is shared again. */
function liveRecord(db: SqlDb, entity: string, id: string): void {
  const record = loadRecord(db, recordTable(entity), id);
  if (record.deletedAt !== null) {
    throw new AppError('CONFLICT', 'error.record_deleted', 'This record has been deleted; restore it before editing.');
  }
}

export function shareRecord(
  store: Store,
  entity: string,
  recordId: string,
  principals: readonly { readonly type: PrincipalType; readonly id: string }[],
  access: ShareAccess,
): RecordShare[] {
  const { db, writer } = store;
  return db.transaction(() => {
    liveRecord(db, entity, recordId);
    const issues: FieldIssue[] = [];
    principals.forEach((p, i) => {
      const found = findPrincipal(db, p.id);
      if (!found || found.kind !== p.type || found.active !== 1) {
        issues.push({ ...userIssue('principals', 'users.error.principal_unavailable'), path: ['principals', i] });
      }
    });
    if (issues.length > 0) throw validationError(issues);
    const at = new Date(writer.now()).toISOString();
    const user = writer.userId();
    const hlc = writer.clock.stamp();
    for (const p of principals) {
      const existing = db.stmt(SHARE_SQL).get(entity, recordId, p.id) as ShareRow | undefined;
      if (!existing) {
        db.stmt(
          'INSERT INTO record_share (id, entity, record_id, principal_type, principal_id, access, shared_at, shared_by, ' +
            'modified_at, modified_by, _clk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(writer.newId(), entity, recordId, p.type, p.id, access, at, user, at, user, createdStamps(hlc));
        continue;
      }
      const changed = [
        ...(existing.access !== access ? ['access'] : []),
        ...(existing.deleted_at !== null ? [TOMBSTONE_FIELD] : []),
      ];
      if (changed.length === 0) continue;
      // Shared again after an unshare: it is shared now, by this user.
      const revived = existing.deleted_at !== null;
      db.stmt(
        'UPDATE record_share SET access = ?, deleted_at = NULL, deleted_by = NULL, shared_at = ?, shared_by = ?, ' +
          'modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?',
      ).run(
        access,
        revived ? at : existing.shared_at,
        revived ? user : existing.shared_by,
        at,
        user,
        withStamps(parseStamps(existing._clk), changed, hlc),
        existing.id,
      );
    }
    writer.clock.persist();
    return listShares(db, entity, recordId);
  });
}

export function unshareRecord(store: Store, entity: string, recordId: string, principalId: string): RecordShare[] {
  const { db, writer } = store;
  return db.transaction(() => {
    loadRecord(db, recordTable(entity), recordId);
    const existing = db.stmt(SHARE_SQL).get(entity, recordId, principalId) as ShareRow | undefined;
    if (existing && existing.deleted_at === null) {
      const at = new Date(writer.now()).toISOString();
      const user = writer.userId();
      db.stmt(
        'UPDATE record_share SET deleted_at = ?, deleted_by = ?, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?',
      ).run(
        at,
        user,
        at,
        user,
        withStamps(parseStamps(existing._clk), [TOMBSTONE_FIELD], writer.clock.stamp()),
        existing.id,
      );
      writer.clock.persist();
    }
    return listShares(db, entity, recordId);
  });
}
