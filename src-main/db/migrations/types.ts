import type BetterSqlite3 from 'better-sqlite3';

/**
 * A schema migration. Its SQL is frozen once released: it never reads entity
 * metadata or any other code that may change later, so migrating an old file
 * always produces exactly the schema that version had.
 */
export interface Migration {
  /** 1, 2, 3... in the order they run; becomes `PRAGMA user_version`. */
  readonly version: number;
  readonly name: string;
  /** Runs inside a transaction opened by the migrator. */
  up(db: BetterSqlite3.Database): void;
}
