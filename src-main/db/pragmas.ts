import type BetterSqlite3 from 'better-sqlite3';

/** Settings of the connection itself; they write nothing to the file. */
export function applyConnectionPragmas(db: BetterSqlite3.Database): void {
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // 64 MiB of page cache: lists over a million rows stay in memory.
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
}

/**
 * Durability settings. WAL lets readers run beside the writer; FULL syncs
 * the WAL on every commit so an acknowledged change survives a power cut.
 * Switching to WAL writes the file header, so this runs only once the file
 * is known to be ours and any pre-migration backup has been taken.
 */
export function applyFilePragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
}

/**
 * Refreshes the query planner's statistics where they are missing or stale
 * (e.g. after a big import), reading at most ~1000 rows per index so it stays
 * quick on large files. SQLite recommends this on opening a connection.
 */
export function refreshPlannerStatistics(db: BetterSqlite3.Database): void {
  db.pragma('analysis_limit = 1000');
  db.pragma('optimize = 0x10002');
}
