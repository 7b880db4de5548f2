import { MAX_LIST_ITEMS, type FieldIssue, type FieldValue, type RecordValues } from '../../api';
import type { EntityDef, FieldDef } from '../../entities/types';
import { isApplicable } from './applies-to';
import {
  canonicalDateTime,
  canonicalMoney,
  formatRef,
  isDate,
  isEmail,
  isPhone,
  isUrl,
  parseDuration,
  parseRef,
} from './field-formats';

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
  'validation.datetime': () => 'Enter a valid date and time.',
  'validation.duration': () => 'Enter minutes (90) or hours and minutes (1:30), at most a year.',
  'validation.boolean': () => 'Choose yes or no.',
  'validation.choice': () => 'Choose one of the listed values.',
  'validation.choice_mismatch': () => 'Choose one of the values offered here.',
  'validation.id': () => 'Choose a record from the list.',
  'validation.too_many': (p) => `Give at most ${p['max']} items.`,
  'validation.unknown_field': (p) => `There is no field "${p['field']}".`,
  'validation.type': () => 'This value has the wrong type.',
  'validation.type_fixed': () => 'The type of an activity cannot be changed; create a new one instead.',
  'validation.activity_closed': () => 'This activity is closed. Reopen it to change it.',
  'validation.status_transition': () => 'The status cannot change this way.',
  'validation.end_before_start': () => 'The end must not be before the start.',
  'validation.recurrence_ends_before_start': () => 'The series must not end before its first day.',
  'validation.recurrence_no_occurrence': () => 'This pattern has no date on which the appointment would take place.',
  'validation.unknown_time_zone': () => 'This time zone is not known.',
};

/** The English text of a validation message (the renderer shows the user's language from `messageKey`). */
export function validationMessage(messageKey: string, params: Record<string, string | number> = {}): string {
  const render = MESSAGES[messageKey];
  return render ? render(params) : messageKey;
}

