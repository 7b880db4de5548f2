import { describe, expect, it } from 'vitest';
import { expectIssues, openBackend, peek, tempDataDir } from './helpers';

/** Assigning a record to a user or a team (through the write path), and sharing it with them. */

interface ChangeRow {
  op: string;
  field: string | null;
  value: string | null;
  base_hlc: string | null;
}

describe('assigning a record', () => {
  it('changes the owner through the write path: stamped, in the outbox and the audit history', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const admin = (await backend.ok('app.info', {})).currentUser!;
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    const changes: string[][] = [];
    backend.on('records-changed', (e) => changes.push([...e.ids]));

    const assigned = await backend.ok('records.assign', { entity: 'account', id: account.id, ownerId: anna.id });
    expect(assigned.values['owner_id']).toBe(anna.id);
    expect(assigned.lookups['owner_id']).toEqual({ id: anna.id, name: 'Anna' });
    expect(assigned.system.modified_by.id).toBe(admin.id);
    expect(changes).toEqual([[account.id]]);

    const db = peek(dataDir);
    const outbox = db
      .prepare("SELECT op, field, value, base_hlc FROM outbox WHERE record_id = ? AND op = 'update'")
      .all(account.id) as ChangeRow[];
    expect(outbox).toEqual([
      { op: 'update', field: 'owner_id', value: JSON.stringify(anna.id), base_hlc: expect.any(String) },
    ]);
    const audit = db
      .prepare("SELECT user_id, field, old_value, new_value FROM audit WHERE record_id = ? AND action = 'update'")
      .all(account.id);
    expect(audit).toEqual([
      { user_id: admin.id, field: 'owner_id', old_value: JSON.stringify(admin.id), new_value: JSON.stringify(anna.id) },
    ]);
    const stamps = JSON.parse(
      (db.prepare('SELECT _clk FROM account WHERE id = ?').get(account.id) as { _clk: string })._clk,
    ) as Record<string, string>;
    expect(stamps['owner_id']).toBeDefined();

    // Assigning to the owner it already has writes nothing.
    await backend.ok('records.assign', { entity: 'account', id: account.id, ownerId: anna.id });
    expect(
      db.prepare("SELECT count(*) AS n FROM outbox WHERE record_id = ? AND op = 'update'").get(account.id),
    ).toEqual({ n: 1 });
  });

  it('may give the record to a team, never to something else', async () => {
    const backend = openBackend();
    const team = await backend.ok('teams.create', { name: 'Support' });
    const contact = await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Doe' } });
    const assigned = await backend.ok('records.assign', { entity: 'contact', id: contact.id, ownerId: team.id });
    expect(assigned.lookups['owner_id']).toEqual({ id: team.id, name: 'Support' });
    const history = await backend.ok('records.history', { entity: 'contact', id: contact.id });
    expect(history.find((h) => h.action === 'update')).toMatchObject({ field: 'owner_id', new_value: team.id });

    // An account id is not an owner.
    const other = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    expectIssues(await backend.fail('records.assign', { entity: 'contact', id: contact.id, ownerId: other.id }), [
      ['ownerId', 'users.error.owner_unavailable'],
    ]);
    expect(
      await backend.fail('records.assign', {
        entity: 'contact',
        id: '01900000-0000-7000-8000-0000000000ff',
        ownerId: team.id,
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('follows the record type’s rules: a closed activity stays as it is', async () => {
    const backend = openBackend();
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const task = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'Call back' },
    });
    await backend.ok('records.update', { entity: 'activity', id: task.id, values: { status: 'completed' } });
    expectIssues(await backend.fail('records.assign', { entity: 'activity', id: task.id, ownerId: anna.id }), [
      ['values.owner_id', 'validation.activity_closed'],
    ]);
  });
});

describe('sharing a record', () => {
  it('with users and teams, listing who it is shared with; sharing again changes the access', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const admin = (await backend.ok('app.info', {})).currentUser!;
    const boris = await backend.ok('users.create', { name: 'Boris', email: 'boris@example.com', role: 'user' });
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const team = await backend.ok('teams.create', { name: 'Support' });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    expect(await backend.ok('records.shares', { entity: 'account', id: account.id })).toEqual([]);

    const shares = await backend.ok('records.share', {
      entity: 'account',
      id: account.id,
      principals: [
        { type: 'team', id: team.id },
        { type: 'user', id: boris.id },
        { type: 'user', id: anna.id },
      ],
      access: 'read',
    });
    expect(shares.map((s) => [s.principal.type, s.principal.name, s.access])).toEqual([
      ['user', 'Anna', 'read'],
      ['user', 'Boris', 'read'],
      ['team', 'Support', 'read'],
    ]);
    expect(shares[0]?.sharedBy).toEqual({ id: admin.id, name: 'Administrator' });

    const changed = await backend.ok('records.share', {
      entity: 'account',
      id: account.id,
      principals: [{ type: 'user', id: boris.id }],
      access: 'write',
    });
    expect(changed.map((s) => [s.principal.name, s.access])).toEqual([
      ['Anna', 'read'],
      ['Boris', 'write'],
      ['Support', 'read'],
    ]);
    const db = peek(dataDir);
    const row = db.prepare('SELECT access, _clk FROM record_share WHERE principal_id = ?').get(boris.id) as {
      access: string;
      _clk: string;
    };
    expect(row.access).toBe('write');
    expect(Object.keys(JSON.parse(row._clk) as object).sort()).toEqual(['*', 'access']);
  });

  it('ends with unshare, as a tombstone; sharing again brings it back', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const contact = await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Doe' } });
    const annaRef = { type: 'user', id: anna.id } as const;
    await backend.ok('records.share', { entity: 'contact', id: contact.id, principals: [annaRef], access: 'write' });
    expect(await backend.ok('records.unshare', { entity: 'contact', id: contact.id, principal: annaRef })).toEqual([]);
    // Unsharing again is harmless.
    expect(await backend.ok('records.unshare', { entity: 'contact', id: contact.id, principal: annaRef })).toEqual([]);
    const db = peek(dataDir);
    expect(db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM record_share').all()).toEqual([{ gone: 1 }]);
    const back = await backend.ok('records.share', {
      entity: 'contact',
      id: contact.id,
      principals: [annaRef],
      access: 'read',
    });
    expect(back.map((s) => [s.principal.name, s.access])).toEqual([['Anna', 'read']]);
    expect(db.prepare('SELECT count(*) AS n FROM record_share WHERE deleted_at IS NULL').get()).toEqual({ n: 1 });
  });

  it('only with active users and live teams, of the type named, on a live record', async () => {
    const backend = openBackend();
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const team = await backend.ok('teams.create', { name: 'Support' });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    await backend.ok('users.deactivate', { id: anna.id });
    expectIssues(
      await backend.fail('records.share', {
        entity: 'account',
        id: account.id,
        principals: [
          { type: 'team', id: team.id },
          { type: 'user', id: anna.id },
          { type: 'user', id: team.id },
        ],
        access: 'read',
      }),
      [
        ['principals.1', 'users.error.principal_unavailable'],
        ['principals.2', 'users.error.principal_unavailable'],
      ],
    );
    expectIssues(
      await backend.fail('records.share', { entity: 'account', id: account.id, principals: [], access: 'read' }),
      [['principals', 'validation.too_few']],
    );
    await backend.ok('records.delete', { entity: 'account', id: account.id });
    expect(
      await backend.fail('records.share', {
        entity: 'account',
        id: account.id,
        principals: [{ type: 'team', id: team.id }],
        access: 'read',
      }),
    ).toMatchObject({ code: 'CONFLICT', messageKey: 'error.record_deleted' });
  });
});
