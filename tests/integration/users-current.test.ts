import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src-shared/entities';
import { systemViewsOf } from '../../src-shared/views/system-views';
import { openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * The current user, chosen in Settings until sign-in arrives: every change
 * is theirs, new records are theirs, "My" views show what they own, and the
 * choice survives closing the file.
 */

function mine(entity: string) {
  const view = systemViewsOf(getEntity(entity)).find((v) => v.id === `builtin:${entity}:mine`);
  if (!view) throw new Error(`no "mine" view of ${entity}`);
  return view.criteria;
}

async function myNames(backend: TestBackend, entity: string): Promise<string[]> {
  const page = await backend.ok('records.list', { entity, criteria: mine(entity) });
  return page.rows.map((r) => r.display_name);
}

describe('the current user', () => {
  it('is whom created/modified by and the audit history name, and who owns new records', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const admin = (await backend.ok('app.info', {})).currentUser!;
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    expect(account.system.created_by.id).toBe(admin.id);

    const events: string[] = [];
    backend.on('users-changed', (e) => events.push(e.currentUserId));
    const info = await backend.ok('session.setCurrentUser', { userId: anna.id });
    expect(info.currentUser).toEqual(anna);
    expect(events).toEqual([anna.id]);
    expect((await backend.ok('app.info', {})).currentUser?.id).toBe(anna.id);

    const updated = await backend.ok('records.update', {
      entity: 'account',
      id: account.id,
      values: { phone: '555 0100' },
    });
    expect(updated.system).toMatchObject({
      created_by: { id: admin.id, name: 'Administrator' },
      modified_by: { id: anna.id, name: 'Anna' },
    });
    const contact = await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Lee' } });
    expect(contact.values['owner_id']).toBe(anna.id);
    expect(contact.lookups['owner_id']).toEqual({ id: anna.id, name: 'Anna' });
    expect(contact.system.created_by.id).toBe(anna.id);

    const db = peek(dataDir);
    const audit = db
      .prepare('SELECT user_id, action, field FROM audit WHERE record_id IN (?, ?) ORDER BY id')
      .all(account.id, contact.id) as { user_id: string; action: string; field: string | null }[];
    expect(audit.filter((a) => a.action === 'update')).toEqual([
      { user_id: anna.id, action: 'update', field: 'phone' },
    ]);
    expect(new Set(audit.filter((a) => a.action === 'create').map((a) => a.user_id))).toEqual(
      new Set([admin.id, anna.id]),
    );
    const history = await backend.ok('records.history', { entity: 'account', id: account.id });
    expect(history.find((h) => h.field === 'phone')?.user).toEqual({ id: anna.id, name: 'Anna' });
  });

  it('decides what the "My" views show', async () => {
    const backend = openBackend();
    const admin = (await backend.ok('app.info', {})).currentUser!;
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const team = await backend.ok('teams.create', { name: 'Sales' });
    await backend.ok('records.create', { entity: 'account', values: { name: 'Admin’s' } });
    await backend.ok('records.create', { entity: 'account', values: { name: 'Anna’s', owner_id: anna.id } });
    await backend.ok('records.create', { entity: 'account', values: { name: 'The team’s', owner_id: team.id } });
    await backend.ok('records.create', {
      entity: 'contact',
      values: { last_name: 'Anna’s contact', owner_id: anna.id },
    });
    expect(await myNames(backend, 'account')).toEqual(['Admin’s']);
    expect(await myNames(backend, 'contact')).toEqual([]);

    await backend.ok('session.setCurrentUser', { userId: anna.id });
    expect(await myNames(backend, 'account')).toEqual(['Anna’s']);
    expect(await myNames(backend, 'contact')).toEqual(['Anna’s contact']);

    await backend.ok('session.setCurrentUser', { userId: admin.id });
    expect(await myNames(backend, 'account')).toEqual(['Admin’s']);
  });

  it('is remembered in the data file', async () => {
    const dataDir = tempDataDir();
    const first = openBackend(dataDir);
    const anna = await first.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    await first.ok('session.setCurrentUser', { userId: anna.id });
    first.close();
    const again = openBackend(dataDir);
    expect((await again.ok('app.info', {})).currentUser).toEqual(anna);
    const created = await again.ok('records.create', { entity: 'account', values: { name: 'After reopening' } });
    expect(created.values['owner_id']).toBe(anna.id);
  });

  it('must be an existing, active user', async () => {
    const backend = openBackend();
    expect(
      await backend.fail('session.setCurrentUser', { userId: '01900000-0000-7000-8000-0000000000ff' }),
    ).toMatchObject({ code: 'NOT_FOUND', messageKey: 'users.error.user_not_found' });
    const team = await backend.ok('teams.create', { name: 'Sales' });
    // A team is not someone who works on a device.
    expect(await backend.fail('session.setCurrentUser', { userId: team.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await backend.fail('session.setCurrentUser', { userId: 'nope' })).toMatchObject({ code: 'VALIDATION' });
  });
});
