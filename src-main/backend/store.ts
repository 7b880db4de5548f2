import { DeviceClock, ensureIdentity, type Identity, type SqlDb } from '../db';
import { activityAfterWrite } from '../domains/activities/after-write';
import { salesAfterWrite } from '../domains/sales/after-write';
import { ensureDuplicateKeys } from '../domains/duplicates/duplicate-keys';
import { ReminderScheduler } from '../domains/activities/reminder-scheduler';
import type { WriteContext } from '../domains/records/write-context';
import { uuidv7 } from '../ids';
import { activateCustomizations } from '../../src-shared/customization';
import { readCustomizations } from '../domains/customization/definitions';
import type { EventBus } from './event-bus';

/** What the handlers use while the data file is open. */
export interface Store {
  readonly db: SqlDb;
  readonly identity: Identity;
  readonly writer: WriteContext;
  /** The current user's due reminders; checked in the background and after every change to activities. */
  readonly reminders: ReminderScheduler;
}

export function createStore(db: SqlDb, now: () => number, events: EventBus): Store {
  const identity = ensureIdentity(db, now);
  // The file's custom fields and activity types become the metadata before any handler reads a record.
  activateCustomizations(readCustomizations(db));
  ensureDuplicateKeys(db);
  const clock = new DeviceClock(db, identity.deviceId, now);
  const writer: WriteContext = {
    db,
    clock,
    now,
    newId: uuidv7,
    userId: () => identity.currentUser.id,
    emit: (change) => events.emit('records-changed', change),
    afterWrite: (ctx, written) => {
      activityAfterWrite(ctx, written);
      salesAfterWrite(ctx, written);
    },
  };
  const reminders = new ReminderScheduler({
    db,
    writer,
    userId: writer.userId,
    now,
    emit: (payload) => events.emit('reminders-due', payload),
  });
  const off = events.on('records-changed', (change) => {
    if (!db.raw.open) return off();
    if (change.entities.includes('activity')) reminders.check();
  });
  reminders.start();
  return { db, identity, writer, reminders };
}
