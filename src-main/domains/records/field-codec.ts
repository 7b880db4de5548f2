import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { moneyToScaled, scaledToMoney } from './money-column';

/** What a field's value is bound as in SQL. */
export type DbValue = string | number | bigint | null;

/** API value (already validated and normalised) -> column value. */
export function toDb(field: FieldDef, value: FieldValue | undefined): DbValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'money':
      return moneyToScaled(String(value));
    case 'boolean':
      return value ? 1 : 0;
    default:
      return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
}

/** Column value (money read as text) -> API value. */
export function fromDb(field: FieldDef, value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'money':
      return scaledToMoney(value as string);
    case 'boolean':
      return value === 1 || value === 1n;
    case 'integer':
      return Number(value);
    default:
      return String(value);
  }
}
