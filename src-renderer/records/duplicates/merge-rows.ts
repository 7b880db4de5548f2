import type { FieldValue, RecordData } from '../../../src-shared/api';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import {
  defaultMergeChoices,
  isEmptyValue,
  mergeableFields,
  type MergeChoices,
  type MergeSide,
} from '../../../src-shared/rules/duplicates';

/** One line of the merge dialog: a field and the two records' values. */
export interface MergeRow {
  readonly field: FieldDef;
  readonly first: FieldValue;
  readonly second: FieldValue;
  readonly differs: boolean;
}

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (isEmptyValue(a) && isEmptyValue(b)) || a === b;
}

/** The fields there is something to see or choose in: at least one record has a value. */
export function mergeRows(entity: EntityDef, first: RecordData, second: RecordData): MergeRow[] {
  return mergeableFields(entity)
    .map((field) => {
      const a = first.values[field.name] ?? null;
      const b = second.values[field.name] ?? null;
      return { field, first: a, second: b, differs: !same(a, b) };
    })
    .filter((row) => !isEmptyValue(row.first) || !isEmptyValue(row.second));
}

/** Which record (by id) each field's value comes from: the defaults for this master. */
export function defaultPicks(entity: EntityDef, master: RecordData, other: RecordData): Record<string, string> {
  const choices = defaultMergeChoices(entity, master.values, other.values);
  return Object.fromEntries(
    Object.entries(choices).map(([field, side]) => [field, side === 'master' ? master.id : other.id]),
  );
}

/** The picks as the API takes them: the master's side or the subordinate's, for fields that differ. */
export function choicesOf(
  rows: readonly MergeRow[],
  picks: Readonly<Record<string, string>>,
  masterId: string,
): MergeChoices {
  const choices: Record<string, MergeSide> = {};
  for (const row of rows) {
    const pick = picks[row.field.name];
    if (row.differs && pick !== undefined) choices[row.field.name] = pick === masterId ? 'master' : 'subordinate';
  }
  return choices;
}
