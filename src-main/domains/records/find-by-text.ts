import { AppError, type LookupItem } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { fromDb } from './field-codec';
import { ftsTerms, toFtsQuery } from './fts-query';
import { columnExpr, quoteIdent, recordTable, type RecordTable } from './record-table';

/**
 * Type-ahead lookups and global search: an FTS5 prefix MATCH first, limited
 * to a few candidates (newest first, which FTS5 reads straight off its
 * index), then only those rows are joined. Candidates whose name matches
 * every typed word come before rows that merely share an e-mail domain or a
 * city; within each group they are ordered by name. Ranking all matches
 * (bm25) would cost time proportional to their number, which a one-letter
 * prefix over a million rows makes far too slow for typing. Tombstoned rows
 * are not in the FTS index, so nothing deleted is ever returned.
 */

/** How many candidates are read per result wanted. */
const CANDIDATES_PER_RESULT = 4;
const MIN_CANDIDATES = 20;

export function candidateCount(limit: number): number {
  return Math.max(limit * CANDIDATES_PER_RESULT, MIN_CANDIDATES);
}

function detailColumns(table: RecordTable): string {
  return table.entity.detailFields
    .map((name, i) => {
      const field = table.fieldByName.get(name);
      return field ? `, ${columnExpr(field)} AS "_d${i}"` : '';
    })
    .join('');
}

/** The SQL of a text search over one entity; parameters: FTS query, candidate count. */
export function matchSql(table: RecordTable): string {
  return (
    `SELECT t.id, t.display_name${detailColumns(table)} ` +
    `FROM (SELECT rowid FROM ${table.ftsTable} WHERE ${table.ftsTable} MATCH ? ORDER BY rowid DESC LIMIT ?) m ` +
    `CROSS JOIN ${table.table} t ON t.rowid = m.rowid WHERE t.deleted_at IS NULL`
  );
}

function firstByNameSql(table: RecordTable): string {
  return (
    `SELECT t.id, t.display_name${detailColumns(table)} FROM ${table.table} t ` +
    'WHERE t.deleted_at IS NULL ORDER BY t.display_name, t.id LIMIT ?'
  );
}

function toItem(table: RecordTable, row: Record<string, unknown>): LookupItem {
  const detail = table.entity.detailFields
    .map((name, i) => {
      const field = table.fieldByName.get(name);
      const value = field ? fromDb(field, row[`_d${i}`]) : null;
      return value === null ? '' : String(value);
    })
    .filter((v) => v.length > 0)
    .join(' · ');
  return { id: String(row['id']), name: String(row['display_name']), detail };
}

/** Lower case without accents, as FTS5's `remove_diacritics` compares. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether every term starts a word of the name. */
function nameMatches(name: string, terms: readonly string[]): boolean {
  const words = ftsTerms(name).map(fold);
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}

/** A filtered lookup reads at most this many records of the filter (a unit group's units, a list's ranges). */
const MAX_FILTERED = 500;

export interface LookupFilter {
  readonly field: string;
  readonly value: string;
}

export function findByText(db: SqlDb, entity: string, text: string, limit: number, where?: LookupFilter): LookupItem[] {
  const table = recordTable(entity);
  if (where) return findWithin(db, table, text, limit, where);
  const query = toFtsQuery(text);
  if (query === null) {
    return (db.stmt(firstByNameSql(table)).all(limit) as Record<string, unknown>[]).map((r) => toItem(table, r));
  }
  const terms = ftsTerms(text).map(fold);
  const candidates = (db.stmt(matchSql(table)).all(query, candidateCount(limit)) as Record<string, unknown>[]).map(
    (row) => {
      const item = toItem(table, row);
      return { item, byName: nameMatches(item.name, terms) };
    },
  );
  candidates.sort(
    (a, b) =>
      Number(b.byName) - Number(a.byName) || a.item.name.localeCompare(b.item.name) || (a.item.id < b.item.id ? -1 : 1),
  );
  return candidates.slice(0, limit).map((c) => c.item);
}

/**
 * A lookup narrowed to the records of one parent (the units of a unit
 * group): few rows by nature, read by the parent's index in name order and
 * matched on their names.
 */
function findWithin(db: SqlDb, table: RecordTable, text: string, limit: number, where: LookupFilter): LookupItem[] {
  const field = table.fieldByName.get(where.field);
  if (!field || field.type !== 'lookup')
    throw new AppError('VALIDATION', 'validation.unknown_field', `There is no field "${where.field}".`, {
      params: { field: where.field },
    });
  const rows = db
    .stmt(
      `SELECT t.id, t.display_name${detailColumns(table)} FROM ${table.table} t ` +
        `WHERE t.deleted_at IS NULL AND t.${quoteIdent(field.name)} = ? ORDER BY t.display_name, t.id LIMIT ?`,
    )
    .all(where.value, MAX_FILTERED) as Record<string, unknown>[];
  const terms = ftsTerms(text).map(fold);
  return rows
    .map((r) => toItem(table, r))
    .filter((item) => terms.length === 0 || nameMatches(item.name, terms))
    .slice(0, limit);
}
