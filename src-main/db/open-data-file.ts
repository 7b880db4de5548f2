import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../src-shared/api';
import { dbFilePath, isBackupDue, takeBackup } from './backups';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersionOf } from './migrate';
import { applyConnectionPragmas, applyFilePragmas, refreshPlannerStatistics } from './pragmas';
import { SqlDb } from './sql-db';

/**
 * Opening the data file safely. An existing file is first inspected through
 * a read-only connection (schema version, `quick_check`), so a damaged file
 * or one from a newer version of the app is refused before a single byte of
 * it could be written. Only then is it opened for writing, backed up if it
 * needs migrating, switched to WAL and migrated.
 */

export type DbProblemReason = 'newer_version' | 'corrupt' | 'cannot_open';

export interface DbProblem {
  readonly reason: DbProblemReason;
  readonly messageKey: string;
  readonly message: string;
  readonly params: Record<string, string | number>;
}

export type OpenOutcome =
  | {
      readonly kind: 'ready';
      readonly db: SqlDb;
      readonly migratedFrom: number | null;
      readonly backup: BackupInfo | null;
    }
  | { readonly kind: 'unreadable'; readonly problem: DbProblem; readonly schemaVersion: number | null };

const RESTORE_HINT = 'You can restore the newest backup; the damaged file is kept aside, never overwritten.';

export function newerVersionProblem(fileVersion: number): DbProblem {
  return {
    reason: 'newer_version',
    messageKey: 'problem.newer_version',
    params: { fileVersion, appVersion: LATEST_SCHEMA_VERSION },
    message:
      `This data file was written by a newer version of the CRM (schema ${fileVersion}); ` +
      `this version understands up to ${LATEST_SCHEMA_VERSION}. Install the newer version of the CRM to open it. ` +
      'The file has not been changed.',
  };
}

export function corruptProblem(detail: string): DbProblem {
  return {
    reason: 'corrupt',
    messageKey: 'problem.corrupt',
    params: { detail },
    message: `The data file cannot be read: it is damaged or not a CRM data file (${detail}). ${RESTORE_HINT}`,
  };
}

function cannotOpenProblem(detail: string): DbProblem {
  return {
    reason: 'cannot_open',
    messageKey: 'problem.cannot_open',
    params: { detail },
    message: `The data file cannot be opened (${detail}). Check that the data folder exists and may be written to. ${RESTORE_HINT}`,
  };
}

function describe(error: unknown): { code: string; detail: string } {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  return { code, detail };
}

export function isCorruptionError(error: unknown): boolean {
  const { code } = describe(error);
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

function problemFromError(error: unknown): DbProblem {
  const { code, detail } = describe(error);
  if (isCorruptionError(error)) return corruptProblem(detail);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code === 'EACCES' || code === 'EPERM') {
    return cannotOpenProblem(detail);
  }
  return corruptProblem(detail);
}

/**
 * `quick_check` reads the whole file: about 3 s per GB here. Above this size
 * it is skipped at start-up so a large database still opens promptly;
 * damage found later (SQLITE_CORRUPT on a read) puts the backend into the
 * `unreadable` state at that moment instead (see the dispatcher).
 */
export const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

interface Inspection {
  readonly version: number;
  /** Whether the file holds any schema at all (a zero-length file does not). */
  readonly hasSchema: boolean;
}

/** Read-only look at an existing file; throws a DbProblem-bearing result instead of writing. */
function inspect(file: string): Inspection | DbProblem {
  // A read-only connection creates the -wal/-shm companions if they are
  // missing; remove the ones it created so an untouched file stays untouched.
  const hadWal = existsSync(`${file}-wal`);
  const hadShm = existsSync(`${file}-shm`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const version = schemaVersionOf(db);
    if (version > LATEST_SCHEMA_VERSION) return newerVersionProblem(version);
    // Reading the schema parses every table definition: catches a damaged
    // header or schema even when the full check below is skipped.
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (statSync(file).size <= FULL_CHECK_MAX_BYTES) {
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') return corruptProblem(`quick_check: ${String(check)}`);
    }
    if (version === 0 && tables.n > 0) return corruptProblem('it holds tables but no CRM schema version');
    return { version, hasSchema: tables.n > 0 };
  } catch (error) {
    return problemFromError(error);
  } finally {
    db?.close();
    for (const [suffix, had] of [
      ['-wal', hadWal],
      ['-shm', hadShm],
    ] as const) {
      const path = file + suffix;
      if (!had && existsSync(path) && (suffix === '-shm' || statSync(path).size === 0)) rmSync(path, { force: true });
    }
  }
}

function isProblem(value: Inspection | DbProblem): value is DbProblem {
  return 'reason' in value;
}

export interface OpenOptions {
  /** Whether opening may start the once-a-day background backup (default true). */
  readonly dailyBackup?: boolean;
}

export async function openDataFile(
  dataDir: string,
  now: () => number,
  options: OpenOptions = {},
): Promise<OpenOutcome> {
  const file = dbFilePath(dataDir);
  let existing: Inspection | null = null;
  try {
    mkdirSync(dataDir, { recursive: true });
    if (existsSync(file) && statSync(file).size > 0) {
      const seen = inspect(file);
      if (isProblem(seen)) {
        const version = seen.reason === 'newer_version' ? Number(seen.params['fileVersion']) : null;
        return { kind: 'unreadable', problem: seen, schemaVersion: version };
      }
      existing = seen;
    }
  } catch (error) {
    return { kind: 'unreadable', problem: problemFromError(error), schemaVersion: null };
  }

  let raw: Database.Database | undefined;
  try {
    raw = new Database(file);
    applyConnectionPragmas(raw);
    const from = schemaVersionOf(raw);
    let backup: BackupInfo | null = null;
    // Before an upgrade always, and the upgrade waits for it.
    if (existing?.hasSchema && from < LATEST_SCHEMA_VERSION) backup = await takeBackup(raw, dataDir, from, now());
    applyFilePragmas(raw);
    migrate(raw);
    // Statistics gathered from a brand-new file would describe empty tables
    // and mislead the planner (FTS5's own statements included) while it
    // fills; a new file gets them on close instead (SqlDb.close).
    if (existing?.hasSchema) refreshPlannerStatistics(raw);
    // Otherwise at most once a day, in the background: SQLite's online backup
    // copies in steps between other work, so a large file does not hold up
    // opening. Closing the file meanwhile abandons the copy (nothing is left).
    if (options.dailyBackup !== false && existing?.hasSchema && backup === null && isBackupDue(dataDir, now())) {
      const source = raw;
      void takeBackup(source, dataDir, LATEST_SCHEMA_VERSION, now()).catch(() => undefined);
    }
    return { kind: 'ready', db: new SqlDb(raw), migratedFrom: from < LATEST_SCHEMA_VERSION ? from : null, backup };
  } catch (error) {
    raw?.close();
    return { kind: 'unreadable', problem: problemFromError(error), schemaVersion: null };
  }
}
