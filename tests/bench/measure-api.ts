import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ListInput, ListPage } from '../../src-shared/api';
import { createBackend, type Backend } from '../../src-main/backend';
import { encodeCursor } from '../../src-main/domains/records/cursor';
import { candidateCount, matchSql } from '../../src-main/domains/records/find-by-text';
import { toFtsQuery } from '../../src-main/domains/records/fts-query';
import { getRecordSql } from '../../src-main/domains/records/get-record';
import { planList } from '../../src-main/domains/records/list-query';
import { recordTable } from '../../src-main/domains/records/record-table';
import { DEFAULT_RESULTS_PER_TYPE } from '../../src-main/domains/search/global-search';
import { ENTITY_NAMES } from '../../src-shared/entities';
import type { BenchOptions } from './bench-options';
import { median, seededRandom, timeAsync, timeSync } from './stats';

/**
 * Reads through `backend.call` (validation, dispatch, SQL, mapping to API
 * objects) beside a raw baseline that runs the identical SQL with the same
 * parameters through plain prepared statements on its own connection to the
 * same file. Each sample runs both, alternating which goes first.
 */

export interface Comparison {
  readonly key: string;
  readonly label: string;
  readonly ours: number[];
  readonly raw: number[];
  /** Same SQL with rows returned as arrays (better-sqlite3 `raw()` mode), for reference. */
  readonly rawArrays?: number[];
  readonly targetP95Ms: number | null;
  readonly targetRatio: number | null;
  readonly extra: Record<string, number>;
}

interface SampleRow {
  id: string;
  display_name: string;
  first_name: string | null;
  last_name: string | null;
  address_city: string | null;
}

const PAGE = 100;

