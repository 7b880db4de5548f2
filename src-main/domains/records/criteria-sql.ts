import type { FieldIssue } from '../../../src-shared/api';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import {
  childRelations,
  criteriaKindOf,
  instantRange,
  isRelativeDateOp,
  pastBound,
  relativeDateRange,
  resolveFieldPath,
  STATIC_METADATA,
  validateCriteria,
  type Criteria,
  type CriteriaGroup,
  type CriteriaKind,
  type CriteriaMetadata,
  type CriteriaOp,
  type CriteriaValue,
  type FieldCondition,
  type RelatedCondition,
} from '../../../src-shared/query';
import { toDb, type DbValue } from './field-codec';
import type { SqlCondition } from './list-filters';
import { quoteIdent } from './record-table';

/**
 * Criteria -> one SQL condition on a record table's alias, with every value
 * a bound parameter and every identifier taken from metadata.
 *
 * Conditions on a looked-up record (`account_id.industry`) become
 * `t.account_id IN (SELECT id FROM account WHERE live AND ...)`. Which plan
 * is fast depends on how many records match: when few do, SQLite should
 * start from the lookup's index and sort the few rows; when many do, it
 * should walk the list's sort index and test each row against the (small,
 * in-memory) IN list, which a leading `+` makes it do. So for such a
 * condition at the top level of the criteria, a capped count of the
 * matching looked-up records picks the form (see `SPARSE_TARGETS`), when an
 * index can count them; otherwise many matches are assumed.
 *
 * "Has related" conditions become a correlated `[NOT] EXISTS` on the child's
 * lookup index, which stops at the first match; a child lookup without an
 * index is read once instead (`t.id [NOT] IN (SELECT via FROM child ...)`).
 * At the top level, "has some" whose child condition matches few records
 * (a capped count again) starts from those children instead, looking their
 * parents up by id: "accounts with a contact whose e-mail is x" is then an
 * index lookup rather than a walk over every account.
 */

export interface CriteriaEnv {
  /** The moment relative dates are resolved at, epoch ms. */
  readonly now: number;
  readonly timeZone: string;
  /** 0 Sunday ... 6 Saturday. */
  readonly weekStart: number;
  /** For "equals current user". */
  readonly userId: string;
}

/** What the compiler may ask the database while choosing a plan. */
export interface CriteriaPlanner {
  /** Whether some index of `table` starts with `column` (conditions on it can drive a query). */
  leadsIndex(table: string, column: string): boolean;
  /**
   * `SELECT count(*)` of `sql`'s rows, counting no further than `cap`; null
   * when no index serves `sql`, so counting would read a whole table.
   */
  countUpTo(sql: string, params: readonly DbValue[], cap: number): number | null;
}

/**
 * Looked-up records matching a condition up to which the lookup's index
 * drives the query: their own records (about ten each in a typical CRM) are
 * few enough to sort for one page, while above it a walk along the sort
 * index finds a page of matches quickly.
 */
export const SPARSE_TARGETS = 1000;

/** Few enough matches to start from; an unknown count (no index to count with) is taken as many. */
function isSparse(count: number | null): boolean {
  return count !== null && count <= SPARSE_TARGETS;
}

export interface CompiledCriteria {
  /** Null when the criteria hold no condition (every record matches). */
  readonly condition: SqlCondition | null;
  readonly issues: FieldIssue[];
}

interface Scope {
  readonly entity: EntityDef;
  readonly alias: string;
}

interface Compiler {
  readonly env: CriteriaEnv;
  readonly planner: CriteriaPlanner;
  readonly metadata: CriteriaMetadata;
  aliases: number;
}

