import type { SqlDb } from '../../db';
import type { ListPlan } from '../records/list-query';

/**
 * Counts the rows an export will write, in steps that each look at a
 * bounded number of rows (a range of ids), so the count of a million-row
 * export never holds the main process for long. Yields between steps.
 */

/** Rows one counting step looks at. */
const SPAN = 10_000;

function whereSql(plan: ListPlan): { sql: string; params: unknown[] } {
  return {
    sql: plan.where.map((c) => `(${c.sql})`).join(' AND '),
    params: plan.where.flatMap((c) => c.params),
  };
}

export async function countRows(db: SqlDb, plan: ListPlan, pause: () => Promise<void>): Promise<number> {
  const { table } = plan.table;
  const where = whereSql(plan);
  if (plan.match !== null) {
    // Quick find narrows the rows to the FTS matches first; they are counted in one step.
    const fts = plan.table.ftsTable;
    const sql =
      `SELECT count(*) FROM ${fts} CROSS JOIN ${table} t ON t.rowid = ${fts}.rowid ` +
      `WHERE ${fts} MATCH ? AND ${where.sql}`;
    return Number(
      db
        .stmt(sql)
        .pluck()
        .get(plan.match, ...where.params),
    );
  }
  const boundary = db.stmt(`SELECT id FROM ${table} WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?`).pluck();
  const inRange = db.stmt(`SELECT count(*) FROM ${table} t WHERE t.id > ? AND t.id <= ? AND ${where.sql}`).pluck();
  const rest = db.stmt(`SELECT count(*) FROM ${table} t WHERE t.id > ? AND ${where.sql}`).pluck();
  let total = 0;
  let after = '';
  for (;;) {
    const upTo = boundary.get(after, SPAN - 1) as string | undefined;
    if (upTo === undefined) return total + Number(rest.get(after, ...where.params));
    total += Number(inRange.get(after, upTo, ...where.params));
    after = upTo;
    await pause();
  }
}
