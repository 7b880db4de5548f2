import { DeviceClock, ensureIdentity, type Identity, type SqlDb } from '../db';
import type { WriteContext } from '../domains/records/write-context';
import { uuidv7 } from '../ids';
import type { EventBus } from './event-bus';

/** What the handlers use while the data file is open. */
export interface Store {
  readonly db: SqlDb;
  readonly identity: Identity;
  readonly writer: WriteContext;
}

export function createStore(db: SqlDb, now: () => number, events: EventBus): Store {
  const identity = ensureIdentity(db, now);
  const clock = new DeviceClock(db, identity.deviceId, now);
  return {
    db,
    identity,
    writer: {
      db,
      clock,
      now,
      newId: uuidv7,
      userId: () => identity.currentUser.id,
      emit: (change) => events.emit('records-changed', change),
    },
  };
}
