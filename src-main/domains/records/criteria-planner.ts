import type { SqlDb } from '../../db';
import type { CriteriaPlanner } from './criteria-sql';
import type { DbValue } from './field-codec';

/**
 * The database side of choosing criteria plans: which columns lead an index
 * (read from the schema, cached until the schema changes) and capped counts
 * of the records a condition matches, taken only when an index serves the
 * condition: counting by reading a whole table would cost more than the
 * better plan saves.
 */

const LEADING_COLUMNS_SQL =
  'SELECT DISTINCT ii.name AS col FROM pragma_index_list(?) il, pragma_index_info(il.name) ii WHERE ii.seqno = 0';

interface Cache {
  schemaVersion: number;
  readonly leading: Map<string, ReadonlySet<string>>;
}

const caches = new WeakMap<SqlDb, Cache>();

function cacheFor(db: SqlDb): Cache {
  const schemaVersion = db.raw.pragma('schema_version', { simple: true }) as number;
  let cache = caches.get(db);
  if (!cache || cache.schemaVersion !== schemaVersion) {
    cache = { schemaVersion, leading: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

export function sqlPlanner(db: SqlDb): CriteriaPlanner {
  const cache = cacheFor(db);
  return {
    leadsIndex(table, column) {
      let columns = cache.leading.get(table);
      if (!columns) {
        columns = new Set(
          db
            .stmt(LEADING_COLUMNS_SQL)
            .pluck()
            .all(table)
            .filter((c): c is string => typeof c === 'string'),
        );
        cache.leading.set(table, columns);
      }
      return columns.has(column);
    },
    countUpTo(sql: string, params: readonly DbValue[], cap: number) {
      const plan = db.stmt(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      // Criteria tables are aliased r1, r2...: a SCAN of one reads it whole.
      if (plan.some((step) => /^SCAN r\d+\b/.test(step.detail))) return null;
      const count = db
        .stmt(`SELECT count(*) FROM (${sql} LIMIT ?)`)
        .pluck()
        .get(...params, cap);
      return Number(count);
    },
  };
}
