import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ViewDefinition } from '../../src-shared/api';
import { INTERNAL_RECORD_TYPES } from '../../src-shared/entities';
import { migrate } from '../../src-main/db';
import type { Criteria } from '../../src-shared/query';
import { count, expectIssues, openBackend, peek, tempDataDir } from './helpers';

/** Saved views: built-in ones from metadata, personal and system ones saved through the write path. */

const retailContacts: Criteria = {
  kind: 'group',
  op: 'and',
  items: [{ kind: 'condition', field: 'account_id.industry', op: 'eq', value: 'retail' }],
};

const newView = {
  entity: 'contact',
  name: 'Retail buyers',
  columns: ['email', 'account_id', 'job_title'],
  sort: { field: 'last_name', dir: 'desc' },
  criteria: retailContacts,
};

describe('saved views', () => {
  it('have a table that matches their metadata (migrations 004, 006, 011)', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (const entity of INTERNAL_RECORD_TYPES) {
      const columns = new Map(
        (
          db.prepare('SELECT name, type FROM pragma_table_info(?)').all(entity.name) as { name: string; type: string }[]
        ).map((c) => [c.name, c.type]),
      );
      for (const field of entity.fields)
        expect(columns.get(field.name), field.name).toBe(
          ['integer', 'money', 'boolean', 'duration'].includes(field.type) ? 'INTEGER' : 'TEXT',
        );
      for (const system of ['id', 'display_name', 'created_at', 'modified_by', 'deleted_at', '_clk'])
        expect(columns.has(system)).toBe(true);
      const fts = (
        db.prepare('SELECT name FROM pragma_table_info(?)').all(`${entity.name}_fts`) as { name: string }[]
      ).map((c) => c.name);
      expect(fts).toEqual(entity.fields.filter((f) => f.searchable).map((f) => f.name));
    }
    db.close();
  });

  it('lists the declared system views of each record type, the default first', async () => {
    const backend = openBackend();
    const contact = await backend.ok('views.list', { entity: 'contact' });
    expect(contact.map((v) => [v.id, v.kind, v.nameKey])).toEqual([
      ['builtin:contact:active', 'builtin', 'views.names.contact.active'],
      ['builtin:contact:mine', 'builtin', 'views.names.contact.mine'],
      ['builtin:contact:without_email', 'builtin', 'views.names.contact.without_email'],
      ['builtin:contact:without_account', 'builtin', 'views.names.contact.without_account'],
    ]);
    const account = await backend.ok('views.list', { entity: 'account' });
    expect(account[0]).toMatchObject({ id: 'builtin:account:active', sort: { field: 'display_name', dir: 'asc' } });
    expect(account[0]?.columns).toEqual([
      'account_number',
      'relationship_type',
      'phone',
      'email',
      'address_city',
      'industry',
    ]);
  });

  it('every declared system view runs, and "Accounts without contacts" finds them', async () => {
    const backend = openBackend();
    const lonely = await backend.ok('records.create', { entity: 'account', values: { name: 'Lonely' } });
    const busy = await backend.ok('records.create', { entity: 'account', values: { name: 'Busy' } });
    await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Ng', account_id: busy.id } });
    for (const entity of ['account', 'contact'] as const) {
      for (const view of await backend.ok('views.list', { entity })) {
        await backend.ok('records.list', { entity, columns: view.columns, sort: view.sort, criteria: view.criteria });
      }
    }
    const without = (await backend.ok('views.list', { entity: 'account' })).find((v) =>
      v.id.endsWith('without_contacts'),
    );
    const page = await backend.ok('records.list', { entity: 'account', criteria: without?.criteria });
    expect(page.rows.map((r) => r.id)).toEqual([lonely.id]);
  });

  it('saves, changes, renames and deletes a personal view through the synced write path', async () => {
    const backend = openBackend();
    const saved = await backend.ok('views.save', newView);
    expect(saved).toMatchObject({ kind: 'personal', name: 'Retail buyers', nameKey: null, columns: newView.columns });
    expect(saved.criteria).toEqual(retailContacts);
    const db = peek(backend.dataDir);
    expect(count(db, 'saved_view')).toBe(1);
    expect(count(db, 'outbox', `entity = 'saved_view' AND record_id = '${saved.id}'`)).toBeGreaterThanOrEqual(6);
    expect(count(db, 'audit', `entity = 'saved_view' AND record_id = '${saved.id}'`)).toBeGreaterThanOrEqual(6);

    const listed = await backend.ok('views.list', { entity: 'contact' });
    expect(listed.at(-1)).toEqual(saved);
    expect(await backend.ok('views.list', { entity: 'account' })).toHaveLength(4);

    const changed = await backend.ok('views.save', {
      ...newView,
      id: saved.id,
      columns: ['display_name', 'email', 'email'],
      criteria: { kind: 'group', op: 'or', items: [] },
    });
    expect(changed.columns).toEqual(['email']);
    expect(changed.criteria).toEqual({ kind: 'group', op: 'or', items: [] });
    const renamed = await backend.ok('views.rename', { id: saved.id, name: '  Everyone  ' });
    expect(renamed.name).toBe('Everyone');
    expect(count(db, 'outbox', `entity = 'saved_view' AND field = 'name'`)).toBe(2);

    await backend.ok('views.delete', { id: saved.id });
    expect((await backend.ok('views.list', { entity: 'contact' })).map((v) => v.id)).not.toContain(saved.id);
    expect(count(db, 'saved_view', 'deleted_at IS NOT NULL')).toBe(1);
    expect((await backend.fail('views.rename', { id: saved.id, name: 'x' })).messageKey).toBe('error.view_not_found');
  });

  it('refuses what does not fit the record type, nothing saved', async () => {
    const backend = openBackend();
    const error = await backend.fail('views.save', {
      ...newView,
      columns: ['email', 'shoe_size'],
      sort: { field: 'description', dir: 'asc' },
      criteria: {
        kind: 'group',
        op: 'and',
        items: [
          { kind: 'condition', field: 'birthday', op: 'gt', value: 'soon' },
          {
            kind: 'related',
            entity: 'account',
            via: 'parent_account_id',
            match: 'some',
            where: { kind: 'group', op: 'and', items: [] },
          },
        ],
      },
    });
    expectIssues(error, [
      ['columns.1', 'validation.unknown_field'],
      ['sort.field', 'validation.not_sortable'],
      ['criteria.items.0.value', 'validation.date'],
      ['criteria.items.1.via', 'validation.unknown_relation'],
    ]);
    expectIssues(await backend.fail('views.save', { ...newView, name: '   ' }), [['name', 'validation.required']]);
    await backend.ok('views.save', newView);
    expectIssues(await backend.fail('views.save', { ...newView, name: 'RETAIL BUYERS' }), [
      ['name', 'validation.view_name_taken'],
    ]);
    expect(count(peek(backend.dataDir), 'saved_view')).toBe(1);
  });

  it('shares system views with everyone; only administrators save or change them', async () => {
    const dataDir = tempDataDir();
    const admin = openBackend(dataDir);
    const shared = await admin.ok('views.save', { ...newView, name: 'Team retail', scope: 'system' });
    const mine = await admin.ok('views.save', { ...newView, name: 'Admin only' });
    const adminInfo = await admin.ok('app.info', {});
    admin.close();

    // Another user on the same data file.
    const db = peek(dataDir);
    const userId = '01900000-0000-7000-8000-00000000b002';
    db.prepare(
      "INSERT INTO users (id, name, email, role, created_at) VALUES (?, 'Sam', 'sam@example.com', 'user', ?)",
    ).run(userId, new Date().toISOString());
    db.prepare("UPDATE meta SET value = ? WHERE key = 'current_user_id'").run(userId);
    const sam = openBackend(dataDir);
    const seen = await sam.ok('views.list', { entity: 'contact' });
    expect(seen.filter((v: ViewDefinition) => v.kind !== 'builtin').map((v) => [v.name, v.kind, v.ownerId])).toEqual([
      ['Team retail', 'system', adminInfo.currentUser?.id],
    ]);
    expect((await sam.fail('views.save', { ...newView, name: 'Mine too', scope: 'system' })).messageKey).toBe(
      'error.admin_only',
    );
    expect((await sam.fail('views.rename', { id: shared.id, name: 'Hijacked' })).code).toBe('FORBIDDEN');
    expect((await sam.fail('views.delete', { id: mine.id })).messageKey).toBe('error.not_your_view');
    // A personal view of the same name as a system one is fine.
    const own = await sam.ok('views.save', { ...newView, name: 'Team retail' });
    expect(own).toMatchObject({ kind: 'personal', ownerId: userId });
  });

  it('leaves out a stored view it cannot read instead of failing the list', async () => {
    const backend = openBackend();
    const saved = await backend.ok('views.save', newView);
    peek(backend.dataDir)
      .prepare('UPDATE saved_view SET criteria = \'{"kind":"group","op":"xor"}\' WHERE id = ?')
      .run(saved.id);
    const listed = await backend.ok('views.list', { entity: 'contact' });
    expect(listed.map((v) => v.id)).not.toContain(saved.id);
    expect(listed).toHaveLength(4);
  });
});
