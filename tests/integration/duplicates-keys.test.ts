import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../src-main/backend/event-bus';
import { createStore } from '../../src-main/backend/store';
import { migrate, MIGRATIONS, openDataFile } from '../../src-main/db';
import { bulkInsert } from '../../src-main/domains/records/bulk-insert';
import { mutateRecord } from '../../src-main/domains/records/mutate-record';
import { count, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * The `duplicate_key` side table follows every write of a record (create,
 * update, delete, restore, the bulk path), is rebuilt for files that had
 * records before it existed, and answers `records.duplicates`.
 */

function keysOf(dataDir: string, id: string): string[] {
  const rows = peek(dataDir)
    .prepare('SELECT rule, key FROM duplicate_key WHERE record_id = ? ORDER BY rule, key')
    .all(id) as { rule: string; key: string }[];
  return rows.map((r) => `${r.rule}=${r.key}`);
}

async function account(backend: TestBackend, values: Record<string, unknown>) {
  return backend.ok('records.create', { entity: 'account', values });
}

describe('duplicate keys', () => {
  it('follow create, update, delete and restore, in the same transaction as the record', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const acme = await account(backend, { name: 'Acme, Inc.', email: 'info@acme.com', phone: '+1 555 123 4567' });
    expect(keysOf(dataDir, acme.id)).toEqual(['company_name=acme', 'email_domain=acme.com', 'phone=5551234567']);

    await backend.ok('records.update', {
      entity: 'account',
      id: acme.id,
      values: { name: 'Acme Retail LLC', email: 'acme@gmail.com' },
    });
    expect(keysOf(dataDir, acme.id)).toEqual(['company_name=acmeretail', 'phone=5551234567']);

    // A change to fields no rule reads leaves the keys alone.
    await backend.ok('records.update', { entity: 'account', id: acme.id, values: { description: 'Big customer' } });
    expect(keysOf(dataDir, acme.id)).toEqual(['company_name=acmeretail', 'phone=5551234567']);

    await backend.ok('records.delete', { entity: 'account', id: acme.id });
    expect(keysOf(dataDir, acme.id)).toEqual([]);
    await backend.ok('records.restore', { entity: 'account', id: acme.id });
    expect(keysOf(dataDir, acme.id)).toEqual(['company_name=acmeretail', 'phone=5551234567']);
  });

  it('roll back with the write that failed after them', async () => {
    const dataDir = tempDataDir();
    const opened = await openDataFile(dataDir, Date.now);
    if (opened.kind !== 'ready') throw new Error(opened.problem.message);
    const store = createStore(opened.db, Date.now, new EventBus());
    const failing = {
      ...store.writer,
      afterWrite: () => {
        throw new Error('after-write step failed');
      },
    };
    expect(() => mutateRecord(failing, { op: 'create', entity: 'account', values: { name: 'Broken Ltd' } })).toThrow(
      'after-write step failed',
    );
    expect(count(peek(dataDir), 'account')).toBe(0);
    expect(count(peek(dataDir), 'duplicate_key')).toBe(0);
    store.db.close();
  });

  it('are written by the bulk path and by loading the sample company', async () => {
    const dataDir = tempDataDir();
    const opened = await openDataFile(dataDir, Date.now);
    if (opened.kind !== 'ready') throw new Error(opened.problem.message);
    const store = createStore(opened.db, Date.now, new EventBus());
    const { ids } = bulkInsert(store.writer, 'contact', [
      {
        values: {
          first_name: 'Anna',
          last_name: 'Berg',
          email: 'Anna.Berg@Contoso.com',
          mobile_phone: '+49 30 1234567',
        },
      },
    ]);
    expect(keysOf(dataDir, ids[0]!)).toEqual([
      'email=anna.berg@contoso.com',
      'person_name=anna|berg',
      'phone=301234567',
    ]);
    store.db.close();

    const sampleDir = tempDataDir();
    const sample = openBackend(sampleDir);
    await sample.ok('app.loadSample', {});
    const db = peek(sampleDir);
    const keyed = count(db, "(SELECT DISTINCT record_id FROM duplicate_key WHERE entity = 'contact')");
    expect(keyed).toBe(count(db, 'contact'));
  });

  it('are built for a file that had records before duplicate detection existed', async () => {
    const dataDir = tempDataDir();
    mkdirSync(dataDir, { recursive: true });
    const old = new Database(join(dataDir, 'crm.sqlite'));
    migrate(old, MIGRATIONS.slice(0, 4));
    const insert = old.prepare(
      'INSERT INTO contact (id, display_name, first_name, last_name, email, created_at, created_by, modified_at, modified_by, deleted_at, "_clk") ' +
        "VALUES (?, ?, ?, ?, ?, '2024-01-01', 'u', '2024-01-01', 'u', ?, '{}')",
    );
    insert.run('01900000-0000-7000-8000-000000000c01', 'Ann Lee', 'Ann', 'Lee', 'ann@lee.org', null);
    insert.run('01900000-0000-7000-8000-000000000c02', 'Ann Lee', 'Ann', 'Lee', 'ann@lee.org', '2024-02-01');
    old
      .prepare(
        "INSERT INTO audit (tx_id, entity, record_id, at, user_id, action) VALUES ('t', 'contact', '01900000-0000-7000-8000-000000000c01', '2024-01-01', 'u', 'create')",
      )
      .run();
    old.close();

    const backend = openBackend(dataDir);
    await backend.ok('app.info', {});
    // The live contact got its keys; the tombstoned one none; the history survived the audit table's rebuild.
    expect(keysOf(dataDir, '01900000-0000-7000-8000-000000000c01')).toEqual([
      'email=ann@lee.org',
      'person_name=ann|lee',
    ]);
    expect(keysOf(dataDir, '01900000-0000-7000-8000-000000000c02')).toEqual([]);
    const history = await backend.ok('records.history', {
      entity: 'contact',
      id: '01900000-0000-7000-8000-000000000c01',
    });
    expect(history.map((h) => h.action)).toEqual(['create']);
    expect(peek(dataDir).prepare("SELECT value FROM meta WHERE key = 'duplicate_keys_version'").get()).toEqual({
      value: '1',
    });
    // The rebuilt audit table kept its index and now takes merge rows, and still nothing else.
    const db = peek(dataDir);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_by_record'").get()).toEqual({
      sql: 'CREATE INDEX audit_by_record ON audit (record_id, id)',
    });
    const insertAudit = db.prepare(
      "INSERT INTO audit (tx_id, entity, record_id, at, user_id, action) VALUES ('t', 'contact', 'x', '2024-01-01', 'u', ?)",
    );
    expect(() => insertAudit.run('merge')).not.toThrow();
    expect(() => insertAudit.run('bogus')).toThrow(/CHECK constraint failed/);
  });
});

