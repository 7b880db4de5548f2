import type { RecordValues } from '../../../src-shared/api';
import { isEntityName, USER_PARTY, type FieldDef } from '../../../src-shared/entities';
import { parseRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { recordTable } from './record-table';

/** Every reference `"<entity>:<id>"` the regarding and party fields of these values hold. */
export function referencesIn(fields: readonly FieldDef[], rows: Iterable<RecordValues>): Set<string> {
  const refs = new Set<string>();
  for (const values of rows) {
    for (const field of fields) {
      const value = values[field.name];
      if (typeof value === 'string') refs.add(value);
      else if (Array.isArray(value)) for (const ref of value) refs.add(ref);
    }
  }
  return refs;
}

/**
 * Display names of references, by reference. Deleted records keep their
 * names here: an activity about someone since deleted should still say who.
 * References to unknown types or missing rows are left out.
 */
export function referenceNames(db: SqlDb, refs: Iterable<string>): Record<string, string> {
  const idsByEntity = new Map<string, string[]>();
  for (const ref of refs) {
    const parsed = parseRef(ref);
    if (!parsed || (parsed.entity !== USER_PARTY && !isEntityName(parsed.entity))) continue;
    const ids = idsByEntity.get(parsed.entity) ?? [];
    ids.push(parsed.id);
    idsByEntity.set(parsed.entity, ids);
  }
  const names: Record<string, string> = {};
  for (const [entity, ids] of idsByEntity) {
    const source =
      entity === USER_PARTY
        ? // Owners may be teams too: `principal` names both.
          'SELECT id, name FROM principal'
        : `SELECT id, display_name AS name FROM ${recordTable(entity).table}`;
    // One statement per type whatever the number of ids: they travel as one JSON array.
    const rows = db.stmt(`${source} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as {
      id: string;
      name: string;
    }[];
    for (const row of rows) names[`${entity}:${row.id}`] = row.name;
  }
  return names;
}
