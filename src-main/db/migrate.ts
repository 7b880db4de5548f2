import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = latestVersion(MIGRATIONS);

function latestVersion(list: readonly Migration[]): number {
  checkMigrationList(list);
  return list.length === 0 ? 0 : list[list.length - 1]!.version;
}

/** Versions must be 1, 2, 3... with no gap or repeat: the list is the history. */
export function checkMigrationList(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration "${m.name}" has version ${m.version}; expected ${i + 1}.`);
    }
  });
}

export function schemaVersionOf(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every migration newer than the file's `user_version`, each in its own
 * transaction that also sets the new version, so a failure leaves the file
 * at the last version that completed.
 */
export function migrate(db: BetterSqlite3.Database, list: readonly Migration[] = MIGRATIONS): number {
  checkMigrationList(list);
  let version = schemaVersionOf(db);
  for (const migration of list) {
    if (migration.version <= version) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    version = migration.version;
  }
  return version;
}