function and(parts: readonly SqlCondition[]): SqlCondition {
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Above every string that starts with a prefix. */
const PREFIX_END = '\u{10FFFF}';

interface Operands {
  readonly field: FieldDef;
  readonly col: string;
  readonly op: CriteriaOp;
  /** Column values of the condition's value(s). */
  readonly values: readonly DbValue[];
  readonly raw: CriteriaValue | undefined;
  readonly env: CriteriaEnv;
  readonly scope: Scope;
}

/** Comparisons every kind shares; null for an operator they do not cover. */
function common({ col, op, values }: Operands): SqlCondition | null {
  const [first = null, second = null] = values;
  switch (op) {
    case 'eq':
      return { sql: `${col} = ?`, params: [first] };
    case 'ne':
      return { sql: `${col} IS NOT ?`, params: [first] };
    case 'gt':
      return { sql: `${col} > ?`, params: [first] };
    case 'gte':
      return { sql: `${col} >= ?`, params: [first] };
    case 'lt':
      return { sql: `${col} < ?`, params: [first] };
    case 'lte':
      return { sql: `${col} <= ?`, params: [first] };
    case 'between':
      return { sql: `${col} BETWEEN ? AND ?`, params: [first, second] };
    case 'in':
      return { sql: `${col} IN (${placeholders(values)})`, params: [...values] };
    case 'not_in':
      return { sql: `${col} IS NULL OR ${col} NOT IN (${placeholders(values)})`, params: [...values] };
    case 'empty':
      return { sql: `${col} IS NULL`, params: [] };
    case 'not_empty':
      return { sql: `${col} IS NOT NULL`, params: [] };
    default:
      return null;
  }
}

function text(o: Operands): SqlCondition | null {
  const value = String(o.values[0] ?? '');
  switch (o.op) {
    case 'contains':
      return { sql: `${o.col} LIKE ? ESCAPE '\\'`, params: [likePattern(value)] };
    case 'not_contains':
      return { sql: `${o.col} IS NULL OR ${o.col} NOT LIKE ? ESCAPE '\\'`, params: [likePattern(value)] };
    case 'begins':
      // A range rather than LIKE, so the column's NOCASE index serves it.
      return { sql: `${o.col} >= ? AND ${o.col} < ?`, params: [value, `${value}${PREFIX_END}`] };
    default:
      return common(o);
  }
}

function dayRange(o: Operands): { from: string | null; to: string | null } | null {
  if (!isRelativeDateOp(o.op)) return null;
  const days = typeof o.raw === 'number' ? o.raw : 0;
  return relativeDateRange(o.op, days, o.env);
}

function date(o: Operands): SqlCondition | null {
  if (o.op === 'before_now') return { sql: `${o.col} < ?`, params: [pastBound(o.env).date] };
  const range = dayRange(o);
  if (!range) return common(o);
  const parts: SqlCondition[] = [];
  if (range.from !== null) parts.push({ sql: `${o.col} >= ?`, params: [range.from] });
  if (range.to !== null) parts.push({ sql: `${o.col} <= ?`, params: [range.to] });
  return and(parts);
}

/** Moments are canonical UTC ISO text, so a day in the user's zone is a half-open text range. */
function datetime(o: Operands): SqlCondition | null {
  if (o.op === 'before_now') return { sql: `${o.col} < ?`, params: [new Date(pastBound(o.env).instant).toISOString()] };
  const range = dayRange(o);
  if (!range) return common(o);
  const { start, end } = instantRange(range, o.env.timeZone);
  const parts: SqlCondition[] = [];
  if (start !== null) parts.push({ sql: `${o.col} >= ?`, params: [new Date(start).toISOString()] });
  if (end !== null) parts.push({ sql: `${o.col} < ?`, params: [new Date(end).toISOString()] });
  return and(parts);
}

function boolean(o: Operands): SqlCondition | null {
  // An unset yes/no field shows as "No".
  return o.raw === true ? { sql: `${o.col} = 1`, params: [] } : { sql: `${o.col} IS NULL OR ${o.col} = 0`, params: [] };
}

function user(o: Operands): SqlCondition | null {
  if (o.op === 'eq_current_user') return { sql: `${o.col} = ?`, params: [o.env.userId] };
  if (o.op === 'ne_current_user') return { sql: `${o.col} IS NOT ?`, params: [o.env.userId] };
  return common(o);
}

/** A JSON list column holds any of the values (`json_each` of NULL is empty, so `not_in` keeps empty lists). */
function multichoice(o: Operands): SqlCondition | null {
  const any = `EXISTS (SELECT 1 FROM json_each(${o.col}) WHERE json_each.value IN (${placeholders(o.values)}))`;
  if (o.op === 'in') return { sql: any, params: [...o.values] };
  if (o.op === 'not_in') return { sql: `NOT ${any}`, params: [...o.values] };
  return common(o);
}

/** Parties are mirrored one per row in `record_party`, indexed by party. */
function parties(o: Operands): SqlCondition | null {
  if (o.op !== 'eq' && o.op !== 'in') return common(o);
  return {
    sql:
      `EXISTS (SELECT 1 FROM record_party p WHERE p.party IN (${placeholders(o.values)}) ` +
      `AND p.entity = ? AND p.field = ? AND p.record_id = ${o.scope.alias}.id)`,
    params: [...o.values, o.scope.entity.name, o.field.name],
  };
}

/** How each kind of field turns an operator into SQL; a new kind adds its line here. */
const CONDITION_SQL: Readonly<Record<CriteriaKind, (o: Operands) => SqlCondition | null>> = {
  text,
  long_text: text,
  number: common,
  money: common,
  date,
  datetime,
  boolean,
  choice: common,
  multichoice,
  lookup: common,
  user,
  regarding: common,
  parties,
};

function columnOf(alias: string, field: FieldDef): string {
  return `${alias}.${quoteIdent(field.name)}`;
}

function nextAlias(c: Compiler): string {
  c.aliases += 1;
  return `r${c.aliases}`;
}

function fieldSql(c: Compiler, scope: Scope, field: FieldDef, node: FieldCondition): SqlCondition {
  const raw = node.value;
  const list = Array.isArray(raw) ? raw : raw === undefined || typeof raw === 'boolean' ? [] : [raw];
  const values = list.map((v) => toDb(field, v));
  const operands: Operands = { field, col: columnOf(scope.alias, field), op: node.op, values, raw, env: c.env, scope };
  const sql = CONDITION_SQL[criteriaKindOf(field.type)](operands);
  // Validation lets through only operators the kind supports.
  if (!sql) throw new Error(`No SQL for ${node.op} on a ${field.type} field.`);
  return sql;
}

function conditionSql(c: Compiler, scope: Scope, node: FieldCondition, top: boolean): SqlCondition {
  const path = resolveFieldPath(scope.entity, node.field, c.metadata);
  if ('problem' in path) throw new Error(`Unresolved field ${node.field}.`);
  if (!path.via) return fieldSql(c, scope, path.field, node);

  const target: Scope = { entity: path.via.entity, alias: nextAlias(c) };
  const table = quoteIdent(target.entity.name);
  const inner = fieldSql(c, target, path.field, node);
  const subquery = `SELECT ${target.alias}.id FROM ${table} ${target.alias} WHERE ${target.alias}.deleted_at IS NULL AND (${inner.sql})`;
  const lookupCol = columnOf(scope.alias, path.via.lookup);
  const drives =
    top &&
    c.planner.leadsIndex(scope.entity.name, path.via.lookup.name) &&
    isSparse(c.planner.countUpTo(subquery, inner.params, SPARSE_TARGETS + 1));
  return { sql: `${drives ? '' : '+'}${lookupCol} IN (${subquery})`, params: inner.params };
}

function relatedSql(c: Compiler, scope: Scope, node: RelatedCondition, top: boolean): SqlCondition {
  const relation = childRelations(scope.entity, c.metadata).find(
    (r) => r.entity.name === node.entity && r.via.name === node.via,
  );
  if (!relation) throw new Error(`Unresolved relation ${node.entity}.${node.via}.`);
  const child: Scope = { entity: relation.entity, alias: nextAlias(c) };
  const table = quoteIdent(child.entity.name);
  const via = columnOf(child.alias, relation.via);
  const where = groupSql(c, child, node.where, false);
  const filter = `${child.alias}.deleted_at IS NULL${where ? ` AND (${where.sql})` : ''}`;
  const params = where?.params ?? [];
  const not = node.match === 'none' ? 'NOT ' : '';
  const ids = `SELECT ${via} FROM ${table} ${child.alias} WHERE ${via} IS NOT NULL AND ${filter}`;
  // Few matching children: start from them and look their parents up by id.
  if (
    top &&
    node.match === 'some' &&
    isSparse(c.planner.countUpTo(`SELECT 1 FROM ${table} ${child.alias} WHERE ${filter}`, params, SPARSE_TARGETS + 1))
  ) {
    return { sql: `${scope.alias}.id IN (${ids})`, params };
  }
  if (c.planner.leadsIndex(child.entity.name, relation.via.name)) {
    return {
      sql: `${not}EXISTS (SELECT 1 FROM ${table} ${child.alias} WHERE ${via} = ${scope.alias}.id AND ${filter})`,
      params,
    };
  }
  return { sql: `+${scope.alias}.id ${not}IN (${ids})`, params };
}

function groupSql(c: Compiler, scope: Scope, group: CriteriaGroup, top: boolean): SqlCondition | null {
  const both = top && group.op === 'and';
  const parts = group.items.flatMap((item): SqlCondition[] => {
    switch (item.kind) {
      case 'condition':
        return [conditionSql(c, scope, item, both)];
      case 'related':
        return [relatedSql(c, scope, item, both)];
      case 'group': {
        const inner = groupSql(c, scope, item, both);
        return inner ? [inner] : [];
      }
    }
  });
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  const joiner = group.op === 'and' ? ' AND ' : ' OR ';
  return { sql: parts.map((p) => `(${p.sql})`).join(joiner), params: parts.flatMap((p) => p.params) };
}

/**
 * Validates `criteria` for `entity` (issues are reported under `criteria`)
 * and compiles them for the table aliased `alias`.
 */
export function compileCriteria(
  criteria: Criteria,
  entity: EntityDef,
  env: CriteriaEnv,
  planner: CriteriaPlanner,
  options: { alias?: string; metadata?: CriteriaMetadata } = {},
): CompiledCriteria {
  const metadata = options.metadata ?? STATIC_METADATA;
  const checked = validateCriteria(criteria, entity, metadata);
  if (checked.issues.length > 0) {
    return { condition: null, issues: checked.issues.map((i) => ({ ...i, path: ['criteria', ...i.path] })) };
  }
  const compiler: Compiler = { env, planner, metadata, aliases: 0 };
  return { condition: groupSql(compiler, { entity, alias: options.alias ?? 't' }, checked.criteria, true), issues: [] };
}
