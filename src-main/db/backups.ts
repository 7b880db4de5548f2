import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../src-shared/api';

/**
 * Backups of the data file in `<dataDir>/backups/`, named
 * `crm-<UTC timestamp>-v<schema version>.sqlite` so that sorting the names
 * sorts them by age. Only the newest ten are kept.
 */

export const DB_FILE = 'crm.sqlite';
export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 10;
/**
 * An existing file is also backed up when the newest backup is older than
 * this, so a file damaged later (disk fault, killed copy) has a recent copy
 * to restore even when no upgrade happened.
 */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

const BACKUP_NAME = /^crm-(\d{8}T\d{9}Z)-v(\d+)\.sqlite$/;

export function dbFilePath(dataDir: string): string {
  return join(dataDir, DB_FILE);
}

export function backupDir(dataDir: string): string {
  return join(dataDir, BACKUP_DIR);
}

/** `2024-05-01T12:30:45.123Z` -> `20240501T123045123Z` */
function compactStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function stampToIso(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return stamp;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

export function isBackupName(name: string): boolean {
  return BACKUP_NAME.test(name);
}

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isBackupName)
    .sort()
    .reverse()
    .map((file) => {
      const stamp = BACKUP_NAME.exec(file)?.[1] ?? '';
      return { file, created_at: stampToIso(stamp), size: statSync(join(dir, file)).size };
    });
}

/** Whether the newest backup is missing or older than BACKUP_INTERVAL_MS. */
export function isBackupDue(dataDir: string, now: number): boolean {
  const newest = listBackups(dataDir)[0];
  return newest === undefined || now - Date.parse(newest.created_at) >= BACKUP_INTERVAL_MS;
}

export function pruneBackups(dataDir: string, keep = BACKUPS_KEPT): void {
  for (const old of listBackups(dataDir).slice(keep)) rmSync(join(backupDir(dataDir), old.file), { force: true });
}

/**
 * Online backup of an open database (SQLite's backup API: consistent even
 * while the connection is in use), then pruning to the newest ten.
 */
export async function takeBackup(
  db: BetterSqlite3.Database,
  dataDir: string,
  fromVersion: number,
  now: number,
): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  // Two backups in the same millisecond get consecutive stamps, so names stay unique and ordered.
  let at = now;
  let file = `crm-${compactStamp(at)}-v${fromVersion}.sqlite`;
  while (existsSync(join(dir, file))) {
    at += 1;
    file = `crm-${compactStamp(at)}-v${fromVersion}.sqlite`;
  }
  const partial = join(dir, `${file}.partial`);
  try {
    await db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, join(dir, file));
  pruneBackups(dataDir);
  return { file, created_at: new Date(at).toISOString(), size: statSync(join(dir, file)).size };
}

/**
 * Moves the data file and its -wal/-shm companions aside as
 * `crm.sqlite.<label>-<timestamp>` (renaming never changes their bytes).
 * Returns the new name of the main file, or null if there was none.
 */
export function moveDataFileAside(dataDir: string, label: string, now: number): string | null {
  const main = dbFilePath(dataDir);
  if (!existsSync(main)) return null;
  const target = `${main}.${label}-${compactStamp(now)}`;
  renameSync(main, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(main + suffix)) renameSync(main + suffix, target + suffix);
  }
  return target;
}

/** Copies a backup in as the data file; the caller has moved the old one aside. */
export function copyBackupIn(dataDir: string, file: string): void {
  if (!isBackupName(file)) throw new Error(`Not a backup file name: ${file}`);
  const source = join(backupDir(dataDir), file);
  const main = dbFilePath(dataDir);
  const partial = `${main}.restoring`;
  copyFileSync(source, partial);
  renameSync(partial, main);
}
