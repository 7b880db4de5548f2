import type { FieldValue } from '../../../src-shared/api';
import { ENTITIES, INTERNAL_RECORD_TYPES, type FieldDef } from '../../../src-shared/entities';
import { formatRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { quoteIdent, recordTable, type RecordTable } from '../records/record-table';

/**
 * Every field of every record type that can point at records of a given
 * type, read from the metadata: lookups (a contact's account, an account's
 * parent), regarding fields (an activity or note about it) and party lists
 * (an appointment's attendees). A record type declared later is covered by
 * declaring its fields.
 */

export interface Reference {
  readonly table: RecordTable;
  readonly field: FieldDef;
}

function pointsAt(field: FieldDef, entity: string): boolean {
  if (field.type === 'lookup') return field.target === entity;
  if (field.type === 'regarding' || field.type === 'parties') return field.targets.includes(entity);
  return false;
}

export function referencesTo(entity: string): Reference[] {
  return [...ENTITIES, ...INTERNAL_RECORD_TYPES].flatMap((e) =>
    e.fields.filter((f) => pointsAt(f, entity)).map((field) => ({ table: recordTable(e.name), field })),
  );
}

/** Ids of the live records whose `field` points at record `id` of `entity` (party lists via their index). */
export function referringIds(db: SqlDb, ref: Reference, entity: string, id: string): string[] {
  const { table, field } = ref;
  if (field.type === 'parties') {
    const rows = db
      .stmt('SELECT DISTINCT record_id AS id FROM record_party WHERE party = ? AND entity = ? AND field = ?')
      .all(formatRef(entity, id), table.entity.name, field.name) as { id: string }[];
    return rows.map((r) => r.id);
  }
  const value = field.type === 'regarding' ? formatRef(entity, id) : id;
  const rows = db
    .stmt(`SELECT id FROM ${table.table} WHERE ${quoteIdent(field.name)} = ? AND deleted_at IS NULL`)
    .all(value) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * The field's value with record `from` replaced by record `to` (a party list
 * keeps its order and names `to` once); undefined when it does not point at
 * `from`.
 */
export function repointed(
  field: FieldDef,
  value: FieldValue | undefined,
  entity: string,
  from: string,
  to: string,
): FieldValue | undefined {
  if (field.type === 'lookup') return value === from ? to : undefined;
  const [oldRef, newRef] = [formatRef(entity, from), formatRef(entity, to)];
  if (field.type === 'regarding') return value === oldRef ? newRef : undefined;
  if (field.type === 'parties' && Array.isArray(value) && value.includes(oldRef)) {
    return [...new Set(value.map((party: string) => (party === oldRef ? newRef : party)))];
  }
  return undefined;
}
