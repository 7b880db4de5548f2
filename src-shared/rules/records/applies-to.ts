import type { RecordValues } from '../../api';
import type { EntityDef, FieldDef } from '../../entities/types';

/** How deep `appliesTo` may chain (a field applying by a field applying by…) before it is called a loop. */
const MAX_CHAIN = 8;

/**
 * Whether a field belongs on a record with these values: it has no
 * `appliesTo`, or its discriminator applies itself and holds one of the
 * listed values. E.g. "weekdays" applies when the frequency is weekly, and
 * the frequency only when the activity is a recurring appointment.
 */
export function isApplicable(entity: EntityDef, field: FieldDef, values: RecordValues, depth = 0): boolean {
  const rule = field.appliesTo;
  if (!rule) return true;
  if (depth >= MAX_CHAIN) throw new Error(`appliesTo of ${entity.name}.${field.name} loops.`);
  const discriminator = entity.fields.find((f) => f.name === rule.field);
  if (!discriminator || !isApplicable(entity, discriminator, values, depth + 1)) return false;
  const value = values[rule.field];
  return typeof value === 'string' && rule.values.includes(value);
}

/** The fields a record with these values has, in declaration order. */
export function applicableFields(entity: EntityDef, values: RecordValues): FieldDef[] {
  return entity.fields.filter((f) => isApplicable(entity, f, values));
}
