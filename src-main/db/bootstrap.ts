import { uuidv7 } from '../ids';
import { META, getMeta, setMeta } from './meta';
import type { SqlDb } from './sql-db';
import type { User } from './schema';

export const DEFAULT_ADMIN = { name: 'Administrator', email: 'admin@localhost' } as const;

export interface Identity {
  readonly deviceId: string;
  /** Whom every change is attributed to; replaced when another user is chosen (`session.setCurrentUser`). */
  currentUser: User;
}

/**
 * Creates what a fresh data file needs beyond its schema: the device id and
 * the default administrator (until users arrive, every change is theirs).
 * Idempotent; runs on every open.
 */
export function ensureIdentity(db: SqlDb, now: () => number): Identity {
  return db.transaction(() => {
    let deviceId = getMeta(db, META.deviceId);
    if (!deviceId) {
      deviceId = uuidv7();
      setMeta(db, META.deviceId, deviceId);
    }
    const userId = getMeta(db, META.currentUserId);
    let user = userId ? db.first(db.kysely.selectFrom('users').selectAll().where('id', '=', userId)) : undefined;
    if (!user) {
      const at = new Date(now()).toISOString();
      user = {
        id: uuidv7(),
        name: DEFAULT_ADMIN.name,
        email: DEFAULT_ADMIN.email,
        role: 'administrator',
        created_at: at,
        active: 1,
        modified_at: at,
        modified_by: null,
        // Unstamped: the device clock does not exist yet, and any later edit wins over it.
        _clk: '{}',
      };
      db.run(db.kysely.insertInto('users').values(user));
      setMeta(db, META.currentUserId, user.id);
    }
    return { deviceId, currentUser: user };
  });
}