describe('records.duplicates', () => {
  it('finds accounts by name without legal form, by company e-mail domain and by phone, grouped by rule', async () => {
    const backend = openBackend();
    const contoso = await account(backend, { name: 'Contoso', email: 'info@contoso.com', address_city: 'Berlin' });
    const other = await account(backend, { name: 'Fabrikam', phone: '+49 30 1234567', email: 'x@gmail.com' });
    await account(backend, { name: 'Gmail fan', email: 'y@gmail.com' });

    const groups = await backend.ok('records.duplicates', {
      entity: 'account',
      values: { name: 'CONTOSO GmbH', email: 'sales@contoso.com', phone: '030 1234567' },
    });
    expect(groups).toEqual([
      {
        rule: 'company_name',
        label: 'duplicates.rule.account.company_name',
        matches: [{ id: contoso.id, name: 'Contoso', detail: 'Berlin' }],
        more: false,
      },
      {
        rule: 'email_domain',
        label: 'duplicates.rule.account.email_domain',
        matches: [{ id: contoso.id, name: 'Contoso', detail: 'Berlin' }],
        more: false,
      },
      {
        rule: 'phone',
        label: 'duplicates.rule.account.phone',
        matches: [{ id: other.id, name: 'Fabrikam', detail: '+49 30 1234567' }],
        more: false,
      },
    ]);
    // Free-mail domains match nothing; a record is not its own duplicate.
    expect(
      await backend.ok('records.duplicates', { entity: 'account', values: { name: 'Zeta', email: 'z@gmail.com' } }),
    ).toEqual([]);
    expect(
      await backend.ok('records.duplicates', { entity: 'account', values: contoso.values, excludeId: contoso.id }),
    ).toEqual([]);
  });

  it('finds contacts by e-mail, either phone and name, and never deleted ones', async () => {
    const backend = openBackend();
    const anna = await backend.ok('records.create', {
      entity: 'contact',
      values: { first_name: 'Anna', last_name: 'Petrova', email: 'anna@contoso.com', mobile_phone: '+7 916 123 45 67' },
    });
    const groups = await backend.ok('records.duplicates', {
      entity: 'contact',
      values: { first_name: 'Петрова', last_name: 'Анна', email: 'ANNA@contoso.com', business_phone: '8 916 1234567' },
    });
    expect(groups.map((g) => [g.rule, g.matches.map((m) => m.id)])).toEqual([
      ['email', [anna.id]],
      ['phone', [anna.id]],
    ]);
    await backend.ok('records.delete', { entity: 'contact', id: anna.id });
    expect(
      await backend.ok('records.duplicates', {
        entity: 'contact',
        values: { email: 'anna@contoso.com', last_name: 'X' },
      }),
    ).toEqual([]);
  });

  it('lists at most ten matches per rule and says there are more', async () => {
    const backend = openBackend();
    for (let i = 0; i < 12; i++) {
      await backend.ok('records.create', { entity: 'contact', values: { first_name: 'John', last_name: 'Smith' } });
    }
    const [group] = await backend.ok('records.duplicates', {
      entity: 'contact',
      values: { first_name: 'john', last_name: 'SMITH' },
    });
    expect(group?.matches).toHaveLength(10);
    expect(group?.more).toBe(true);
  });

  it('answers record types without rules with no matches', async () => {
    const backend = openBackend();
    expect(
      await backend.ok('records.duplicates', {
        entity: 'activity',
        values: { subject: 'Call', activity_type: 'task' },
      }),
    ).toEqual([]);
  });
});
