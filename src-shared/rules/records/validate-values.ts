import type { FieldIssue, FieldValue, RecordValues } from '../../api';
import type { EntityDef, FieldDef } from '../../entities/types';
import { canonicalMoney, isDate, isEmail, isPhone, isUrl } from './field-formats';

export type WriteMode = 'create' | 'update';

export interface ValidationOutcome {
  /** Normalised values (trimmed, empty -> null, canonical money). */
  readonly values: RecordValues;
  readonly issues: FieldIssue[];
}

const MESSAGES: Record<string, (p: Record<string, string | number>) => string> = {
  'validation.required': () => 'This field is required.',
  'validation.email': () => 'Enter an e-mail address like name@example.com.',
  'validation.phone': () => 'Enter a phone number using digits, spaces, +, - or brackets.',
  'validation.url': () => 'Enter a web address like example.com.',
  'validation.too_long': (p) => `Use at most ${p['max']} characters.`,
  'validation.integer': () => 'Enter a whole number.',
  'validation.min': (p) => `Enter ${p['min']} or more.`,
  'validation.max': (p) => `Enter ${p['max']} or less.`,
  'validation.money': () => 'Enter an amount with at most 14 digits and 4 decimals.',
  'validation.date': () => 'Enter a valid date.',
  'validation.boolean': () => 'Choose yes or no.',
  'validation.choice': () => 'Choose one of the listed values.',
  'validation.id': () => 'Choose a record from the list.',
  'validation.unknown_field': (p) => `There is no field "${p['field']}".`,
  'validation.type': () => 'This value has the wrong type.',
};

export function issue(field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue {
  const render = MESSAGES[messageKey];
  return {
    path: ['values', field],
    messageKey,
    ...(Object.keys(params).length ? { params } : {}),
    message: render ? render(params) : messageKey,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks one value against its field; returns the normalised value or an issue. */
export function validateField(field: FieldDef, input: FieldValue): { value: FieldValue } | { issue: FieldIssue } {
  const fail = (key: string, params?: Record<string, string | number>) => ({ issue: issue(field.name, key, params) });
  let value: FieldValue = typeof input === 'string' ? input.trim() : input;
  if (value === '') value = null;
  if (value === null) return field.required ? fail('validation.required') : { value: null };

  switch (field.type) {
    case 'text':
    case 'multiline':
    case 'email':
    case 'phone':
    case 'url': {
      if (typeof value !== 'string') return fail('validation.type');
      if (value.length > field.maxLength) return fail('validation.too_long', { max: field.maxLength });
      if (field.type === 'email' && !isEmail(value)) return fail('validation.email');
      if (field.type === 'phone' && !isPhone(value)) return fail('validation.phone');
      if (field.type === 'url' && !isUrl(value)) return fail('validation.url');
      return { value };
    }
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n)) return fail('validation.integer');
      if (field.min !== undefined && n < field.min) return fail('validation.min', { min: field.min });
      if (field.max !== undefined && n > field.max) return fail('validation.max', { max: field.max });
      return { value: n };
    }
    case 'money': {
      if (typeof value !== 'string' && typeof value !== 'number') return fail('validation.money');
      const money = canonicalMoney(value);
      return money === null ? fail('validation.money') : { value: money };
    }
    case 'date':
      return typeof value === 'string' && isDate(value) ? { value } : fail('validation.date');
    case 'boolean':
      return typeof value === 'boolean' ? { value } : fail('validation.boolean');
    case 'choice':
      return typeof value === 'string' && field.choices.includes(value) ? { value } : fail('validation.choice');
    case 'lookup':
    case 'user':
      return typeof value === 'string' && UUID.test(value) ? { value: value.toLowerCase() } : fail('validation.id');
  }
}

/**
 * Validates the values of a create or an update. On create every required
 * field must be present; on update only the fields sent are checked.
 * Runs in the renderer (instant feedback) and in main (the truth).
 */
export function validateValues(entity: EntityDef, values: RecordValues, mode: WriteMode): ValidationOutcome {
  const issues: FieldIssue[] = [];
  const out: Record<string, FieldValue> = {};
  for (const [name, raw] of Object.entries(values)) {
    const field = entity.fields.find((f) => f.name === name);
    if (!field) {
      issues.push(issue(name, 'validation.unknown_field', { field: name }));
      continue;
    }
    const result = validateField(field, raw);
    if ('issue' in result) issues.push(result.issue);
    else out[name] = result.value;
  }
  if (mode === 'create') {
    for (const field of entity.fields) {
      if (field.required && !(field.name in values)) issues.push(issue(field.name, 'validation.required'));
    }
  }
  return { values: out, issues };
}

/** The record's display name from its values, e.g. "Anna Petrova". */
export function displayNameOf(entity: EntityDef, values: RecordValues): string {
  return entity.displayName
    .map((f) => values[f])
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' ');
}
