import { describe, expect, it } from 'vitest';
import type { EventPayloads, RecordData } from '../../src-shared/api';
import { count, expectIssues, openBackend, peek, tempDataDir } from './helpers';

describe('records: create, read, update, delete through backend.call', () => {
  it('creates an account and a contact, resolves lookups, and lists them', async () => {
    const backend = openBackend();
    const events: EventPayloads['records-changed'][] = [];
    backend.on('records-changed', (e) => events.push(e));

    const account = await backend.ok('records.create', {
      entity: 'account',
      values: { name: '  Acme Corp ', annual_revenue: '1234567.891', employees: '250', website: 'acme.example' },
    });
    expect(account.display_name).toBe('Acme Corp');
    expect(account.values).toMatchObject({ name: 'Acme Corp', annual_revenue: '1234567.891', employees: 250 });
    expect(account.system.created_by.name).toBe('Administrator');
    expect(account.values['owner_id']).toBe(account.system.created_by.id);
    expect(account.lookups['owner_id']?.name).toBe('Administrator');

    const contact = await backend.ok('records.create', {
      entity: 'contact',
      values: {
        first_name: 'Anna',
        last_name: 'Petrova',
        account_id: account.id,
        email: 'anna@acme.example',
        do_not_email: true,
      },
    });
    expect(contact.display_name).toBe('Anna Petrova');
    expect(contact.lookups['account_id']).toEqual({ id: account.id, name: 'Acme Corp' });
    expect(events).toEqual([
      { entities: ['account'], ids: [account.id] },
      { entities: ['contact'], ids: [contact.id] },
    ]);

    const page = await backend.ok('records.list', { entity: 'contact' });
    expect(page.nextCursor).toBeNull();
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({
      id: contact.id,
      display_name: 'Anna Petrova',
      lookups: { account_id: { name: 'Acme Corp' } },
    });
    expect(page.rows[0]?.values['email']).toBe('anna@acme.example');

    const related = await backend.ok('records.list', {
      entity: 'contact',
      filters: [{ field: 'account_id', op: 'eq', value: account.id }],
      columns: ['email'],
    });
    expect(related.rows.map((r) => r.id)).toEqual([contact.id]);
    expect(Object.keys(related.rows[0]?.values ?? {})).toEqual(['email']);
  });

  it('keeps money exact at the largest amounts', async () => {
    const backend = openBackend();
    const created = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Big', annual_revenue: '-99999999999999.9999' },
    });
    const read = await backend.ok('records.get', { entity: 'account', id: created.id });
    expect(read.values['annual_revenue']).toBe('-99999999999999.9999');
    const list = await backend.ok('records.list', { entity: 'account', columns: ['annual_revenue'] });
    expect(list.rows[0]?.values['annual_revenue']).toBe('-99999999999999.9999');
  });

  it('updates only what changed and records who changed what', async () => {
    const backend = openBackend();
    const created = await backend.ok('records.create', {
      entity: 'contact',
      values: { first_name: 'Anna', last_name: 'Petrova' },
    });
    const updated = await backend.ok('records.update', {
      entity: 'contact',
      id: created.id,
      values: { last_name: 'Ivanova', job_title: 'Buyer', first_name: 'Anna' },
    });
    expect(updated.display_name).toBe('Anna Ivanova');
    expect(updated.values).toMatchObject({ first_name: 'Anna', last_name: 'Ivanova', job_title: 'Buyer' });

    const history = await backend.ok('records.history', { entity: 'contact', id: created.id });
    const updates = history.filter((h) => h.action === 'update').map((h) => [h.field, h.old_value, h.new_value]);
    expect(updates).toEqual(
      expect.arrayContaining([
        ['last_name', 'Petrova', 'Ivanova'],
        ['job_title', null, 'Buyer'],
      ]),
    );
    expect(updates).toHaveLength(2);
    expect(history[0]?.user.name).toBe('Administrator');
    expect(history.filter((h) => h.action === 'create').map((h) => h.field)).toEqual(
      expect.arrayContaining(['first_name', 'last_name', 'owner_id']),
    );
  });

  it('writes nothing for an update that changes nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const events: unknown[] = [];
    const created = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Acme', phone: '555 0100' },
    });
    backend.on('records-changed', (e) => events.push(e));
    const db = peek(dataDir);
    const before = [count(db, 'outbox'), count(db, 'audit')];
    const modified = db.prepare('SELECT modified_at, _clk FROM account WHERE id = ?').get(created.id);

    await backend.ok('records.update', {
      entity: 'account',
      id: created.id,
      values: { name: ' Acme ', phone: '555 0100' },
    });
    expect([count(db, 'outbox'), count(db, 'audit')]).toEqual(before);
    expect(db.prepare('SELECT modified_at, _clk FROM account WHERE id = ?').get(created.id)).toEqual(modified);
    expect(events).toEqual([]);
  });

  it('answers NOT_FOUND for a record that does not exist', async () => {
    const backend = openBackend();
    const id = '01900000-0000-7000-8000-000000000000';
    expect((await backend.fail('records.get', { entity: 'account', id })).code).toBe('NOT_FOUND');
    expect((await backend.fail('records.update', { entity: 'account', id, values: { name: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    expect((await backend.fail('records.delete', { entity: 'account', id })).code).toBe('NOT_FOUND');
    expect((await backend.fail('records.history', { entity: 'account', id })).code).toBe('NOT_FOUND');
  });

  it('refuses lookups to missing or deleted records and parent cycles', async () => {
    const backend = openBackend();
    const parent = await backend.ok('records.create', { entity: 'account', values: { name: 'Parent' } });
    const child = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Child', parent_account_id: parent.id },
    });
    expectIssues(
      await backend.fail('records.update', {
        entity: 'account',
        id: parent.id,
        values: { parent_account_id: child.id },
      }),
      [['values.parent_account_id', 'validation.id']],
    );
    expectIssues(
      await backend.fail('records.update', {
        entity: 'account',
        id: parent.id,
        values: { parent_account_id: parent.id },
      }),
      [['values.parent_account_id', 'validation.id']],
    );
    expectIssues(
      await backend.fail('records.create', {
        entity: 'contact',
        values: { last_name: 'X', account_id: '01900000-0000-7000-8000-000000000000' },
      }),
      [['values.account_id', 'validation.id']],
    );
    await backend.ok('records.delete', { entity: 'account', id: parent.id });
    expectIssues(
      await backend.fail('records.create', { entity: 'contact', values: { last_name: 'X', account_id: parent.id } }),
      [['values.account_id', 'validation.id']],
    );
    const owner = await backend.fail('records.create', {
      entity: 'contact',
      values: { last_name: 'X', owner_id: '01900000-0000-7000-8000-000000000001' },
    });
    expectIssues(owner, [['values.owner_id', 'validation.id']]);
  });
});

describe('records: tombstones, restore and Recently deleted', () => {
  it('hides a deleted record from lists, lookups and search, lists it under Recently deleted, and restores it', async () => {
    const backend = openBackend();
    const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme Tombstone' } });
    const other = await backend.ok('records.create', { entity: 'account', values: { name: 'Other Ltd' } });
    const contact = await backend.ok('records.create', {
      entity: 'contact',
      values: { last_name: 'Smith', account_id: acme.id },
    });

    expect(await backend.ok('records.delete', { entity: 'account', id: acme.id })).toEqual({ id: acme.id });

    const list = await backend.ok('records.list', { entity: 'account' });
    expect(list.rows.map((r) => r.id)).toEqual([other.id]);
    expect(await backend.ok('records.lookup', { entity: 'account', text: 'acme' })).toEqual([]);
    expect(await backend.ok('search.global', { text: 'tombst' })).toEqual([]);
    const contactRow = (await backend.ok('records.list', { entity: 'contact' })).rows[0];
    expect(contactRow?.values['account_id']).toBe(acme.id);
    expect(contactRow?.lookups['account_id']).toBeUndefined();

    const deleted = await backend.ok('records.deleted', {});
    expect(deleted).toHaveLength(1);
    expect(deleted[0]).toMatchObject({
      entity: 'account',
      id: acme.id,
      name: 'Acme Tombstone',
      deleted_by: { name: 'Administrator' },
    });
    const read: RecordData = await backend.ok('records.get', { entity: 'account', id: acme.id });
    expect(read.system.deleted_at).toBe(deleted[0]?.deleted_at);
    expect((await backend.fail('records.update', { entity: 'account', id: acme.id, values: { name: 'x' } })).code).toBe(
      'CONFLICT',
    );

    const restored = await backend.ok('records.restore', { entity: 'account', id: acme.id });
    expect(restored.system.deleted_at).toBeNull();
    expect((await backend.ok('records.list', { entity: 'account' })).rows.map((r) => r.display_name)).toEqual([
      'Acme Tombstone',
      'Other Ltd',
    ]);
    expect((await backend.ok('records.lookup', { entity: 'account', text: 'acm' })).map((i) => i.id)).toEqual([
      acme.id,
    ]);
    expect(await backend.ok('records.deleted', {})).toEqual([]);
    expect((await backend.ok('records.list', { entity: 'contact' })).rows[0]?.lookups['account_id']?.name).toBe(
      'Acme Tombstone',
    );
    const actions = (await backend.ok('records.history', { entity: 'account', id: acme.id })).map((h) => h.action);
    expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
    expect(contact.id).toBeTruthy();
  });

  it('orders Recently deleted newest first across entities and filters by entity', async () => {
    let now = Date.UTC(2025, 0, 1);
    const backend = openBackend(undefined, { now: () => (now += 1000) });
    const a = await backend.ok('records.create', { entity: 'account', values: { name: 'A' } });
    const c = await backend.ok('records.create', { entity: 'contact', values: { last_name: 'C' } });
    const b = await backend.ok('records.create', { entity: 'account', values: { name: 'B' } });
    for (const [entity, id] of [
      ['account', a.id],
      ['contact', c.id],
      ['account', b.id],
    ] as const) {
      await backend.ok('records.delete', { entity, id });
    }
    expect((await backend.ok('records.deleted', {})).map((d) => d.name)).toEqual(['B', 'C', 'A']);
    expect((await backend.ok('records.deleted', { entity: 'account', limit: 1 })).map((d) => d.name)).toEqual(['B']);
    // Deleting twice changes nothing the second time.
    await backend.ok('records.delete', { entity: 'account', id: a.id });
    expect(
      (await backend.ok('records.history', { entity: 'account', id: a.id })).filter((h) => h.action === 'delete'),
    ).toHaveLength(1);
  });
});
