import {
  AppError,
  validationError,
  type UserCreateInput,
  type UserSummary,
  type UserUpdateInput,
} from '../../../src-shared/api';
import { checkUser, userEmailKey, userIssue } from '../../../src-shared/rules/users';
import type { SqlDb, User } from '../../db';
import type { Store } from '../../backend/store';
import { createdStamps, parseStamps, withStamps } from '../records/clock-stamps';
import { requireAdministrator } from './principals';

/**
 * Users: created, edited, deactivated and activated again by an
 * administrator. A user is never removed: their records, history and
 * shares keep naming them. Every change stamps the fields it touched with
 * the device clock, as the write path does for records.
 */

export function toSummary(user: User): UserSummary {
  return { id: user.id, name: user.name, email: user.email, role: user.role, active: user.active === 1 };
}

export function listUsers(db: SqlDb): UserSummary[] {
  return (db.stmt('SELECT * FROM users ORDER BY name COLLATE NOCASE, id').all() as User[]).map(toSummary);
}

export function findUser(db: SqlDb, id: string): User | undefined {
  return db.stmt('SELECT * FROM users WHERE id = ?').get(id) as User | undefined;
}

export function userNotFound(): AppError {
  return new AppError('NOT_FOUND', 'users.error.user_not_found', 'There is no such user.');
}

function requireUser(db: SqlDb, id: string): User {
  const user = findUser(db, id);
  if (!user) throw userNotFound();
  return user;
}

function emailTaken(db: SqlDb, email: string, exceptId: string | null): boolean {
  return (
    db.stmt('SELECT 1 FROM users WHERE lower(email) = ? AND id IS NOT ?').get(userEmailKey(email), exceptId) !==
    undefined
  );
}

function activeAdministrators(db: SqlDb): number {
  return db.stmt("SELECT count(*) FROM users WHERE role = 'administrator' AND active = 1").pluck().get() as number;
}

function lastAdministratorError(): AppError {
  return new AppError(
    'CONFLICT',
    'users.error.last_administrator',
    'At least one active administrator must remain; make another user an administrator first.',
  );
}

/** The stored user again, and the identity's copy too when it is the current user. */
function reread(store: Store, id: string): UserSummary {
  const user = requireUser(store.db, id);
  if (store.identity.currentUser.id === id) store.identity.currentUser = user;
  return toSummary(user);
}

export function createUser(store: Store, input: UserCreateInput): UserSummary {
  requireAdministrator(store);
  const { db, writer } = store;
  const checked = checkUser({ name: input.name, email: input.email });
  return db.transaction(() => {
    const issues = [...checked.issues];
    if (checked.email && issues.every((i) => i.path[0] !== 'email') && emailTaken(db, checked.email, null)) {
      issues.push(userIssue('email', 'users.error.email_taken'));
    }
    if (issues.length > 0) throw validationError(issues);
    const id = writer.newId();
    const at = new Date(writer.now()).toISOString();
    db.stmt(
      'INSERT INTO users (id, name, email, role, created_at, active, modified_at, modified_by, _clk) ' +
        'VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)',
    ).run(id, checked.name, checked.email, input.role, at, at, writer.userId(), createdStamps(writer.clock.stamp()));
    writer.clock.persist();
    return toSummary(requireUser(db, id));
  });
}

export function updateUser(store: Store, input: UserUpdateInput): UserSummary {
  requireAdministrator(store);
  const { db } = store;
  db.transaction(() => {
    const stored = requireUser(db, input.id);
    const checked = checkUser({ name: input.name, email: input.email }, stored.email);
    const issues = [...checked.issues];
    if (
      checked.email !== undefined &&
      checked.email !== stored.email &&
      issues.every((i) => i.path[0] !== 'email') &&
      emailTaken(db, checked.email, stored.id)
    ) {
      issues.push(userIssue('email', 'users.error.email_taken'));
    }
    if (issues.length > 0) throw validationError(issues);
    const next = {
      name: checked.name ?? stored.name,
      email: checked.email ?? stored.email,
      role: input.role ?? stored.role,
    };
    if (stored.role === 'administrator' && next.role !== 'administrator' && stored.active === 1) {
      if (activeAdministrators(db) <= 1) throw lastAdministratorError();
    }
    const changed = (['name', 'email', 'role'] as const).filter((f) => next[f] !== stored[f]);
    if (changed.length > 0) writeUser(store, stored, changed, next);
  });
  return reread(store, input.id);
}

/**
 * Deactivating keeps everything the user owns and did; they are no longer
 * offered as an owner or as the current user. Nobody can deactivate
 * themselves, and the last active administrator stays.
 */
export function setUserActive(store: Store, id: string, active: boolean): UserSummary {
  requireAdministrator(store);
  const { db } = store;
  db.transaction(() => {
    const stored = requireUser(db, id);
    if ((stored.active === 1) === active) return;
    if (!active) {
      if (stored.id === store.identity.currentUser.id) {
        throw new AppError(
          'CONFLICT',
          'users.error.deactivate_self',
          'You cannot deactivate yourself; choose another current user first.',
        );
      }
      if (stored.role === 'administrator' && activeAdministrators(db) <= 1) throw lastAdministratorError();
    }
    writeUser(store, stored, ['active'], { active: active ? 1 : 0 });
  });
  return reread(store, id);
}

type UserChange = Partial<Pick<User, 'name' | 'email' | 'role' | 'active'>>;

function writeUser(store: Store, stored: User, fields: readonly (keyof UserChange)[], next: UserChange): void {
  const { db, writer } = store;
  const at = new Date(writer.now()).toISOString();
  const stamps = withStamps(parseStamps(stored._clk), fields, writer.clock.stamp());
  const set = fields.map((f) => `${f} = ?`).join(', ');
  db.stmt(`UPDATE users SET ${set}, modified_at = ?, modified_by = ?, _clk = ? WHERE id = ?`).run(
    ...fields.map((f) => next[f] ?? null),
    at,
    writer.userId(),
    stamps,
    stored.id,
  );
  writer.clock.persist();
}
