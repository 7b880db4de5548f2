import { AppError, type PrincipalType } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import type { Store } from '../../backend/store';

/**
 * Users and teams as owners and share targets: the `principal` view
 * (migration 008) holds both, with `active` set for the ones new records
 * may be given to (active users, live teams).
 */

interface PrincipalRow {
  id: string;
  name: string;
  kind: PrincipalType;
  active: number;
}

export function findPrincipal(db: SqlDb, id: string): PrincipalRow | undefined {
  return db.stmt('SELECT id, name, kind, active FROM principal WHERE id = ?').get(id) as PrincipalRow | undefined;
}

/** Whether `id` is an active user or a live team: what an owner field may newly point at. */
export function isAssignable(db: SqlDb, id: string): boolean {
  return db.stmt('SELECT 1 FROM principal WHERE id = ? AND active = 1').get(id) !== undefined;
}

/** Users and teams are managed by administrators only. */
export function requireAdministrator(store: Store): void {
  if (store.identity.currentUser.role !== 'administrator') {
    throw new AppError('FORBIDDEN', 'users.error.admin_only', 'Only an administrator can manage users and teams.');
  }
}
