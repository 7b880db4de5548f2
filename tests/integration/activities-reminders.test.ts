import { describe, expect, it } from 'vitest';
import type { RemindersDue } from '../../src-shared/api';
import { DUE_SQL } from '../../src-main/domains/activities/reminders';
import { expectIssues, openBackend, peek } from './helpers';

/** Due reminders of the current user, the event that announces them, snooze and dismiss. */

const T0 = Date.UTC(2025, 5, 2, 8, 0);
const MINUTE = 60_000;

describe('reminders', () => {
  it('come due at the reminder time, snooze, come back, dismiss, and fire again when the activity moves', async () => {
    let now = T0;
    const backend = openBackend(undefined, { now: () => now });
    const announced: RemindersDue[] = [];
    backend.on('reminders-due', (payload) => announced.push(payload));
    const call = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'phone_call',
        subject: 'Call Anna',
        due_date: new Date(T0 + 30 * MINUTE).toISOString(),
        reminder: '15m',
      },
    });
    expect(call.values['reminder_at']).toBe(new Date(T0 + 15 * MINUTE).toISOString());
    expect((await backend.ok('reminders.due', {})).reminders).toEqual([]);

    now = T0 + 16 * MINUTE;
    const due = await backend.ok('reminders.due', {});
    expect(due.reminders).toEqual([
      expect.objectContaining({
        activityId: call.id,
        subject: 'Call Anna',
        activityType: 'phone_call',
        at: new Date(T0 + 30 * MINUTE).toISOString(),
        atKind: 'due',
      }),
    ]);
    expect(announced.at(-1)).toEqual(due);

    const snoozed = await backend.ok('reminders.snooze', { activityId: call.id, minutes: 5 });
    expect(snoozed.reminders).toEqual([]);
    expect(announced.at(-1)).toEqual({ reminders: [] });
    // Snooze and dismiss are this device's own state, not a change to the record.
    expect(peek(backend.dataDir).prepare("SELECT count(*) FROM outbox WHERE field = 'reminder_at'").pluck().get()).toBe(
      1,
    );

    now += 5 * MINUTE;
    const back = await backend.ok('reminders.due', {});
    expect(back.reminders.map((r) => r.activityId)).toEqual([call.id]);
    expect(back.reminders[0]?.key).not.toBe(due.reminders[0]?.key);

    expect((await backend.ok('reminders.dismiss', { activityId: call.id })).reminders).toEqual([]);
    now += 60 * MINUTE;
    expect((await backend.ok('reminders.due', {})).reminders).toEqual([]);

    // Moved to later: a new reminder time, which fires in its turn.
    const moved = new Date(now + 10 * MINUTE).toISOString();
    await backend.ok('records.update', { entity: 'activity', id: call.id, values: { due_date: moved } });
    // Already within 15 minutes of the new due time: due at once, announced by the write itself.
    expect(announced.at(-1)?.reminders.map((r) => r.activityId)).toEqual([call.id]);

    // Completed activities do not remind.
    await backend.ok('records.update', { entity: 'activity', id: call.id, values: { status: 'completed' } });
    expect((await backend.ok('reminders.due', {})).reminders).toEqual([]);
    expect(announced.at(-1)).toEqual({ reminders: [] });
  });

  it('are only the current user’s, and only for activities with a reminder', async () => {
    const backend = openBackend(undefined, { now: () => T0 });
    const db = peek(backend.dataDir);
    const other = '01900000-0000-7000-8000-0000000000b2';
    db.prepare("INSERT INTO users (id, name, email, role, created_at) VALUES (?, 'Bea', 'bea@x.test', 'user', ?)").run(
      other,
      new Date(T0).toISOString(),
    );
    const past = new Date(T0 - MINUTE).toISOString();
    await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'Bea’s', due_date: past, reminder: 'at_start', owner_id: other },
    });
    const mine = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'Mine', due_date: past, reminder: 'at_start' },
    });
    const silent = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'No reminder', due_date: past },
    });
    expect((await backend.ok('reminders.due', {})).reminders.map((r) => r.subject)).toEqual(['Mine']);
    expect((await backend.fail('reminders.dismiss', { activityId: silent.id })).code).toBe('NOT_FOUND');
    expectIssues(await backend.fail('reminders.snooze', { activityId: mine.id, minutes: 7 }), [
      ['minutes', 'validation.invalid'],
    ]);
  });

  it('are read from the index of open activities with a reminder', async () => {
    const backend = openBackend(undefined, { now: () => T0 });
    await backend.ok('app.info', {});
    const plan = peek(backend.dataDir)
      .prepare(`EXPLAIN QUERY PLAN ${DUE_SQL}`)
      .all('2025-01-01T00:00:00.000Z', 'u') as { detail: string }[];
    expect(plan[0]?.detail).toMatch(/USING INDEX activity_reminders/);
  });
});
