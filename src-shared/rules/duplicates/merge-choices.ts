import type { FieldValue, RecordValues } from '../../api/records';
import type { EntityDef, FieldDef } from '../../entities/types';

/**
 * Which value of each field the merged record keeps. The merge dialog shows
 * these defaults and the backend applies the same ones to fields a caller
 * leaves out, so both sides agree on what "merge" without choices means.
 */

export type MergeSide = 'master' | 'subordinate';
export type MergeChoices = Readonly<Record<string, MergeSide>>;

/** Fields a person chooses between: not the record's own bookkeeping, not values its rules derive. */
export function mergeableFields(entity: EntityDef): FieldDef[] {
  return entity.fields.filter((f) => !f.hidden && !f.readOnly);
}

export function isEmptyValue(value: FieldValue | undefined): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The master's value where it has one, else the subordinate's. */
export function defaultMergeChoices(entity: EntityDef, master: RecordValues, subordinate: RecordValues): MergeChoices {
  return Object.fromEntries(
    mergeableFields(entity).map((f): [string, MergeSide] => [
      f.name,
      isEmptyValue(master[f.name]) && !isEmptyValue(subordinate[f.name]) ? 'subordinate' : 'master',
    ]),
  );
}

/**
 * The values the master must take: every field whose chosen value differs
 * from the master's own. Fields missing from `choices` take the default.
 */
export function mergedChanges(
  entity: EntityDef,
  master: RecordValues,
  subordinate: RecordValues,
  choices: MergeChoices,
): RecordValues {
  const defaults = defaultMergeChoices(entity, master, subordinate);
  const changes: Record<string, FieldValue> = {};
  for (const field of mergeableFields(entity)) {
    const side = choices[field.name] ?? defaults[field.name];
    if (side !== 'subordinate') continue;
    const value = subordinate[field.name] ?? null;
    if (!sameValue(value, master[field.name] ?? null)) changes[field.name] = value;
  }
  return changes;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Names in `choices` that are not fields a person may choose between. */
export function unknownMergeFields(entity: EntityDef, choices: MergeChoices): string[] {
  const allowed = new Set(mergeableFields(entity).map((f) => f.name));
  return Object.keys(choices).filter((name) => !allowed.has(name));
}
