import { AppError } from '../../../src-shared/api';
import { META, setMeta } from '../../db';
import type { Store } from '../../backend/store';
import { findUser, userNotFound } from './users';

/**
 * Until sign-in arrives with sync, whoever uses this device says who they
 * are in Settings. The choice is kept in the data file (`meta`), and from
 * then on every change is theirs (created/modified by, audit history), "My"
 * views and reminders are theirs, and new records are owned by them.
 */
export function setCurrentUser(store: Store, userId: string): void {
  const { db } = store;
  const user = findUser(db, userId);
  if (!user) throw userNotFound();
  if (user.active !== 1) {
    throw new AppError('CONFLICT', 'users.error.user_inactive', 'This user is deactivated; activate them first.');
  }
  if (store.identity.currentUser.id === user.id) return;
  db.transaction(() => setMeta(db, META.currentUserId, user.id));
  store.identity.currentUser = user;
  // The due reminders are the new user's now.
  store.reminders.check();
}
