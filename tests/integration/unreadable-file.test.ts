import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBackend, tempDataDir } from './helpers';

/** A healthy current data file with one account, copied into `backups/` under a backup name. */
async function makeBackup(dataDirWithBackups: string, name: string): Promise<string> {
  const source = tempDataDir();
  const backend = openBackend(source);
  await backend.ok('records.create', { entity: 'account', values: { name } });
  backend.close();
  const dir = join(dataDirWithBackups, 'backups');
  mkdirSync(dir, { recursive: true });
  const file = 'crm-20250101T120000000Z-v2.sqlite';
  const db = new Database(join(source, 'crm.sqlite'));
  await db.backup(join(dir, file));
  db.close();
  return file;
}

describe('an unreadable data file', () => {
  it('is refused without being written, and only info, backups and restore work', async () => {
    const dataDir = tempDataDir();
    const file = join(dataDir, 'crm.sqlite');
    const junk = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 251));
    writeFileSync(file, junk);
    const backupFile = await makeBackup(dataDir, 'Rescued Ltd');

    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    expect(info.state).toBe('unreadable');
    expect(info.problem?.messageKey).toBe('problem.corrupt');
    expect(info.problem?.message).toMatch(/cannot be read.*restore the newest backup/s);
    expect(info.deviceId).toBeNull();
    for (const [method, input] of [
      ['records.list', { entity: 'account' }],
      ['records.create', { entity: 'account', values: { name: 'x' } }],
      ['app.startEmpty', {}],
      ['settings.get', {}],
    ] as const) {
      expect((await backend.fail(method, input)).code).toBe('DATABASE');
    }
    expect((await backend.ok('db.backups', {})).map((b) => b.file)).toEqual([backupFile]);
    expect(readFileSync(file).equals(junk)).toBe(true);

    const states: string[] = [];
    backend.on('app-state-changed', (e) => states.push(e.state));
    const restored = await backend.ok('db.restoreBackup', { file: backupFile });
    expect(restored.state).toBe('ready');
    expect(states).toEqual(['ready']);
    const list = await backend.ok('records.list', { entity: 'account' });
    expect(list.rows.map((r) => r.display_name)).toEqual(['Rescued Ltd']);

    const aside = readdirSync(dataDir).filter((f) => f.startsWith('crm.sqlite.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(junk)).toBe(true);
    await backend.ok('records.create', { entity: 'account', values: { name: 'Written after restore' } });
  });

  it('detects damage inside a real SQLite file', async () => {
    const dataDir = tempDataDir();
    const first = openBackend(dataDir);
    for (let i = 0; i < 300; i++) {
      await first.ok('records.create', {
        entity: 'contact',
        values: { last_name: `Person ${i}`, description: 'x'.repeat(500) },
      });
    }
    first.close();
    const file = join(dataDir, 'crm.sqlite');
    const bytes = readFileSync(file);
    // Scribble over the middle of the file, leaving the header intact.
    const damaged = Buffer.from(bytes);
    damaged.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 8192);
    writeFileSync(file, damaged);

    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    expect(info.state).toBe('unreadable');
    expect(info.problem?.messageKey).toBe('problem.corrupt');
    backend.close();
    expect(readFileSync(file).equals(damaged)).toBe(true);
  });

  it('refuses to restore a file that is not one of the backups', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    await backend.ok('app.info', {});
    for (const file of ['../crm.sqlite', 'crm-20250101T120000000Z-v2.sqlite', '/etc/passwd']) {
      const error = await backend.fail('db.restoreBackup', { file });
      expect(error.code).toBe('NOT_FOUND');
    }
    expect((await backend.ok('app.info', {})).state).toBe('onboarding');
    expect(existsSync(join(dataDir, 'crm.sqlite'))).toBe(true);
  });

  it('restoring over a healthy file keeps that file aside too', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    await backend.ok('records.create', { entity: 'account', values: { name: 'Current' } });
    const backupFile = await makeBackup(dataDir, 'From backup');
    await backend.ok('db.restoreBackup', { file: backupFile });
    expect((await backend.ok('records.list', { entity: 'account' })).rows.map((r) => r.display_name)).toEqual([
      'From backup',
    ]);
    const aside = readdirSync(dataDir).filter((f) => /^crm\.sqlite\.replaced-\d{8}T\d{9}Z$/.test(f));
    expect(aside).toHaveLength(1);
    const old = new Database(join(dataDir, aside[0]!), { readonly: true });
    expect(old.prepare('SELECT display_name FROM account').all()).toEqual([{ display_name: 'Current' }]);
    old.close();
  });
});

describe('starting over', () => {
  it('moves the damaged file aside untouched and opens a new empty file', async () => {
    const dataDir = tempDataDir();
    const junk = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31) % 253));
    writeFileSync(join(dataDir, 'crm.sqlite'), junk);
    const backend = openBackend(dataDir);
    expect((await backend.ok('app.info', {})).state).toBe('unreadable');

    const info = await backend.ok('db.startOver', {});
    expect(info.state).toBe('onboarding');
    const aside = readdirSync(dataDir).filter((f) => f.startsWith('crm.sqlite.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(junk)).toBe(true);
    await backend.ok('app.startEmpty', {});
    await backend.ok('records.create', { entity: 'account', values: { name: 'Fresh start' } });
    backend.close();
  });

  it('is refused for a healthy file and for a file from a newer version, which stays untouched', async () => {
    const healthy = openBackend(tempDataDir());
    expect(await healthy.fail('db.startOver', {})).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.start_over_healthy',
    });
    healthy.close();

    const dataDir = tempDataDir();
    const first = openBackend(dataDir);
    await first.ok('app.info', {});
    first.close();
    const db = new Database(join(dataDir, 'crm.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const bytes = readFileSync(join(dataDir, 'crm.sqlite'));
    const newer = openBackend(dataDir);
    expect(await newer.fail('db.startOver', {})).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.start_over_newer',
    });
    newer.close();
    expect(readFileSync(join(dataDir, 'crm.sqlite')).equals(bytes)).toBe(true);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });
});