export function issue(field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue {
  return {
    path: ['values', field],
    messageKey,
    ...(Object.keys(params).length ? { params } : {}),
    message: validationMessage(messageKey, params),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Checked = { value: FieldValue } | { issue: FieldIssue };

/** A list of strings with no duplicates; each item checked by `item` (null = bad item). */
function checkList(
  field: FieldDef,
  value: FieldValue,
  item: (text: string) => string | null,
  badItemKey: string,
): Checked {
  if (!Array.isArray(value)) return { issue: issue(field.name, 'validation.type') };
  if (value.length > MAX_LIST_ITEMS)
    return { issue: issue(field.name, 'validation.too_many', { max: MAX_LIST_ITEMS }) };
  const out: string[] = [];
  for (const raw of value as readonly unknown[]) {
    const normalised = typeof raw === 'string' ? item(raw) : null;
    if (normalised === null) return { issue: issue(field.name, badItemKey) };
    if (!out.includes(normalised)) out.push(normalised);
  }
  return { value: out.length === 0 ? null : out };
}

/** Checks one value against its field; returns the normalised value or an issue. */
export function validateField(field: FieldDef, input: FieldValue): Checked {
  const fail = (key: string, params?: Record<string, string | number>) => ({ issue: issue(field.name, key, params) });
  let value: FieldValue = typeof input === 'string' ? input.trim() : input;
  if (value === '' || (Array.isArray(value) && value.length === 0)) value = null;
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
    case 'datetime': {
      const moment = typeof value === 'string' ? canonicalDateTime(value) : null;
      return moment === null ? fail('validation.datetime') : { value: moment };
    }
    case 'duration': {
      const minutes = typeof value === 'string' || typeof value === 'number' ? parseDuration(value) : null;
      return minutes === null ? fail('validation.duration') : { value: minutes };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { value } : fail('validation.boolean');
    case 'choice':
      return typeof value === 'string' && field.choices.includes(value) ? { value } : fail('validation.choice');
    case 'multichoice': {
      const checked = checkList(field, value, (v) => (field.choices.includes(v) ? v : null), 'validation.choice');
      // Declared order, so the same set is always the same value.
      if ('value' in checked && Array.isArray(checked.value)) {
        return { value: [...checked.value].sort((a, b) => field.choices.indexOf(a) - field.choices.indexOf(b)) };
      }
      return checked;
    }
    case 'lookup':
    case 'user':
      return typeof value === 'string' && UUID.test(value) ? { value: value.toLowerCase() } : fail('validation.id');
    case 'regarding': {
      const ref = typeof value === 'string' ? parseRef(value) : null;
      return ref && field.targets.includes(ref.entity)
        ? { value: formatRef(ref.entity, ref.id) }
        : fail('validation.id');
    }
    case 'parties':
      return checkList(
        field,
        value,
        (v) => {
          const ref = parseRef(v);
          return ref && field.targets.includes(ref.entity) ? formatRef(ref.entity, ref.id) : null;
        },
        'validation.id',
      );
  }
}

/** Two normalised values are the same (lists item by item). */
export function sameFieldValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
}

/**
 * Validates the values of a create or an update. On create every required
 * field must be present; on update only the fields sent are checked.
 *
 * Fields that do not apply to the record (see `appliesTo`, judged on the
 * stored values with the new ones on top) are ignored rather than checked;
 * on update, stored values of fields that stop applying are cleared.
 * Runs in the renderer (instant feedback) and in main (the truth).
 */
export function validateValues(
  entity: EntityDef,
  values: RecordValues,
  mode: WriteMode,
  stored: RecordValues | null = null,
): ValidationOutcome {
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
  const merged: RecordValues = hasConditionalFields(entity) ? { ...(stored ?? {}), ...out } : {};
  const applies = (field: FieldDef) => !field.appliesTo || isApplicable(entity, field, merged);
  for (const field of hasConditionalFields(entity) ? entity.fields : []) {
    if (applies(field)) continue;
    // An issue about a field the record does not have would be one the user cannot see or fix.
    for (let i = issues.length - 1; i >= 0; i--) if (issues[i]?.path[1] === field.name) issues.splice(i, 1);
    if (field.name in out) delete out[field.name];
    if (mode === 'update' && stored && stored[field.name] !== null && stored[field.name] !== undefined) {
      out[field.name] = null;
    }
  }
  for (const field of entity.fields) {
    if (!field.required || !applies(field)) continue;
    if (issues.some((i) => i.path[1] === field.name)) continue;
    // On update, a required field must come with the change that makes it apply.
    const missing =
      mode === 'create'
        ? !(field.name in values)
        : stored !== null &&
          !(field.name in out) &&
          (stored[field.name] ?? null) === null &&
          !isApplicable(entity, field, stored);
    if (missing) issues.push(issue(field.name, 'validation.required'));
  }
  if (hasConditionalFields(entity)) issues.push(...choiceMismatches(entity, out, merged));
  return { values: out, issues };
}

// Keyed by the field list, which custom fields replace.
const conditional = new WeakMap<readonly FieldDef[], boolean>();

/**
 * Whether any field of the entity applies only sometimes or depends on
 * another: most record types have none, and their writes (a million rows in
 * an import) skip that work.
 */
function hasConditionalFields(entity: EntityDef): boolean {
  let known = conditional.get(entity.fields);
  if (known === undefined) {
    known = entity.fields.some((f) => f.appliesTo || (f.type === 'choice' && f.dependsOn));
    conditional.set(entity.fields, known);
  }
  return known;
}

/** Choices that do not fit the value of the field they depend on (e.g. a status reason of another status). */
function choiceMismatches(entity: EntityDef, changed: RecordValues, merged: RecordValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const field of entity.fields) {
    if (field.type !== 'choice' || !field.dependsOn) continue;
    const { field: controller, choices } = field.dependsOn;
    if (!(field.name in changed) && !(controller in changed)) continue;
    const value = merged[field.name];
    const control = merged[controller];
    if (typeof value !== 'string' || typeof control !== 'string') continue;
    if (!(choices[control] ?? []).includes(value)) issues.push(issue(field.name, 'validation.choice_mismatch'));
  }
  return issues;
}

/** The record's display name from its values, e.g. "Anna Petrova". */
export function displayNameOf(entity: EntityDef, values: RecordValues): string {
  return entity.displayName
    .map((f) => values[f])
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .join(' ');
}
