import type { RecordValues } from '../../src-shared/api';
import { getField, type EntityDef } from '../../src-shared/entities';

/** A record's icon: its type's (an activity's phone, mail…), else its entity's. */
export function recordIconOf(entity: EntityDef, values: RecordValues): string {
  const typeField = entity.typeField ? getField(entity, entity.typeField) : undefined;
  const type = entity.typeField ? values[entity.typeField] : undefined;
  if (typeField?.type === 'choice' && typeof type === 'string') return typeField.icons?.[type] ?? entity.icon;
  return entity.icon;
}
