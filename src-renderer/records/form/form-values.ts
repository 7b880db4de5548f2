import type { FieldIssue, FieldValue, RecordValues } from '../../../src-shared/api';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import { sameFieldValue, validateField } from '../../../src-shared/rules/records';

/**
 * Pure helpers of the record form: what changed, what a new record sends,
 * where each issue goes. Drafts hold what the inputs hold (integers and money
 * as typed text); comparisons go through the shared rules' normalisation so
 * "1000" typed over 1000 is not a change.
 */

function normalised(field: FieldDef, value: FieldValue | undefined): FieldValue {
  if (value === undefined) return null;
  const result = validateField({ ...field, required: false }, value);
  return 'value' in result ? result.value : value;
}

export function sameValue(field: FieldDef, a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return sameFieldValue(normalised(field, a), normalised(field, b));
}

/** Fields whose draft differs from the stored values: what an update sends. */
export function changedValues(entity: EntityDef, draft: RecordValues, original: RecordValues): RecordValues {
  const out: Record<string, FieldValue> = {};
  for (const field of entity.fields) {
    if (!(field.name in draft)) continue;
    const value = draft[field.name] ?? null;
    if (!sameValue(field, value, original[field.name])) out[field.name] = value;
  }
  return out;
}

/** A create sends every field that has a value. */
export function createValues(entity: EntityDef, draft: RecordValues): RecordValues {
  const out: Record<string, FieldValue> = {};
  for (const field of entity.fields) {
    const value = draft[field.name];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[field.name] = value;
  }
  return out;
}

/** Issues about `values.<field>` keyed by field; the rest are about the record as a whole. */
export function splitIssues(issues: readonly FieldIssue[]): {
  byField: Record<string, FieldIssue>;
  other: FieldIssue[];
} {
  const byField: Record<string, FieldIssue> = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const [root, field] = issue.path;
    if (root === 'values' && typeof field === 'string') byField[field] ??= issue;
    else other.push(issue);
  }
  return { byField, other };
}

/** A link's text as the field's value: yes/no, or a comma-separated list for list fields. */
function prefilled(field: FieldDef, raw: string): FieldValue {
  if (field.type === 'boolean') return raw === 'true';
  if (field.type === 'multichoice' || field.type === 'parties') return raw.split(',').filter(Boolean);
  return raw;
}

/** Values a "new" form starts with: link prefill (typed per field), the current user as owner, and field defaults. */
export function initialDraft(
  entity: EntityDef,
  prefill: Readonly<Record<string, string>>,
  currentUserId: string | null,
): RecordValues {
  const out: Record<string, FieldValue> = {};
  for (const field of entity.fields) {
    const raw = prefill[field.name];
    if (raw !== undefined) out[field.name] = prefilled(field, raw);
    else if (field.type === 'user' && field.name === 'owner_id' && currentUserId) out[field.name] = currentUserId;
    else if (field.defaultValue !== undefined) out[field.name] = field.defaultValue;
  }
  return out;
}
