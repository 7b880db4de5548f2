import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE, LATEST_SCHEMA_VERSION, listBackups, takeBackup } from '../../src-main/db';
import { newDataDir, openApp, removeDataDir, saveEvidence, type Session } from './harness';
import { createRecord, dialog, heading, openList, startEmpty, table, visible } from './ui';

/**
 * A data file that is not a database any more: the app says so in plain
 * words, writes nothing to the file, and offers the newest backup; restoring
 * brings the data back and keeps the damaged file aside. Every test has its
 * own data folder.
 */

/** The same bytes every run: not SQLite, not empty, not all zeros. */
const GARBAGE = Buffer.from(Array.from({ length: 48 * 1024 }, (_, i) => (i * 7919 + 13) % 251));

let app: Session | undefined;
const folders: string[] = [];

afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
  for (const dir of folders.splice(0)) removeDataDir(dir);
});

function damage(dataDir: string): string {
  const file = join(dataDir, DB_FILE);
  // The host closed the file cleanly, so there is no write-ahead log that could still mend it.
  expect(existsSync(`${file}-wal`)).toBe(false);
  writeFileSync(file, GARBAGE);
  return file;
}

/**
 * A backup of the data file, made by the app's own backup routine. The app
 * takes one by itself only before it upgrades a data file, which a test of
 * the current version never sees; so the test takes it at the point where
 * an upgrade would have.
 */
async function backUp(dataDir: string): Promise<string> {
  // Read-write, like the app's own connection: closing it removes the -wal and -shm it opened.
  const db = new Database(join(dataDir, DB_FILE));
  try {
    return (await takeBackup(db, dataDir, LATEST_SCHEMA_VERSION, Date.now())).file;
  } finally {
    db.close();
  }
}

describe('a damaged data file', () => {
  it('is reported, left untouched until the user chooses, and restored from the newest backup', async () => {
    const dataDir = newDataDir();
    folders.push(dataDir);

    // A first session that leaves data behind.
    app = await openApp({ dataDir });
    await startEmpty(app.page);
    await createRecord(app.page, 'accounts', { 'Account name': 'Rescued Ltd' });
    await app.close({ keepData: true });
    app = undefined;
    const backup = await backUp(dataDir);
    const file = damage(dataDir);

    app = await openApp({ dataDir });
    const { page, host } = app;
    await visible(heading(page, 'The database cannot be opened', 1));
    await visible(
      page.getByText(/^The data file is damaged and cannot be used \(.+\)\. You can restore the newest backup/),
    );
    await visible(page.getByText('The file has not been changed. Nothing will be written to it.'));
    await visible(table(page, 'Backups').getByRole('cell', { name: backup }));
    const restore = page.getByRole('button', { name: 'Restore newest backup' });
    expect(await restore.isEnabled()).toBe(true);

    // Nothing writes to the damaged file: not opening it, not a reload, not a write attempt.
    await page.reload();
    await visible(heading(page, 'The database cannot be opened', 1));
    const refused = await host.call('records.create', { entity: 'account', values: { name: 'Overwrite?' } });
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'DATABASE' } });
    expect(readFileSync(file).equals(GARBAGE)).toBe(true);

    await restore.click();
    const confirm = dialog(page, 'Restore the newest backup?');
    await visible(confirm.getByText('The damaged file is kept aside, not overwritten.', { exact: false }));
    await confirm.getByRole('button', { name: 'Restore newest backup' }).click();

    await visible(heading(page, 'Dashboard'));
    await openList(page, 'Accounts');
    await visible(table(page, 'Accounts').getByRole('link', { name: 'Rescued Ltd' }));
    await page.reload();
    await visible(table(page, 'Accounts').getByRole('link', { name: 'Rescued Ltd' }));

    // The damaged file was moved aside byte for byte, not deleted.
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.unreadable-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0] ?? '')).equals(GARBAGE)).toBe(true);
  });

  it('says so when there is no backup to restore', async () => {
    const dataDir = newDataDir();
    folders.push(dataDir);
    expect(listBackups(dataDir)).toEqual([]);
    const file = damage(dataDir);

    app = await openApp({ dataDir });
    const { page } = app;
    await visible(heading(page, 'The database cannot be opened', 1));
    await visible(page.getByText('There are no backups in the data folder.'));
    expect(await page.getByRole('button', { name: 'Restore newest backup' }).isDisabled()).toBe(true);
    expect(readFileSync(file).equals(GARBAGE)).toBe(true);

    // The way forward without a backup: a new empty file, the damaged one kept aside.
    await page.getByRole('button', { name: 'Start over with an empty file' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start over with an empty file' }).click();
    await visible(page.getByRole('button', { name: 'Start empty' }));
    const aside = readdirSync(dataDir).filter((f) => f.startsWith(`${DB_FILE}.unreadable-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0] ?? '')).equals(GARBAGE)).toBe(true);
  });
});
