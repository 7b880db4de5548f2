import { describe, expect, it } from 'vitest';
import { openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * records.merge: the master takes the chosen values, everything that
 * pointed at the subordinate points at the master, the subordinate is a
 * tombstone, both histories say so, and bad requests change nothing.
 */

async function create(backend: TestBackend, entity: string, values: Record<string, unknown>) {
  return backend.ok('records.create', { entity, values });
}

async function accountsWithChildren(backend: TestBackend) {
  const master = await create(backend, 'account', { name: 'Contoso', email: 'info@contoso.com', phone: null });
  const subordinate = await create(backend, 'account', {
    name: 'Contoso Inc',
    phone: '+1 555 0100',
    industry: 'retail',
    email: 'sales@contoso.com',
  });
  const anna = await create(backend, 'contact', { first_name: 'Anna', last_name: 'Berg', account_id: subordinate.id });
  const bob = await create(backend, 'contact', { first_name: 'Bob', last_name: 'Lee', account_id: master.id });
  const branch = await create(backend, 'account', { name: 'Contoso Munich', parent_account_id: subordinate.id });
  const call = await create(backend, 'activity', {
    activity_type: 'phone_call',
    subject: 'Intro call',
    regarding: `account:${subordinate.id}`,
    to: [`account:${subordinate.id}`, `contact:${anna.id}`],
  });
  return { master, subordinate, anna, bob, branch, call };
}

describe('records.merge', () => {
  it('keeps chosen values, moves children, tombstones the subordinate and records the merge', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const { master, subordinate, anna, bob, branch, call } = await accountsWithChildren(backend);

    const result = await backend.ok('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: subordinate.id,
      values: { email: 'subordinate' },
    });
    expect(result).toEqual({
      masterId: master.id,
      subordinateId: subordinate.id,
      moved: { contact: 1, account: 1, activity: 1 },
    });

    const merged = await backend.ok('records.get', { entity: 'account', id: master.id });
    // Defaults: the master's own values, the subordinate's where the master had none; email as chosen.
    expect(merged.values).toMatchObject({
      name: 'Contoso',
      phone: '+1 555 0100',
      industry: 'retail',
      email: 'sales@contoso.com',
    });
    const gone = await backend.ok('records.get', { entity: 'account', id: subordinate.id });
    expect(gone.system.deleted_at).not.toBeNull();

    const contacts = await backend.ok('records.list', {
      entity: 'contact',
      filters: [{ field: 'account_id', op: 'eq', value: master.id }],
    });
    expect(contacts.rows.map((r) => r.id).sort()).toEqual([anna.id, bob.id].sort());
    expect((await backend.ok('records.get', { entity: 'account', id: branch.id })).values['parent_account_id']).toBe(
      master.id,
    );
    const moved = await backend.ok('records.get', { entity: 'activity', id: call.id });
    expect(moved.values['regarding']).toBe(`account:${master.id}`);
    expect(moved.values['to']).toEqual([`account:${master.id}`, `contact:${anna.id}`]);

    const masterHistory = await backend.ok('records.history', { entity: 'account', id: master.id });
    expect(masterHistory[0]).toMatchObject({
      action: 'merge',
      merge: { role: 'master', other: { id: subordinate.id, name: 'Contoso Inc' } },
    });
    const subordinateHistory = await backend.ok('records.history', { entity: 'account', id: subordinate.id });
    expect(subordinateHistory.map((h) => h.action).slice(0, 2)).toEqual(['merge', 'delete']);
    expect(subordinateHistory[0]?.merge).toEqual({ role: 'subordinate', other: { id: master.id, name: 'Contoso' } });

    // The tombstone is nobody's duplicate; the master carries the keys of its new values.
    const db = peek(dataDir);
    expect(db.prepare('SELECT count(*) AS n FROM duplicate_key WHERE record_id = ?').get(subordinate.id)).toEqual({
      n: 0,
    });
    const groups = await backend.ok('records.duplicates', {
      entity: 'account',
      values: { phone: '555-0100', name: 'x' },
    });
    expect(groups.map((g) => g.matches.map((m) => m.id))).toEqual([[master.id]]);
    // Every change went through the write path: the moves are in the outbox like edits.
    const outboxFields = db
      .prepare('SELECT entity, record_id, op, field FROM outbox WHERE record_id IN (?, ?)')
      .all(anna.id, subordinate.id);
    expect(outboxFields).toEqual(
      expect.arrayContaining([
        { entity: 'contact', record_id: anna.id, op: 'update', field: 'account_id' },
        { entity: 'account', record_id: subordinate.id, op: 'delete', field: null },
      ]),
    );
  });

  it('moves accounts whose primary contact was the merged contact, and never makes a record its own parent', async () => {
    const backend = openBackend();
    const keep = await create(backend, 'contact', { first_name: 'Anna', last_name: 'Berg' });
    const drop = await create(backend, 'contact', { first_name: 'Anna', last_name: 'Berg', email: 'anna@berg.de' });
    const firm = await create(backend, 'account', { name: 'Berg AG', primary_contact_id: drop.id });
    await backend.ok('records.merge', { entity: 'contact', masterId: keep.id, subordinateId: drop.id });
    expect((await backend.ok('records.get', { entity: 'account', id: firm.id })).values['primary_contact_id']).toBe(
      keep.id,
    );
    expect((await backend.ok('records.get', { entity: 'contact', id: keep.id })).values['email']).toBe('anna@berg.de');

    const parent = await create(backend, 'account', { name: 'Holding' });
    const child = await create(backend, 'account', { name: 'Holding Sub', parent_account_id: parent.id });
    await backend.ok('records.merge', { entity: 'account', masterId: child.id, subordinateId: parent.id });
    expect(
      (await backend.ok('records.get', { entity: 'account', id: child.id })).values['parent_account_id'],
    ).toBeNull();
  });

  it('refuses bad requests clearly and changes nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const { master, subordinate, anna, call } = await accountsWithChildren(backend);
    const before = peek(dataDir).prepare('SELECT count(*) AS n FROM outbox').get();

    const self = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: master.id,
    });
    expect(self).toMatchObject({ code: 'VALIDATION', messageKey: 'merge.error.same_record' });

    const types = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: anna.id,
    });
    expect(types).toMatchObject({ code: 'VALIDATION', messageKey: 'merge.error.different_types' });

    const unknown = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: subordinate.id,
      values: { name: 'subordinate', colour: 'master' },
    });
    expect(unknown).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['values', 'colour'], messageKey: 'validation.unknown_field' }],
    });

    const badSide = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: subordinate.id,
      values: { name: 'both' },
    });
    expect(badSide.code).toBe('VALIDATION');

    const activities = await backend.fail('records.merge', {
      entity: 'activity',
      masterId: call.id,
      subordinateId: call.id,
    });
    expect(activities).toMatchObject({ code: 'VALIDATION', messageKey: 'merge.error.not_supported' });

    const missing = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: '01900000-0000-7000-8000-0000000000ff',
    });
    expect(missing.code).toBe('NOT_FOUND');

    expect(peek(dataDir).prepare('SELECT count(*) AS n FROM outbox').get()).toEqual(before);

    await backend.ok('records.delete', { entity: 'account', id: subordinate.id });
    const deleted = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: subordinate.id,
    });
    expect(deleted).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'merge.error.deleted',
      params: { name: 'Contoso Inc' },
    });
    expect((await backend.ok('records.get', { entity: 'contact', id: anna.id })).values['account_id']).toBe(
      subordinate.id,
    );
  });

  it('rolls everything back when moving a child fails half-way', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    // The master sits below a child of the subordinate: moving that child under the master would make a cycle.
    const subordinate = await create(backend, 'account', { name: 'Northwind', phone: '+1 555 0199' });
    const middle = await create(backend, 'account', { name: 'Northwind East', parent_account_id: subordinate.id });
    const master = await create(backend, 'account', { name: 'Northwind Ltd', parent_account_id: middle.id });
    const contact = await create(backend, 'contact', { last_name: 'Kim', account_id: subordinate.id });
    const db = peek(dataDir);
    const snapshot = () => ({
      outbox: db.prepare('SELECT count(*) AS n FROM outbox').get(),
      audit: db.prepare('SELECT count(*) AS n FROM audit').get(),
      keys: db.prepare('SELECT * FROM duplicate_key ORDER BY record_id, rule').all(),
    });
    const before = snapshot();

    const error = await backend.fail('records.merge', {
      entity: 'account',
      masterId: master.id,
      subordinateId: subordinate.id,
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'merge.error.child_rejected',
      params: { name: 'Northwind East' },
    });
    expect(snapshot()).toEqual(before);
    expect((await backend.ok('records.get', { entity: 'contact', id: contact.id })).values['account_id']).toBe(
      subordinate.id,
    );
    expect((await backend.ok('records.get', { entity: 'account', id: subordinate.id })).system.deleted_at).toBeNull();
    expect((await backend.ok('records.get', { entity: 'account', id: master.id })).values['phone']).toBeNull();
  });

  it('announces the merge once, after it is committed', async () => {
    const backend = openBackend();
    const { master, subordinate, anna } = await accountsWithChildren(backend);
    const events: unknown[] = [];
    backend.on('records-changed', (e) => events.push(e));
    await backend.ok('records.merge', { entity: 'account', masterId: master.id, subordinateId: subordinate.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entities: expect.arrayContaining(['account', 'contact', 'activity']) });
    expect((events[0] as { ids: string[] }).ids).toEqual(expect.arrayContaining([master.id, subordinate.id, anna.id]));
  });
});
