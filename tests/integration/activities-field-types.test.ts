import { describe, expect, it, vi } from 'vitest';
import type { RecordData } from '../../src-shared/api';
import { count, expectIssues, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * The field types activities brought: moments, durations, multi-choice,
 * regarding and party lists, through the real backend: validation messages,
 * what is stored and read back, filters, and the party side table.
 */

async function people(backend: TestBackend) {
  const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Contoso' } });
  const anna = await backend.ok('records.create', {
    entity: 'contact',
    values: { last_name: 'Petrova', first_name: 'Anna', account_id: account.id },
  });
  const bob = await backend.ok('records.create', {
    entity: 'contact',
    values: { last_name: 'Brown', first_name: 'Bob' },
  });
  const info = await backend.ok('app.info', {});
  return { account, anna, bob, userId: info.currentUser?.id ?? '' };
}

function call(backend: TestBackend, values: Record<string, unknown>): Promise<RecordData> {
  return backend.ok('records.create', { entity: 'activity', values: { activity_type: 'phone_call', ...values } });
}

async function listIds(backend: TestBackend, filters: unknown[]): Promise<string[]> {
  const page = await backend.ok('records.list', { entity: 'activity', filters, limit: 100 });
  return page.rows.map((r) => r.id);
}

describe('datetime fields', () => {
  it('store any ISO moment as canonical UTC, refuse the rest, and filter as ranges', async () => {
    const backend = openBackend();
    const early = await call(backend, { subject: 'Early', due_date: '2025-03-10T09:30+03:00' });
    expect(early.values['due_date']).toBe('2025-03-10T06:30:00.000Z');
    const late = await call(backend, { subject: 'Late', due_date: '2025-03-12T18:00:00.000Z' });

    const bad = await backend.fail('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'x', due_date: '2025-02-30T10:00Z' },
    });
    expectIssues(bad, [['values.due_date', 'validation.datetime']]);
    expect(bad.issues?.[0]?.message).toBe('Enter a valid date and time.');
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'task', subject: 'x', due_date: '2025-03-10 10:00' },
      }),
      [['values.due_date', 'validation.datetime']],
    );

    expect(await listIds(backend, [{ field: 'due_date', op: 'gte', value: '2025-03-11T00:00:00Z' }])).toEqual([
      late.id,
    ]);
    expect(await listIds(backend, [{ field: 'due_date', op: 'lt', value: '2025-03-11T00:00:00+01:00' }])).toEqual([
      early.id,
    ]);
    const sorted = await backend.ok('records.list', {
      entity: 'activity',
      sort: { field: 'due_date', dir: 'desc' },
      columns: ['due_date'],
    });
    expect(sorted.rows.map((r) => r.id)).toEqual([late.id, early.id]);
    expectIssues(
      await backend.fail('records.list', {
        entity: 'activity',
        filters: [{ field: 'due_date', op: 'gt', value: 'soon' }],
      }),
      [['filters.0.value', 'validation.datetime']],
    );
  });
});

describe('duration fields', () => {
  it('take minutes or h:mm, refuse anything else, and filter by range', async () => {
    const backend = openBackend();
    const long = await call(backend, { subject: 'Long', scheduled_duration: '1:30' });
    expect(long.values['scheduled_duration']).toBe(90);
    const short = await call(backend, { subject: 'Short', scheduled_duration: 15 });
    expect(short.values['scheduled_duration']).toBe(15);
    for (const bad of ['1h', '-5', '1:75', 1.5, 600_000]) {
      const error = await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'task', subject: 'x', scheduled_duration: bad },
      });
      expectIssues(error, [['values.scheduled_duration', 'validation.duration']]);
    }
    expect(await listIds(backend, [{ field: 'scheduled_duration', op: 'gte', value: '1:00' }])).toEqual([long.id]);
    expect(await listIds(backend, [{ field: 'scheduled_duration', op: 'between', value: [10, 20] }])).toEqual([
      short.id,
    ]);
  });
});

