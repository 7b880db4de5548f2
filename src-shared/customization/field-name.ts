import type { EntityDef } from '../entities/types';
import { CUSTOM_FIELD_PREFIX } from './types';

/**
 * Rules for the name an administrator gives a custom field. The column is
 * always `cf_<name>`, so it can never collide with a built-in column; the
 * name is still refused when it reads like a built-in field, another custom
 * field (ignoring case), a system column or an SQL keyword, because lists,
 * filters, exports and sync would show two fields users cannot tell apart.
 */

export type FieldNameProblem =
  'empty' | 'invalid' | 'too_long' | 'reserved' | 'keyword' | 'clash_builtin' | 'clash_custom';

export const MAX_FIELD_NAME_LENGTH = 40;

const SHAPE = /^[a-z][a-z0-9_]*$/;

/** Columns every synced record has. */
const SYSTEM_COLUMNS = new Set([
  'id',
  'rowid',
  'oid',
  '_rowid_',
  'display_name',
  'created_at',
  'created_by',
  'modified_at',
  'modified_by',
  'deleted_at',
  'deleted_by',
  '_clk',
]);

/** SQLite's keywords (sqlite.org/lang_keywords.html). */
const SQL_KEYWORDS = new Set(
  (
    'abort action add after all alter always analyze and as asc attach autoincrement before begin between by cascade ' +
    'case cast check collate column commit conflict constraint create cross current current_date current_time ' +
    'current_timestamp database default deferrable deferred delete desc detach distinct do drop each else end escape ' +
    'except exclude exclusive exists explain fail filter first following for foreign from full generated glob group ' +
    'groups having if ignore immediate in index indexed initially inner insert instead intersect into is isnull join ' +
    'key last left like limit match materialized natural no not nothing notnull null nulls of offset on or order ' +
    'others outer over partition plan pragma preceding primary query raise range recursive references regexp reindex ' +
    'release rename replace restrict returning right rollback row rows savepoint select set table temp temporary then ' +
    'ties to transaction trigger unbounded union unique update using vacuum values view virtual when where window with ' +
    'without'
  ).split(' '),
);

/** The name as stored: trimmed, lower case. */
export function normalizeFieldName(name: string): string {
  return name.trim().toLowerCase();
}

/** The column and API name of a custom field called `name`. */
export function customColumnName(name: string): string {
  return `${CUSTOM_FIELD_PREFIX}${normalizeFieldName(name)}`;
}

/** A suggested name for a label: ASCII letters and digits joined by `_` (empty when the label has none, e.g. Persian). */
export function suggestFieldName(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, MAX_FIELD_NAME_LENGTH);
}

/**
 * What is wrong with `name` as a new custom field of `entity` (whose
 * effective fields include the custom ones already added, hidden ones in
 * `hiddenNames`), or null when it can be used.
 */
export function fieldNameProblem(
  entity: EntityDef,
  name: string,
  hiddenNames: readonly string[] = [],
): FieldNameProblem | null {
  const n = normalizeFieldName(name);
  if (n.length === 0) return 'empty';
  if (n.length > MAX_FIELD_NAME_LENGTH) return 'too_long';
  if (!SHAPE.test(n)) return 'invalid';
  if (n.startsWith(CUSTOM_FIELD_PREFIX) || SYSTEM_COLUMNS.has(n)) return 'reserved';
  if (SQL_KEYWORDS.has(n)) return 'keyword';
  const custom = customColumnName(n);
  const existing = [...entity.fields.map((f) => f.name), ...hiddenNames].map((f) => f.toLowerCase());
  if (existing.includes(custom)) return 'clash_custom';
  if (existing.includes(n)) return 'clash_builtin';
  return null;
}
