import {
  MAX_DUPLICATE_MATCHES,
  type DuplicateGroup,
  type LookupItem,
  type RecordValues,
} from '../../../src-shared/api';
import { duplicateRulesOf } from '../../../src-shared/rules/duplicates';
import type { SqlDb } from '../../db';
import { findRecord } from '../records/load-row';
import { recordTable, type RecordTable } from '../records/record-table';

const MATCH_SQL =
  'SELECT record_id FROM duplicate_key WHERE entity = ? AND rule = ? AND key = ? AND record_id <> ? ORDER BY record_id LIMIT ?';

/** Name and detail line of a live record, as lookups show it; null for a missing or deleted one. */
function itemOf(db: SqlDb, table: RecordTable, id: string): LookupItem | null {
  const record = findRecord(db, table, id);
  if (!record || record.deletedAt !== null) return null;
  const detail = table.entity.detailFields
    .map((name) => record.values[name])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map(String)
    .join(' · ');
  return { id, name: record.displayName, detail };
}

/**
 * Live records of `entity` that share a match key with `values`, grouped by
 * rule: one primary-key range read per key, then the few matches loaded.
 */
export function findDuplicates(
  db: SqlDb,
  entity: string,
  values: RecordValues,
  excludeId: string | undefined,
): DuplicateGroup[] {
  const rules = duplicateRulesOf(entity);
  if (rules.length === 0) return [];
  const table = recordTable(entity);
  const match = db.stmt(MATCH_SQL);
  const groups: DuplicateGroup[] = [];
  for (const rule of rules) {
    const ids = new Set<string>();
    for (const key of rule.keys(values)) {
      const rows = match.all(entity, rule.name, key, excludeId ?? '', MAX_DUPLICATE_MATCHES + 1) as {
        record_id: string;
      }[];
      for (const row of rows) ids.add(row.record_id);
    }
    const matches = [...ids]
      .map((id) => itemOf(db, table, id))
      .filter((item): item is LookupItem => item !== null)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    if (matches.length === 0) continue;
    groups.push({
      rule: rule.name,
      label: rule.label,
      matches: matches.slice(0, MAX_DUPLICATE_MATCHES),
      more: matches.length > MAX_DUPLICATE_MATCHES,
    });
  }
  return groups;
}