export async function measureApi(
  dataDir: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<Comparison[]> {
  const backend: Backend = createBackend({ dataDir, appVersion: 'bench', dailyBackup: false });
  const raw = new Database(join(dataDir, 'crm.sqlite'), { readonly: true });
  // The read-side pragmas the backend's connection has (src-main/db/pragmas.ts).
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
  const objects = new Map<string, Database.Statement>();
  const arrays = new Map<string, Database.Statement>();
  const prepared = (sql: string, asArrays = false): Database.Statement => {
    const cache = asArrays ? arrays : objects;
    let statement = cache.get(sql);
    if (!statement) {
      statement = raw.prepare(sql);
      if (asArrays) statement.raw(true);
      cache.set(sql, statement);
    }
    return statement;
  };
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await backend.call(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
    return result.value as T;
  };

  try {
    const info = await call<{ state: string }>('app.info', {});
    if (info.state === 'unreadable') throw new Error('The benchmark database did not open.');
    const random = seededRandom(20_240_108);
    const maxRowid = (raw.prepare('SELECT max(rowid) AS m FROM contact').get() as { m: number }).m;
    const sampleStatement = raw.prepare(
      'SELECT id, display_name, first_name, last_name, address_city FROM contact WHERE rowid = ? AND deleted_at IS NULL',
    );
    const sampleRows = (n: number): SampleRow[] => {
      const rows: SampleRow[] = [];
      while (rows.length < n) {
        const row = sampleStatement.get(1 + Math.floor(random() * maxRowid)) as SampleRow | undefined;
        if (row) rows.push(row);
      }
      return rows;
    };
    const alternate = async (
      i: number,
      ours: () => Promise<number>,
      baseline: () => number,
    ): Promise<[number, number]> => {
      if (i % 2 === 0) {
        const a = await ours();
        return [a, baseline()];
      }
      const b = baseline();
      return [await ours(), b];
    };
    const rawList = (input: ListInput, asArrays: boolean): number => {
      const plan = planList(input);
      return timeSync(() => {
        let got = 0;
        for (const segment of plan.segments) {
          const params = [...segment.params];
          params[params.length - 1] = plan.limit + 1 - got;
          got += prepared(segment.sql, asArrays).all(...params).length;
          if (got > plan.limit) break;
        }
      });
    };

    /** Pages through lists starting at each input; every page is one sample. */
    const listComparison = async (
      key: string,
      label: string,
      starts: ListInput[],
      pagesPerStart: number,
      extra: Record<string, number>,
    ): Promise<Comparison> => {
      const result: Comparison = {
        key,
        label,
        ours: [],
        raw: [],
        rawArrays: [],
        targetP95Ms: 3,
        targetRatio: 1.25,
        extra,
      };
      for (const [i, start] of starts.entries()) {
        let input: ListInput | null = start;
        // Who goes first alternates per start, not per page: the first run of
        // a start warms the caches for the pages after it.
        for (let page = 0; page < pagesPerStart && input; page++) {
          const current: ListInput = input;
          let next: string | null = null;
          const [ours, baseline] = await alternate(
            i,
            () =>
              timeAsync(async () => {
                next = (await call<ListPage>('records.list', current)).nextCursor;
              }),
            () => rawList(current, false),
          );
          result.ours.push(ours);
          result.raw.push(baseline);
          result.rawArrays?.push(rawList(current, true));
          input = next ? { ...current, after: next } : null;
        }
      }
      return result;
    };

    // Warm-up: first statements are prepared, code paths compiled.
    for (let w = 0; w < 20; w++) {
      await call('records.list', { entity: 'contact', limit: PAGE });
      rawList({ entity: 'contact', limit: PAGE }, false);
    }

    const comparisons: Comparison[] = [];
    const pages = 5;
    const starts = sampleRows(Math.ceil(options.samples / pages)).map((row): ListInput => ({
      entity: 'contact',
      limit: PAGE,
      sort: { field: 'display_name', dir: 'asc' },
      after: encodeCursor({ field: 'display_name', dir: 'asc', value: row.display_name, id: row.id }),
    }));
    log('  list pages sorted by name');
    comparisons.push(await listComparison('list_page', '100-row list page, sorted by name', starts, pages, {}));

    const matchCount = raw.prepare('SELECT count(*) AS n FROM contact_fts WHERE contact_fts MATCH ?');
    const quickFind = async (key: string, label: string, term: (row: SampleRow) => string): Promise<Comparison> => {
      const terms = sampleRows(Math.ceil(options.samples / 2)).map(term);
      const counts = terms.map((t) => (matchCount.get(toFtsQuery(t)) as { n: number }).n);
      const inputs = terms.map((quickFind): ListInput => ({ entity: 'contact', limit: PAGE, quickFind }));
      return listComparison(key, label, inputs, 2, { matches_median: median(counts) });
    };
    log('  list pages with quick find');
    comparisons.push(
      await quickFind(
        'list_page_quickfind_name',
        '  with quick find "<first name> <3 letters of last name>"',
        (r) => `${r.first_name ?? ''} ${(r.last_name ?? '').slice(0, 3)}`,
      ),
    );
    comparisons.push(
      await quickFind('list_page_quickfind_surname', '  with quick find "<last name>"', (r) => r.last_name ?? ''),
    );

    log('  global search');
    const termKinds = [
      (r: SampleRow) => (r.last_name ?? '').slice(0, 2),
      (r: SampleRow) => (r.last_name ?? '').slice(0, 3),
      (r: SampleRow) => r.first_name ?? '',
      (r: SampleRow) => (r.address_city ?? '').slice(0, 4),
    ];
    const searchTerms = sampleRows(options.samples).map((row, i) => termKinds[i % termKinds.length]!(row));
    const search: Comparison = {
      key: 'search',
      label: 'global search (as you type)',
      ours: [],
      raw: [],
      targetP95Ms: 5,
      targetRatio: null,
      extra: {},
    };
    for (const [i, text] of searchTerms.entries()) {
      const query = toFtsQuery(text);
      const [ours, baseline] = await alternate(
        i,
        () => timeAsync(() => call('search.global', { text })),
        () =>
          timeSync(() => {
            if (query === null) return;
            for (const entity of ENTITY_NAMES)
              prepared(matchSql(recordTable(entity))).all(query, candidateCount(DEFAULT_RESULTS_PER_TYPE));
          }),
      );
      search.ours.push(ours);
      search.raw.push(baseline);
    }
    comparisons.push(search);

    log('  record reads');
    const read: Comparison = {
      key: 'record_read',
      label: 'one record read',
      ours: [],
      raw: [],
      targetP95Ms: null,
      targetRatio: null,
      extra: {},
    };
    const getSql = getRecordSql(recordTable('contact'));
    for (const [i, row] of sampleRows(options.samples).entries()) {
      const [ours, baseline] = await alternate(
        i,
        () => timeAsync(() => call('records.get', { entity: 'contact', id: row.id })),
        () => timeSync(() => prepared(getSql).get(row.id)),
      );
      read.ours.push(ours);
      read.raw.push(baseline);
    }
    comparisons.push(read);
    return comparisons;
  } finally {
    raw.close();
    backend.close();
  }
}
