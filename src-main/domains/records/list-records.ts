import type { FieldValue, ListInput, ListPage, LookupRef, RecordRow } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { encodeCursor } from './cursor';
import { fromDb } from './field-codec';
import { planList, type ListCriteriaContext, type ListPlan } from './list-query';
import { withReferenceNames } from './row-references';

type Row = unknown[];

/** A row array of the plan -> the API's RecordRow. */
function toRecordRow(plan: ListPlan, row: Row): RecordRow {
  const values: Record<string, FieldValue> = {};
  const { columns } = plan;
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i]!;
    values[field.name] = fromDb(field, row[i + 2]);
  }
  const lookups: Record<string, LookupRef> = {};
  const base = 2 + columns.length;
  for (let i = 0; i < plan.lookups.length; i++) {
    const { join, idIndex } = plan.lookups[i]!;
    const name = row[base + i];
    const id = row[idIndex];
    if (typeof name === 'string' && typeof id === 'string') lookups[join.field.name] = { id, name };
  }
  return { id: row[0] as string, display_name: row[1] as string, values, lookups };
}

/** Runs the plan's segments in order until the page (plus one look-ahead row) is full. */
export function runListPlan(db: SqlDb, plan: ListPlan): Row[] {
  const wanted = plan.limit + 1;
  const rows: Row[] = [];
  for (const segment of plan.segments) {
    const params = [...segment.params];
    params[params.length - 1] = wanted - rows.length;
    // Arrays instead of objects: the page is mapped once below, and
    // better-sqlite3 builds arrays at about half the cost.
    rows.push(
      ...(db
        .stmt(segment.sql)
        .raw(true)
        .all(...params) as Row[]),
    );
    if (rows.length >= wanted) break;
  }
  return rows;
}

export function listRecords(db: SqlDb, input: ListInput, criteria?: ListCriteriaContext): ListPage {
  const plan = planList(input, criteria);
  const rows = runListPlan(db, plan);
  const more = rows.length > plan.limit;
  if (more) rows.length = plan.limit;
  const last = rows[rows.length - 1];
  const refFields = plan.columns.filter((f) => f.type === 'regarding' || f.type === 'parties');
  return {
    rows: withReferenceNames(
      db,
      refFields,
      rows.map((r) => toRecordRow(plan, r)),
    ),
    nextCursor:
      more && last
        ? encodeCursor({
            field: plan.sortField.name,
            dir: plan.dir,
            value: (last[plan.sortIndex] ?? null) as string | number | null,
            id: last[0] as string,
          })
        : null,
  };
}