describe('multi-choice fields', () => {
  it('keep each chosen value once in declared order, refuse unknown values, and filter by any of them', async () => {
    const backend = openBackend();
    const series = (weekdays: unknown) =>
      backend.call('records.create', {
        entity: 'activity',
        values: {
          activity_type: 'recurring_appointment',
          subject: 'Stand-up',
          scheduled_start: '2025-03-03T09:00:00Z',
          scheduled_end: '2025-03-03T09:15:00Z',
          recurrence_frequency: 'weekly',
          recurrence_end: 'count',
          recurrence_count: 2,
          time_zone: 'UTC',
          recurrence_weekdays: weekdays,
        },
      });
    const created = await series(['wed', 'mon', 'wed']);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const record = created.value as RecordData;
    expect(record.values['recurrence_weekdays']).toEqual(['mon', 'wed']);
    const db = peek(backend.dataDir);
    expect(db.prepare('SELECT recurrence_weekdays FROM activity WHERE id = ?').pluck().get(record.id)).toBe(
      '["mon","wed"]',
    );

    const unknown = await series(['mon', 'someday']);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expectIssues(unknown.error, [['values.recurrence_weekdays', 'validation.choice']]);
    const notList = await series('mon');
    if (!notList.ok) expectIssues(notList.error, [['values.recurrence_weekdays', 'validation.type']]);

    const wed = [{ field: 'recurrence_weekdays', op: 'in', value: ['wed', 'fri'] }];
    expect(await listIds(backend, wed)).toEqual([record.id]);
    expect(await listIds(backend, [{ field: 'recurrence_weekdays', op: 'in', value: ['fri'] }])).toEqual([]);
    const empty = await listIds(backend, [{ field: 'recurrence_weekdays', op: 'empty' }]);
    expect(empty).not.toContain(record.id);
    expect(empty.length).toBeGreaterThan(0); // the occurrences
    expectIssues(
      await backend.fail('records.list', {
        entity: 'activity',
        filters: [{ field: 'recurrence_weekdays', op: 'in', value: ['noday'] }],
      }),
      [['filters.0.value.0', 'validation.choice']],
    );
  });
});

describe('regarding fields', () => {
  it('point at a live record of an allowed type, show its name, and filter by it', async () => {
    const backend = openBackend();
    const { account, anna } = await people(backend);
    const about = await call(backend, { subject: 'About Contoso', regarding: `account:${account.id.toUpperCase()}` });
    expect(about.values['regarding']).toBe(`account:${account.id}`);
    expect(about.lookups['regarding']).toEqual({ id: `account:${account.id}`, name: 'Contoso' });
    expect(about.refNames).toEqual({ [`account:${account.id}`]: 'Contoso' });
    await call(backend, { subject: 'About Anna', regarding: `contact:${anna.id}` });

    const missing = `account:01900000-0000-7000-8000-00000000dead`;
    for (const regarding of [missing, `activity:${about.id}`, account.id, 'account:nope']) {
      expectIssues(
        await backend.fail('records.create', {
          entity: 'activity',
          values: { activity_type: 'task', subject: 'x', regarding },
        }),
        [['values.regarding', 'validation.id']],
      );
    }
    await backend.ok('records.delete', { entity: 'contact', id: anna.id });
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'task', subject: 'x', regarding: `contact:${anna.id}` },
      }),
      [['values.regarding', 'validation.id']],
    );

    const page = await backend.ok('records.list', {
      entity: 'activity',
      filters: [{ field: 'regarding', op: 'eq', value: `account:${account.id}` }],
      columns: ['regarding'],
    });
    expect(page.rows.map((r) => [r.display_name, r.lookups['regarding']?.name])).toEqual([
      ['About Contoso', 'Contoso'],
    ]);
    // The deleted contact keeps her name on what was already about her.
    const aboutAnna = await backend.ok('records.list', {
      entity: 'activity',
      filters: [{ field: 'regarding', op: 'eq', value: `contact:${anna.id}` }],
      columns: ['regarding'],
    });
    expect(aboutAnna.rows[0]?.refNames?.[`contact:${anna.id}`]).toBe('Anna Petrova');
  });
});

