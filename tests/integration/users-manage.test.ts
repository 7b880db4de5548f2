import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CATALOGS, messageAt } from '../../src-shared/i18n';
import { migrate, MIGRATIONS } from '../../src-main/db';
import { parseStamps } from '../../src-main/domains/records/clock-stamps';
import { expectIssues, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/** Users: created and edited by an administrator, validated, deactivated under rules that keep the file usable. */

async function admin(backend: TestBackend) {
  const info = await backend.ok('app.info', {});
  return info.currentUser!;
}

function everyLanguageHas(key: string): void {
  for (const [lang, catalog] of Object.entries(CATALOGS))
    expect(messageAt(catalog, key), `${lang}: ${key}`).toBeTruthy();
}

describe('users', () => {
  it('are created with a trimmed name and e-mail and a role, stamped by the device clock', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const me = await admin(backend);
    const anna = await backend.ok('users.create', {
      name: '  Anna Petrova ',
      email: ' anna@example.com',
      role: 'user',
    });
    expect(anna).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Anna Petrova',
      email: 'anna@example.com',
      role: 'user',
      active: true,
    });
    expect((await backend.ok('users.list', {})).map((u) => u.name)).toEqual(['Administrator', 'Anna Petrova']);
    const row = peek(dataDir).prepare('SELECT * FROM users WHERE id = ?').get(anna.id) as Record<string, string>;
    expect(row['modified_by']).toBe(me.id);
    expect(parseStamps(row['_clk']!)['*']).toMatch(/\d/);
  });

  it('refuse a missing name, a malformed or taken e-mail, with messages in every language', async () => {
    const backend = openBackend();
    await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    expectIssues(await backend.fail('users.create', { name: ' ', email: 'not an address', role: 'user' }), [
      ['name', 'validation.required'],
      ['email', 'validation.email'],
    ]);
    expectIssues(await backend.fail('users.create', { name: 'Anna Two', email: 'ANNA@example.com', role: 'user' }), [
      ['email', 'users.error.email_taken'],
    ]);
    expectIssues(await backend.fail('users.create', { name: 'x'.repeat(101), email: '', role: 'user' }), [
      ['name', 'validation.too_long'],
      ['email', 'validation.required'],
    ]);
    expectIssues(await backend.fail('users.create', { name: 'Bob', email: 'bob@example.com', role: 'owner' }), [
      ['role', 'validation.choice'],
    ]);
    everyLanguageHas('users.error.email_taken');
    expect((await backend.ok('users.list', {})).length).toBe(2);
  });

  it('are edited; an unchanged first-run address stays acceptable, a changed one must be valid and free', async () => {
    const backend = openBackend();
    const me = await admin(backend);
    const renamed = await backend.ok('users.update', { id: me.id, name: 'Olga Admin', email: me.email });
    expect(renamed).toMatchObject({ name: 'Olga Admin', email: 'admin@localhost' });
    expect((await backend.ok('app.info', {})).currentUser?.name).toBe('Olga Admin');
    await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    expectIssues(await backend.fail('users.update', { id: me.id, email: 'admin@nowhere' }), [
      ['email', 'validation.email'],
    ]);
    expectIssues(await backend.fail('users.update', { id: me.id, email: 'Anna@Example.com' }), [
      ['email', 'users.error.email_taken'],
    ]);
    expect(await backend.fail('users.update', { id: '01900000-0000-7000-8000-0000000000ff', name: 'X' })).toMatchObject(
      { code: 'NOT_FOUND', messageKey: 'users.error.user_not_found' },
    );
  });

  it('are managed by administrators only', async () => {
    const backend = openBackend();
    const clerk = await backend.ok('users.create', { name: 'Clerk', email: 'clerk@example.com', role: 'user' });
    await backend.ok('session.setCurrentUser', { userId: clerk.id });
    for (const [method, input] of [
      ['users.create', { name: 'Eve', email: 'eve@example.com', role: 'administrator' }],
      ['users.update', { id: clerk.id, role: 'administrator' }],
      ['users.deactivate', { id: clerk.id }],
      ['teams.create', { name: 'Sales' }],
    ] as const) {
      expect(await backend.fail(method, input)).toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'users.error.admin_only',
      });
    }
    everyLanguageHas('users.error.admin_only');
    // Reading them is for everyone: owner pickers need the lists.
    expect((await backend.ok('users.list', {})).length).toBe(2);
    expect(await backend.ok('teams.list', {})).toEqual([]);
  });

  it('cannot deactivate themselves, nor the last active administrator, nor demote them', async () => {
    const backend = openBackend();
    const me = await admin(backend);
    expect(await backend.fail('users.deactivate', { id: me.id })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'users.error.deactivate_self',
    });
    expect(await backend.fail('users.update', { id: me.id, role: 'user' })).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'users.error.last_administrator',
    });
    const boss = await backend.ok('users.create', { name: 'Boss', email: 'boss@example.com', role: 'administrator' });
    // With a second administrator, the first may step down, and one of them may be deactivated.
    await backend.ok('session.setCurrentUser', { userId: boss.id });
    expect(await backend.ok('users.deactivate', { id: me.id })).toMatchObject({ active: false });
    expect(await backend.fail('users.update', { id: boss.id, role: 'user' })).toMatchObject({
      messageKey: 'users.error.last_administrator',
    });
    expect(await backend.ok('users.activate', { id: me.id })).toMatchObject({ active: true });
    expect(await backend.ok('users.update', { id: me.id, role: 'user' })).toMatchObject({ role: 'user' });
    everyLanguageHas('users.error.deactivate_self');
    everyLanguageHas('users.error.last_administrator');
  });

  it('once deactivated, keep their records but are no longer offered as owner or current user', async () => {
    const backend = openBackend();
    const anna = await backend.ok('users.create', { name: 'Anna', email: 'anna@example.com', role: 'user' });
    const account = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Acme', owner_id: anna.id },
    });
    const deactivated = await backend.ok('users.deactivate', { id: anna.id });
    expect(deactivated.active).toBe(false);
    // The record still names her.
    const stored = await backend.ok('records.get', { entity: 'account', id: account.id });
    expect(stored.lookups['owner_id']).toEqual({ id: anna.id, name: 'Anna' });
    // Other edits of it still work.
    await backend.ok('records.update', { entity: 'account', id: account.id, values: { phone: '555 0100' } });
    // She cannot newly own a record, be assigned one, or become the current user.
    expectIssues(
      await backend.fail('records.create', { entity: 'account', values: { name: 'B', owner_id: anna.id } }),
      [['values.owner_id', 'validation.id']],
    );
    expectIssues(await backend.fail('records.assign', { entity: 'account', id: account.id, ownerId: anna.id }), [
      ['ownerId', 'users.error.owner_unavailable'],
    ]);
    expect(await backend.fail('session.setCurrentUser', { userId: anna.id })).toMatchObject({
      messageKey: 'users.error.user_inactive',
    });
    everyLanguageHas('users.error.owner_unavailable');
  });

  it('written before migration 008 become active users, changed when they were created, and unstamped', async () => {
    const dataDir = tempDataDir();
    mkdirSync(dataDir, { recursive: true });
    const old = new Database(join(dataDir, 'crm.sqlite'));
    migrate(old, MIGRATIONS.slice(0, 7));
    const id = '01900000-0000-7000-8000-00000000a001';
    old.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('current_user_id', id);
    old
      .prepare('INSERT INTO users (id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, 'Olga', 'olga@example.com', 'administrator', '2025-01-02T03:04:05.000Z');
    old.close();
    const backend = openBackend(dataDir);
    expect(await backend.ok('users.list', {})).toEqual([
      { id, name: 'Olga', email: 'olga@example.com', role: 'administrator', active: true },
    ]);
    expect(peek(dataDir).prepare('SELECT modified_at, modified_by, _clk FROM users').get()).toEqual({
      modified_at: '2025-01-02T03:04:05.000Z',
      modified_by: null,
      _clk: '{}',
    });
  });
});
