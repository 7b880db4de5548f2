import { validationError, type FieldIssue, type ListInput } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { compileCriteria, type CriteriaEnv, type CriteriaPlanner } from './criteria-sql';
import { decodeCursor, type Cursor } from './cursor';
import type { DbValue } from './field-codec';
import { toFtsQuery } from './fts-query';
import { buildFilters, listField, type SqlCondition } from './list-filters';
import { columnExpr, quoteIdent, recordTable, type LookupJoin, type RecordTable } from './record-table';

/**
 * The SQL of one list page. Keyset paging on (sort column, id) over the
 * partial indexes of live rows; no OFFSET, no COUNT.
 *
 * NULLs sort first ascending and last descending (SQLite's order, and each
 * direction is the exact reverse of the other). A page that starts inside
 * the NULL block and may continue into the values (or the reverse) is split
 * into two segments, each a plain range on the index, run one after the
 * other until the page is full; an OR of both would defeat the index.
 *
 * With quick find, the FTS5 MATCH runs first and the matching rows are
 * joined, filtered and sorted (MATCH first, then join).
 *
 * Criteria (a view's or advanced find's) compile to one more condition of
 * the WHERE clause, beside the column filters (criteria-sql.ts).
 *
 * Rows come back as arrays: [id, display_name, ...columns, ...lookup names].
 */

export const DEFAULT_PAGE_SIZE = 100;

export interface ListSegment {
  readonly sql: string;
  readonly params: DbValue[];
}

export interface ListPlan {
  readonly table: RecordTable;
  readonly sortField: FieldDef;
  readonly dir: 'asc' | 'desc';
  readonly limit: number;
  /** Field columns in row order, from index 2. */
  readonly columns: readonly FieldDef[];
  /** Lookups whose names follow the columns, with the index of their id column. */
  readonly lookups: readonly { readonly join: LookupJoin; readonly idIndex: number }[];
  /** Index of the sort value in a row. */
  readonly sortIndex: number;
  readonly segments: readonly ListSegment[];
  /** The page's conditions without the keyset: live rows, filters, criteria (exports count with them). */
  readonly where: readonly SqlCondition[];
  /** The FTS5 query of quick find, or null. */
  readonly match: string | null;
}

/** What compiling criteria needs besides the input: the moment, zone and user, and the database's plan hints. */
export interface ListCriteriaContext {
  readonly env: CriteriaEnv;
  readonly planner: CriteriaPlanner;
}

function issueAt(
  path: (string | number)[],
  messageKey: string,
  message: string,
  params: Record<string, string>,
): FieldIssue {
  return { path, messageKey, message, params };
}

function sortParam(field: FieldDef, value: string | number | null): DbValue {
  if (value === null) return null;
  return field.type === 'money' ? BigInt(value) : value;
}

/** LEFT JOINs that fetch the names of lookup targets (tombstoned targets stay nameless). */
export function lookupJoinSql(joins: readonly LookupJoin[]): { joins: string; columns: string[] } {
  return {
    joins: joins
      .map((l, i) => {
        const live = l.record ? ` AND j${i}.deleted_at IS NULL` : '';
        return `LEFT JOIN ${l.table} j${i} ON j${i}.id = t.${quoteIdent(l.field.name)}${live}`;
      })
      .join(' '),
    columns: joins.map((l, i) => `j${i}.${l.nameColumn}`),
  };
}

function keysetSegments(
  sortCol: string,
  sortField: FieldDef,
  dir: 'asc' | 'desc',
  cursor: Cursor | null,
): SqlCondition[] {
  if (!cursor) return [{ sql: '', params: [] }];
  const v = sortParam(sortField, cursor.value);
  if (dir === 'asc') {
    return v === null
      ? [
          { sql: `${sortCol} IS NULL AND t.id > ?`, params: [cursor.id] },
          { sql: `${sortCol} IS NOT NULL`, params: [] },
        ]
      : [{ sql: `(${sortCol}, t.id) > (?, ?)`, params: [v, cursor.id] }];
  }
  return v === null
    ? [{ sql: `${sortCol} IS NULL AND t.id < ?`, params: [cursor.id] }]
    : [
        { sql: `(${sortCol}, t.id) < (?, ?)`, params: [v, cursor.id] },
        { sql: `${sortCol} IS NULL`, params: [] },
      ];
}