describe('party-list fields', () => {
  it('accept contacts, accounts and users, name them, and refuse anything else', async () => {
    const backend = openBackend();
    const { account, anna, userId } = await people(backend);
    const created = await call(backend, {
      subject: 'Call',
      to: [`contact:${anna.id}`, `account:${account.id}`, `contact:${anna.id}`],
      from: [`user:${userId}`],
    });
    expect(created.values['to']).toEqual([`contact:${anna.id}`, `account:${account.id}`]);
    expect(created.refNames).toMatchObject({
      [`contact:${anna.id}`]: 'Anna Petrova',
      [`account:${account.id}`]: 'Contoso',
      [`user:${userId}`]: 'Administrator',
    });
    for (const to of [[`activity:${created.id}`], [`user:01900000-0000-7000-8000-00000000dead`], ['nobody'], 'x']) {
      const error = await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'phone_call', subject: 'x', to },
      });
      expectIssues(error, [['values.to', typeof to === 'string' ? 'validation.type' : 'validation.id']]);
    }
    // Organizers are users only.
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'appointment', subject: 'x', organizer: [`contact:${anna.id}`] },
      }),
      [['values.organizer', 'validation.id']],
    );
  });

  it('mirror every party in record_party through create, update, delete and restore, and filter by it', async () => {
    const backend = openBackend();
    const { account, anna, bob, userId } = await people(backend);
    const db = peek(backend.dataDir);
    const parties = (id: string) =>
      db
        .prepare(
          'SELECT field, position, party FROM record_party WHERE entity = ? AND record_id = ? ORDER BY field, position',
        )
        .all('activity', id);

    const meeting = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'appointment',
        subject: 'Review',
        scheduled_start: '2025-04-01T10:00:00Z',
        required_attendees: [`contact:${anna.id}`, `account:${account.id}`],
      },
    });
    // Whoever sets up a meeting is its organizer.
    expect(parties(meeting.id)).toEqual([
      { field: 'organizer', position: 0, party: `user:${userId}` },
      { field: 'required_attendees', position: 0, party: `contact:${anna.id}` },
      { field: 'required_attendees', position: 1, party: `account:${account.id}` },
    ]);
    const attends = (who: string) => listIds(backend, [{ field: 'required_attendees', op: 'eq', value: who }]);
    expect(await attends(`contact:${anna.id}`)).toEqual([meeting.id]);

    await backend.ok('records.update', {
      entity: 'activity',
      id: meeting.id,
      values: { required_attendees: [`contact:${bob.id}`], optional_attendees: [`contact:${anna.id}`] },
    });
    expect(parties(meeting.id)).toEqual([
      { field: 'optional_attendees', position: 0, party: `contact:${anna.id}` },
      { field: 'organizer', position: 0, party: `user:${userId}` },
      { field: 'required_attendees', position: 0, party: `contact:${bob.id}` },
    ]);
    expect(await attends(`contact:${anna.id}`)).toEqual([]);
    expect(await attends(`contact:${bob.id}`)).toEqual([meeting.id]);
    expect(
      await listIds(backend, [
        { field: 'optional_attendees', op: 'in', value: [`contact:${bob.id}`, `contact:${anna.id}`] },
      ]),
    ).toEqual([meeting.id]);

    await backend.ok('records.delete', { entity: 'activity', id: meeting.id });
    expect(parties(meeting.id)).toEqual([]);
    await backend.ok('records.restore', { entity: 'activity', id: meeting.id });
    expect(parties(meeting.id)).toHaveLength(3);

    await backend.ok('records.update', { entity: 'activity', id: meeting.id, values: { optional_attendees: [] } });
    expect(parties(meeting.id)).toEqual([
      { field: 'organizer', position: 0, party: `user:${userId}` },
      { field: 'required_attendees', position: 0, party: `contact:${bob.id}` },
    ]);
    const stored = await backend.ok('records.get', { entity: 'activity', id: meeting.id });
    expect(stored.values['optional_attendees']).toBeNull();

    // The audit keeps lists as lists.
    const history = await backend.ok('records.history', { entity: 'activity', id: meeting.id });
    const change = history.find((h) => h.field === 'required_attendees' && h.action === 'update');
    expect(change?.old_value).toEqual([`contact:${anna.id}`, `account:${account.id}`]);
    expect(change?.new_value).toEqual([`contact:${bob.id}`]);
  });

  it('leaves the party rows untouched when the write fails after them', async () => {
    const backend = openBackend(tempDataDir());
    const { anna, bob } = await people(backend);
    const meeting = await call(backend, { subject: 'Call', to: [`contact:${anna.id}`] });
    const db = peek(backend.dataDir);
    const before = db.prepare('SELECT * FROM record_party ORDER BY record_id, field, position').all();
    db.exec("CREATE TRIGGER inject_failure BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'injected'); END");
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(
      (
        await backend.fail('records.update', {
          entity: 'activity',
          id: meeting.id,
          values: { to: [`contact:${bob.id}`] },
        })
      ).code,
    ).toBe('INTERNAL');
    expect(
      (
        await backend.fail('records.create', {
          entity: 'activity',
          values: { activity_type: 'phone_call', subject: 'y', to: [`contact:${bob.id}`] },
        })
      ).code,
    ).toBe('INTERNAL');
    stderr.mockRestore();
    expect(db.prepare('SELECT * FROM record_party ORDER BY record_id, field, position').all()).toEqual(before);
    expect(count(db, 'activity')).toBe(1);
  });
});

describe('fields that apply to some types only', () => {
  it('ignores values of fields the type does not have, and clears none it has', async () => {
    const backend = openBackend();
    const task = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'task',
        subject: 'Send the offer',
        phone_number: 'not a phone number',
        scheduled_start: 'garbage',
        direction: 'incoming',
      },
    });
    expect(task.values['phone_number']).toBeNull();
    expect(task.values['scheduled_start']).toBeNull();
    expect(task.values['direction']).toBeNull();
    // A required field of another type is not asked for.
    expect(task.values['recurrence_frequency']).toBeNull();
    // Changing the type is refused (its fields would stop applying).
    expectIssues(
      await backend.fail('records.update', {
        entity: 'activity',
        id: task.id,
        values: { activity_type: 'phone_call' },
      }),
      [['values.activity_type', 'validation.type_fixed']],
    );
  });
});
