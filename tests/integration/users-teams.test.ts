import { describe, expect, it } from 'vitest';
import { expectIssues, openBackend, peek, tempDataDir } from './helpers';

/** Teams: named groups of users that can own records and be shared with. */

describe('teams', () => {
  it('are created, renamed and listed with their members; names are unique among live teams', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const sales = await backend.ok('teams.create', { name: ' Sales ', description: 'Field sales, North' });
    expect(sales).toEqual({ id: expect.any(String), name: 'Sales', description: 'Field sales, North', members: [] });
    expectIssues(await backend.fail('teams.create', { name: 'sales' }), [['name', 'users.error.team_name_taken']]);
    expectIssues(await backend.fail('teams.create', { name: '' }), [['name', 'validation.required']]);
    const renamed = await backend.ok('teams.update', { id: sales.id, name: 'Sales North', description: null });
    expect(renamed).toMatchObject({ name: 'Sales North', description: null });
    await backend.ok('teams.create', { name: 'Service' });
    expect((await backend.ok('teams.list', {})).map((t) => t.name)).toEqual(['Sales North', 'Service']);
    const row = peek(dataDir).prepare('SELECT _clk FROM team WHERE id = ?').get(sales.id) as { _clk: string };
    expect(Object.keys(JSON.parse(row._clk) as object).sort()).toEqual(['*', 'description', 'name']);
  });

  it('gain and lose members; adding or removing twice changes nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const boris = await backend.ok('users.create', { name: 'Boris', email: 'boris@example.com', role: 'user' });
    const team = await backend.ok('teams.create', { name: 'Sales' });
    await backend.ok('teams.addMember', { teamId: team.id, userId: boris.id });
    const both = await backend.ok('teams.addMember', { teamId: team.id, userId: anna.id });
    expect(both.members).toEqual([
      { id: anna.id, name: 'Anna' },
      { id: boris.id, name: 'Boris' },
    ]);
    expect((await backend.ok('teams.addMember', { teamId: team.id, userId: anna.id })).members).toHaveLength(2);
    const left = await backend.ok('teams.removeMember', { teamId: team.id, userId: anna.id });
    expect(left.members).toEqual([{ id: boris.id, name: 'Boris' }]);
    expect((await backend.ok('teams.removeMember', { teamId: team.id, userId: anna.id })).members).toHaveLength(1);
    // Removal is a tombstone; adding her back lifts it.
    const db = peek(dataDir);
    expect(db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM team_member WHERE user_id = ?').get(anna.id)).toEqual(
      {
        gone: 1,
      },
    );
    expect((await backend.ok('teams.addMember', { teamId: team.id, userId: anna.id })).members).toHaveLength(2);
    expect(db.prepare('SELECT count(*) AS n FROM team_member').get()).toEqual({ n: 2 });
    // A deactivated user cannot join.
    const carl = await backend.ok('users.create', { name: 'Carl', email: 'carl@example.com', role: 'user' });
    await backend.ok('users.deactivate', { id: carl.id });
    expect(await backend.fail('teams.addMember', { teamId: team.id, userId: carl.id })).toMatchObject({
      messageKey: 'users.error.user_inactive',
    });
  });

  it('own records like users: the owner field names the team in forms, lists and filters', async () => {
    const backend = openBackend();
    const team = await backend.ok('teams.create', { name: 'Key accounts' });
    const account = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Globex', owner_id: team.id },
    });
    expect(account.lookups['owner_id']).toEqual({ id: team.id, name: 'Key accounts' });
    await backend.ok('records.create', { entity: 'account', values: { name: 'Initech' } });
    const page = await backend.ok('records.list', {
      entity: 'account',
      columns: ['owner_id'],
      filters: [{ field: 'owner_id', op: 'eq', value: team.id }],
    });
    expect(page.rows.map((r) => [r.display_name, r.lookups['owner_id']?.name])).toEqual([['Globex', 'Key accounts']]);
    const found = await backend.ok('records.list', {
      entity: 'account',
      criteria: {
        kind: 'group',
        op: 'and',
        items: [{ kind: 'condition', field: 'owner_id', op: 'in', value: [team.id] }],
      },
    });
    expect(found.rows.map((r) => r.display_name)).toEqual(['Globex']);
    // A team's name follows a rename everywhere it is shown.
    await backend.ok('teams.update', { id: team.id, name: 'Strategic accounts' });
    expect((await backend.ok('records.get', { entity: 'account', id: account.id })).lookups['owner_id']?.name).toBe(
      'Strategic accounts',
    );
  });

  it('cannot be deleted while they own records; deleting one ends its shares and frees its name', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const me = (await backend.ok('app.info', {})).currentUser!;
    const team = await backend.ok('teams.create', { name: 'Sales' });
    const owned = await backend.ok('records.create', {
      entity: 'contact',
      values: { last_name: 'Owned', owner_id: team.id },
    });
    const shared = await backend.ok('records.create', { entity: 'account', values: { name: 'Shared' } });
    await backend.ok('records.share', {
      entity: 'account',
      id: shared.id,
      principals: [{ type: 'team', id: team.id }],
      access: 'read',
    });
    expect(await backend.fail('teams.delete', { id: team.id })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'users.error.team_owns_records',
    });
    await backend.ok('records.assign', { entity: 'contact', id: owned.id, ownerId: me.id });
    expect(await backend.ok('teams.delete', { id: team.id })).toEqual({ id: team.id });
    expect(await backend.ok('teams.list', {})).toEqual([]);
    expect(await backend.ok('records.shares', { entity: 'account', id: shared.id })).toEqual([]);
    const row = peek(dataDir).prepare('SELECT deleted_at, deleted_by FROM team WHERE id = ?').get(team.id);
    expect(row).toEqual({ deleted_at: expect.any(String), deleted_by: me.id });
    // A deleted team can no longer own anything; its name can be used again.
    expectIssues(
      await backend.fail('records.create', { entity: 'account', values: { name: 'X', owner_id: team.id } }),
      [['values.owner_id', 'validation.id']],
    );
    expect(await backend.ok('teams.create', { name: 'Sales' })).toMatchObject({ name: 'Sales' });
    expect(await backend.fail('teams.update', { id: team.id, name: 'Again' })).toMatchObject({
      code: 'NOT_FOUND',
      messageKey: 'users.error.team_not_found',
    });
  });
});