function selectedColumns(
  table: RecordTable,
  names: readonly string[],
  sortField: FieldDef,
  issues: FieldIssue[],
): FieldDef[] {
  const columns: FieldDef[] = [];
  names.forEach((name, i) => {
    // Every row carries its display name anyway.
    if (name === 'display_name') return;
    const field = table.fieldByName.get(name);
    if (!field)
      issues.push(issueAt(['columns', i], 'validation.unknown_field', `There is no field "${name}".`, { field: name }));
    else if (!columns.includes(field)) columns.push(field);
  });
  if (sortField.name !== 'display_name' && !columns.includes(sortField)) columns.push(sortField);
  return columns;
}

function criteriaCondition(
  table: RecordTable,
  input: ListInput,
  context: ListCriteriaContext | undefined,
): { conditions: SqlCondition[]; issues: FieldIssue[] } {
  if (!input.criteria) return { conditions: [], issues: [] };
  if (!context) throw new Error('Listing with criteria needs a criteria context.');
  const compiled = compileCriteria(input.criteria, table.entity, context.env, context.planner);
  return { conditions: compiled.condition ? [compiled.condition] : [], issues: compiled.issues };
}

export function planList(input: ListInput, criteriaContext?: ListCriteriaContext): ListPlan {
  const table = recordTable(input.entity);
  const sortName = input.sort?.field ?? 'display_name';
  const dir = input.sort?.dir ?? 'asc';
  const sortField = listField(table, sortName);
  const issues: FieldIssue[] = [];
  if (!sortField?.sortable) {
    issues.push(
      issueAt(['sort', 'field'], 'validation.not_sortable', `The list cannot be sorted by "${sortName}".`, {
        field: sortName,
      }),
    );
  }
  const filters = buildFilters(table, input.filters ?? []);
  issues.push(...filters.issues);
  const criteria = criteriaCondition(table, input, criteriaContext);
  issues.push(...criteria.issues);
  const columns = sortField ? selectedColumns(table, input.columns ?? table.entity.listColumns, sortField, issues) : [];
  if (issues.length > 0 || !sortField) throw validationError(issues);
  const cursor = input.after ? decodeCursor(input.after, sortName, dir) : null;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;

  const lookups = table.lookups
    .filter((l) => columns.includes(l.field))
    .map((join) => ({ join, idIndex: 2 + columns.indexOf(join.field) }));
  const joinSql = lookupJoinSql(lookups.map((l) => l.join));
  const select = ['t.id', 't.display_name', ...columns.map((f) => columnExpr(f)), ...joinSql.columns].join(', ');
  const sortCol = `t.${quoteIdent(sortField.name)}`;
  const order = dir === 'asc' ? 'ASC' : 'DESC';
  const match = input.quickFind === undefined ? null : toFtsQuery(input.quickFind);
  const orderBy = `ORDER BY ${sortCol} ${order}, t.id ${order}`;
  const joins = joinSql.joins ? ` ${joinSql.joins}` : '';

  const live: SqlCondition[] = [
    { sql: 't.deleted_at IS NULL', params: [] },
    ...filters.conditions,
    ...criteria.conditions,
  ];
  const segments = keysetSegments(sortCol, sortField, dir, cursor).map((keyset): ListSegment => {
    const where: SqlCondition[] = [...live];
    if (keyset.sql) where.push(keyset);
    const whereSql = where.map((c) => `(${c.sql})`).join(' AND ');
    const params = where.flatMap((c) => c.params);
    if (match === null) {
      return {
        sql: `SELECT ${select} FROM ${table.table} t${joins} WHERE ${whereSql} ${orderBy} LIMIT ?`,
        params: [...params, limit + 1],
      };
    }
    // Deferred join: every match is fetched only for its sort key; the
    // columns and lookup names are read for the page's rows alone.
    const page =
      `SELECT t.rowid AS rid FROM ${table.ftsTable} CROSS JOIN ${table.table} t ON t.rowid = ${table.ftsTable}.rowid ` +
      `WHERE ${table.ftsTable} MATCH ? AND ${whereSql} ${orderBy} LIMIT ?`;
    return {
      sql: `SELECT ${select} FROM (${page}) page CROSS JOIN ${table.table} t ON t.rowid = page.rid${joins} ${orderBy}`,
      params: [match, ...params, limit + 1],
    };
  });
  const sortIndex = sortField.name === 'display_name' ? 1 : 2 + columns.indexOf(sortField);
  return { table, sortField, dir, limit, columns, lookups, sortIndex, segments, where: live, match };
}
