import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { moneyToScaled, scaledToMoney } from './money-column';

/** What a field's value is bound as in SQL. */
export type DbValue = string | number | bigint | null;

/** Fields whose value is a list, stored as a JSON array in a TEXT column. */
export function isListField(field: FieldDef): boolean {
  return field.type === 'multichoice' || field.type === 'parties';
}

/** API value (already validated and normalised) -> column value. */
export function toDb(field: FieldDef, value: FieldValue | undefined): DbValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : JSON.stringify(value);
  switch (field.type) {
    case 'money':
      return moneyToScaled(String(value));
    case 'boolean':
      return value ? 1 : 0;
    default:
      return typeof value === 'boolean' ? (value ? 1 : 0) : (value as string | number);
  }
}

function parseList(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
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
    case 'duration':
      return Number(value);
    case 'multichoice':
    case 'parties':
      return parseList(String(value));
    default:
      return String(value);
  }
}
