import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkMigrationList, LATEST_SCHEMA_VERSION, migrate, MIGRATIONS } from '../../src-main/db';
import { openBackend, peek, tempDataDir } from './helpers';

const DEVICE = '01900000-0000-7000-8000-00000000d001';
const USER = '01900000-0000-7000-8000-00000000a001';

/** A data file as version 1 of the app left it: core tables only, with data. */
function writeVersion1File(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'crm.sqlite'));
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, 1));
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run('device_id', DEVICE, 'current_user_id', USER);
  db.prepare('INSERT INTO users (id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)').run(
    USER,
    'Olga Admin',
    'olga@example.com',
    'administrator',
    '2024-01-01T00:00:00.000Z',
  );
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '"ru"');
  db.close();
}

function schemaVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('creates the latest schema in an empty folder, with a device id and the default administrator, and no backup', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    expect(info).toMatchObject({
      state: 'onboarding',
      schemaVersion: LATEST_SCHEMA_VERSION,
      version: '9.9.9-test',
      problem: null,
    });
    expect(info.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.currentUser).toMatchObject({ name: 'Administrator', role: 'administrator' });
    expect(await backend.ok('users.list', {})).toEqual([info.currentUser]);
    expect(await backend.ok('db.backups', {})).toEqual([]);
    const db = peek(dataDir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining([
        'meta',
        'settings',
        'users',
        'outbox',
        'audit',
        'account',
        'contact',
        'account_fts',
        'contact_fts',
      ]),
    );
  });

  it('migrates a version 1 file, keeping its data, after backing it up', async () => {
    const dataDir = tempDataDir();
    writeVersion1File(dataDir);
    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(info.deviceId).toBe(DEVICE);
    expect(info.currentUser).toMatchObject({ id: USER, name: 'Olga Admin' });
    expect(info.settings.language).toBe('ru');

    const backups = await backend.ok('db.backups', {});
    expect(backups).toHaveLength(1);
    expect(backups[0]?.file).toMatch(/^crm-\d{8}T\d{9}Z-v1\.sqlite$/);
    expect(backups[0]?.size).toBeGreaterThan(0);
    const backupFile = join(dataDir, 'backups', backups[0]!.file);
    expect(schemaVersion(backupFile)).toBe(1);
    const copy = new Database(backupFile, { readonly: true });
    expect(copy.prepare('SELECT name FROM users').all()).toEqual([{ name: 'Olga Admin' }]);
    expect(copy.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'account'").get()).toEqual({ n: 0 });
    copy.close();

    // The migrated file works: a record can be written by the existing user.
    const created = await backend.ok('records.create', { entity: 'account', values: { name: 'After migration' } });
    expect(created.system.created_by).toEqual({ id: USER, name: 'Olga Admin' });
  });

  it('keeps only the ten newest backups', async () => {
    const dataDir = tempDataDir();
    writeVersion1File(dataDir);
    const dir = join(dataDir, 'backups');
    mkdirSync(dir);
    const old = Array.from(
      { length: 11 },
      (_, i) => `crm-202001${String(i + 10).padStart(2, '0')}T000000000Z-v1.sqlite`,
    );
    for (const name of old) copyFileSync(join(dataDir, 'crm.sqlite'), join(dir, name));
    const backend = openBackend(dataDir);
    const backups = (await backend.ok('db.backups', {})).map((b) => b.file);
    expect(backups).toHaveLength(10);
    expect(backups[0]).not.toContain('202001');
    expect(backups.slice(1)).toEqual(old.slice(2).reverse());
    expect(readdirSync(dir).sort()).toEqual([...backups].sort());
  });

  it('backs up a current file at most once a day, without migrating it', async () => {
    const dataDir = tempDataDir();
    let clock = Date.parse('2026-03-01T08:00:00Z');
    const now = () => clock;
    openBackend(dataDir, { now }).close();
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);

    // The daily copy is made in the background, after the file is open.
    const second = openBackend(dataDir, { now });
    expect((await second.ok('app.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await expect.poll(() => second.ok('db.backups', {}).then((b) => b.length)).toBe(1);
    const first = await second.ok('db.backups', {});
    expect(first[0]?.file).toMatch(new RegExp(`-v${LATEST_SCHEMA_VERSION}\\.sqlite$`));
    second.close();

    clock += 23 * 60 * 60 * 1000;
    const sameDay = openBackend(dataDir, { now });
    await sameDay.ok('records.list', { entity: 'account' });
    expect(await sameDay.ok('db.backups', {})).toHaveLength(1);
    sameDay.close();

    clock += 2 * 60 * 60 * 1000;
    const nextDay = openBackend(dataDir, { now });
    await expect.poll(() => nextDay.ok('db.backups', {}).then((b) => b.length)).toBe(2);
    nextDay.close();
  });

  it('refuses a file written by a newer version and leaves it byte for byte untouched', async () => {
    const dataDir = tempDataDir();
    const first = openBackend(dataDir);
    await first.ok('records.create', { entity: 'account', values: { name: 'Future' } });
    first.close();
    const db = new Database(join(dataDir, 'crm.sqlite'));
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const file = join(dataDir, 'crm.sqlite');
    const bytes = readFileSync(file);

    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    expect(info.state).toBe('unreadable');
    expect(info.schemaVersion).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(info.problem?.messageKey).toBe('problem.newer_version');
    expect(info.problem?.params).toEqual({ fileVersion: LATEST_SCHEMA_VERSION + 1, appVersion: LATEST_SCHEMA_VERSION });
    expect(info.problem?.message).toContain(
      `This data file was written by a newer version of the CRM (schema ${LATEST_SCHEMA_VERSION + 1}); this version understands up to ${LATEST_SCHEMA_VERSION}.`,
    );
    const refused = await backend.fail('records.list', { entity: 'account' });
    expect(refused).toMatchObject({ code: 'DATABASE', messageKey: 'error.unreadable' });
    expect((await backend.fail('settings.update', { language: 'fa' })).code).toBe('DATABASE');
    expect(await backend.ok('db.backups', {})).toEqual([]);
    backend.close();
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('checks that migration versions run 1, 2, 3... without gaps', () => {
    expect(() => checkMigrationList(MIGRATIONS)).not.toThrow();
    expect(() => checkMigrationList([MIGRATIONS[1]!])).toThrow(/expected 1/);
    expect(() => checkMigrationList([MIGRATIONS[0]!, MIGRATIONS[0]!])).toThrow(/expected 2/);
  });

  it('runs each migration in its own transaction: a failing one leaves the file at the previous version', () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, 'crm.sqlite');
    writeFileSync(file, '');
    const db = new Database(file);
    const failing = {
      version: 2,
      name: 'broken',
      up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM missing_table;'),
    };
    expect(() => migrate(db, [MIGRATIONS[0]!, failing])).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
    db.close();
  });
});
