import type { FieldIssue, RecordValues } from '../../../src-shared/api';
import { isEntityName, USER_PARTY } from '../../../src-shared/entities';
import { issue, parseRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { quoteIdent, type RecordTable } from './record-table';

/** A parent chain longer than this is treated as a cycle rather than walked forever. */
const MAX_HIERARCHY_DEPTH = 1000;

/**
 * Lookups must point at a live record of the target type (and owner fields
 * at an active user or a live team); so must every reference a regarding or
 * party-list field gains
 * (references it already held may name records deleted since, which must
 * not block other edits). A lookup to the record's own type must not make
 * the record its own ancestor. Issues use `validation.id` ("Choose a record
 * from the list").
 */
export function checkLookupTargets(
  db: SqlDb,
  table: RecordTable,
  values: RecordValues,
  selfId: string | null,
  previous: RecordValues = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of table.refFields) {
    const value = values[field.name];
    const before = previous[field.name];
    const held = new Set(typeof before === 'string' ? [before] : Array.isArray(before) ? before : []);
    const refs = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const added = refs.filter((ref) => !held.has(ref));
    if (!added.every((ref) => referenceExists(db, ref))) issues.push(issue(field.name, 'validation.id'));
  }
  for (const join of table.lookups) {
    const name = join.field.name;
    const target = values[name];
    if (typeof target !== 'string') continue;
    const sql = join.record
      ? `SELECT 1 FROM ${join.table} WHERE id = ? AND deleted_at IS NULL`
      : 'SELECT 1 FROM principal WHERE id = ? AND active = 1';
    if (db.stmt(sql).get(target) === undefined) {
      issues.push(issue(name, 'validation.id'));
      continue;
    }
    if (selfId !== null && join.field.type === 'lookup' && join.field.target === table.entity.name) {
      if (createsCycle(db, table, name, target, selfId)) issues.push(issue(name, 'validation.id'));
    }
  }
  return issues;
}

/** A regarding or party reference names a live record of a known type, or a user. */
function referenceExists(db: SqlDb, ref: string): boolean {
  const parsed = parseRef(ref);
  if (!parsed) return false;
  if (parsed.entity === USER_PARTY) return db.stmt('SELECT 1 FROM users WHERE id = ?').get(parsed.id) !== undefined;
  if (!isEntityName(parsed.entity)) return false;
  const sql = `SELECT 1 FROM ${quoteIdent(parsed.entity)} WHERE id = ? AND deleted_at IS NULL`;
  return db.stmt(sql).get(parsed.id) !== undefined;
}

function createsCycle(db: SqlDb, table: RecordTable, field: string, start: string, selfId: string): boolean {
  const parentOf = db.stmt(`SELECT ${quoteIdent(field)} AS parent FROM ${table.table} WHERE id = ?`);
  let current: string | null = start;
  for (let depth = 0; current !== null && depth < MAX_HIERARCHY_DEPTH; depth++) {
    if (current === selfId) return true;
    const row = parentOf.get(current) as { parent: string | null } | undefined;
    current = row?.parent ?? null;
  }
  return current !== null;
}
