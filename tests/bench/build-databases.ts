import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate, openDataFile } from '../../src-main/db';
import { EventBus } from '../../src-main/backend/event-bus';
import { createStore } from '../../src-main/backend/store';
import { bulkInsert } from '../../src-main/domains/records/bulk-insert';
import { uuidv7 } from '../../src-main/ids';
import { generateAccounts, generateContacts } from '../../src-main/sample/generate';
import type { BenchOptions } from './bench-options';
import { createRawInserter, type RawRow } from './raw-bulk-insert';
import { timeSync } from './stats';

/**
 * Builds the benchmark database through the real bulk path and, batch by
 * batch in the same run, an identical second database through the raw
 * baseline. Each batch is inserted into both, alternating which goes first,
 * so both see the same data, the same table sizes and the same machine load.
 */

export interface InsertTiming {
  rows: number;
  ms: number;
}

export interface BuiltDatabase {
  /** Data folder of the database built through the backend's bulk path. */
  readonly dataDir: string;
  readonly ours: InsertTiming;
  readonly raw: InsertTiming;
}

function* batches<T>(source: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function openRaw(file: string): Database.Database {
  const db = new Database(file);
  // The pragmas the backend sets (src-main/db/pragmas.ts), spelled out.
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

export async function buildDatabases(
  root: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<BuiltDatabase> {
  const dataDir = join(root, 'app');
  const rawDir = join(root, 'raw');
  mkdirSync(rawDir, { recursive: true });
  const opened = await openDataFile(dataDir, Date.now);
  if (opened.kind !== 'ready') throw new Error(`Cannot create the benchmark database: ${opened.problem.message}`);
  const store = createStore(opened.db, Date.now, new EventBus());
  const raw = openRaw(join(rawDir, 'crm.sqlite'));
  migrate(raw);

  const userId = store.identity.currentUser.id;
  const ours: InsertTiming = { rows: 0, ms: 0 };
  const baseline: InsertTiming = { rows: 0, ms: 0 };
  let batchNo = 0;
  const insertBoth = (entity: string, rows: RawRow[], rawInsert: ReturnType<typeof createRawInserter>) => {
    const runOurs = () => (ours.ms += timeSync(() => bulkInsert(store.writer, entity, rows)));
    const runRaw = () => (baseline.ms += timeSync(() => rawInsert(rows, uuidv7())));
    if (batchNo++ % 2 === 0) {
      runOurs();
      runRaw();
    } else {
      runRaw();
      runOurs();
    }
    ours.rows += rows.length;
    baseline.rows += rows.length;
  };

  try {
    const accountIds: string[] = [];
    const rawAccounts = createRawInserter(raw, 'account', userId, store.identity.deviceId);
    for (const batch of batches(generateAccounts(options.accounts), options.batch)) {
      for (const row of batch) accountIds.push(row.id);
      insertBoth('account', batch, rawAccounts);
    }
    log(`  ${options.accounts.toLocaleString('en')} accounts written`);
    const rawContacts = createRawInserter(raw, 'contact', userId, store.identity.deviceId);
    let written = 0;
    for (const batch of batches(generateContacts(options.contacts, accountIds), options.batch)) {
      insertBoth('contact', batch, rawContacts);
      written += batch.length;
      if (written % 200_000 < options.batch) {
        const rate = (t: InsertTiming) => Math.round(t.rows / (t.ms / 1000)).toLocaleString('en');
        log(
          `  ${written.toLocaleString('en')} contacts written (so far ${rate(ours)} rows/s, raw ${rate(baseline)} rows/s)`,
        );
      }
    }
  } finally {
    store.writer.db.close();
    raw.close();
    rmSync(rawDir, { recursive: true, force: true });
  }
  return { dataDir, ours, raw: baseline };
}
