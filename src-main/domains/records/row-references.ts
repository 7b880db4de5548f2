import type { LookupRef, RecordRow } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import { referenceNames, referencesIn } from './reference-names';

/**
 * Rows with the names of what their regarding and party fields refer to:
 * every reference's name in `refNames`, and a regarding field also under
 * `lookups` (its id being the `"<entity>:<id>"` reference), so code that
 * shows lookups shows it too. One query per referenced type for the whole
 * page.
 */
export function withReferenceNames<R extends RecordRow>(
  db: SqlDb,
  refFields: readonly FieldDef[],
  rows: readonly R[],
): R[] {
  if (refFields.length === 0) return [...rows];
  const names = referenceNames(
    db,
    referencesIn(
      refFields,
      rows.map((r) => r.values),
    ),
  );
  return rows.map((row) => {
    const own = referencesIn(refFields, [row.values]);
    if (own.size === 0) return row;
    const refNames: Record<string, string> = {};
    for (const ref of own) if (names[ref] !== undefined) refNames[ref] = names[ref];
    const lookups: Record<string, LookupRef> = { ...row.lookups };
    for (const field of refFields) {
      const value = row.values[field.name];
      if (field.type === 'regarding' && typeof value === 'string' && names[value] !== undefined) {
        lookups[field.name] = { id: value, name: names[value] };
      }
    }
    return { ...row, lookups, refNames };
  });
}
