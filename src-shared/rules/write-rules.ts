import type { FieldIssue, RecordValues } from '../api';
import type { EntityDef } from '../entities/types';
import { activityWriteRule } from './activities/write-rule';
import { SALES_WRITE_RULES } from './sales/write-rules';
import { issueAt } from '../query/issues';
import { sameFieldValue, validateValues, type ValidationOutcome, type WriteMode } from './records/validate-values';

/**
 * Record-type rules that run on every create and update, after the field
 * checks: status transitions, values derived from others, cross-field
 * checks. Pure, so the form runs them for instant feedback and the write
 * path runs the very same functions as the truth.
 */

export interface WriteRuleInput {
  /** The record type's effective metadata (its choice lists as the administrator edited them). */
  readonly entity: EntityDef;
  readonly mode: WriteMode;
  /** The record as stored before this change; null on create. */
  readonly stored: RecordValues | null;
  /** The checked, normalised changes (on create: every value given). */
  readonly changes: RecordValues;
  /** Milliseconds since the epoch, for values that depend on the moment of the change. */
  readonly now: number;
  /**
   * True when a record type's command (Qualify, Activate, Win…) writes, false
   * for what a user typed: only commands change the `commandFields`.
   */
  readonly command: boolean;
}

export interface WriteRuleOutcome {
  /** Values the rule sets besides (or instead of) the changes. */
  readonly patch: RecordValues;
  readonly issues: FieldIssue[];
}

export type WriteRule = (input: WriteRuleInput) => WriteRuleOutcome;

const WRITE_RULES: Readonly<Record<string, WriteRule>> = {
  activity: activityWriteRule,
  ...SALES_WRITE_RULES,
};

/**
 * The values a create or update really writes: the field checks, then the
 * record type's rule, whose additions are checked like the user's input.
 */
export function prepareWrite(
  entity: EntityDef,
  input: RecordValues,
  mode: WriteMode,
  stored: RecordValues | null,
  now: number,
  options: { readonly command?: boolean } = {},
): ValidationOutcome {
  const command = options.command ?? false;
  const checked = validateValues(entity, input, mode, stored);
  if (!command) {
    const typed = commandFieldsTyped(entity, checked.values, stored);
    if (typed.length > 0) return { values: checked.values, issues: typed };
  }
  const rule = WRITE_RULES[entity.name];
  if (!rule) return checked;
  // A dependent choice left stale by a change of what it depends on (a status
  // reason after a status change) is the rule's to fix; the final check below
  // still refuses it if the rule does not.
  const issues = checked.issues.filter(
    (i) => !(i.messageKey === 'validation.choice_mismatch' && !(String(i.path[1]) in input)),
  );
  if (issues.length > 0) return { values: checked.values, issues };
  const outcome = rule({ entity, mode, stored, changes: checked.values, now, command });
  if (outcome.issues.length > 0) return { values: checked.values, issues: outcome.issues };
  if (Object.keys(outcome.patch).length === 0) return checked;
  return validateValues(entity, { ...checked.values, ...outcome.patch }, mode, stored);
}

/** What a user may not set: a command field given a value other than the stored one. */
function commandFieldsTyped(entity: EntityDef, values: RecordValues, stored: RecordValues | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const name of entity.commandFields ?? []) {
    if (!(name in values)) continue;
    const before = stored?.[name] ?? null;
    if (sameFieldValue(values[name] ?? null, before)) continue;
    issues.push(issueAt(['values', name], 'validation.command_field'));
  }
  return issues;
}

/** Leaves out the command fields: a form sends only what the user may set (the backend derives the rest again). */
export function withoutCommandFields(entity: EntityDef, values: RecordValues): RecordValues {
  const fields = entity.commandFields;
  if (!fields || fields.length === 0) return values;
  return Object.fromEntries(Object.entries(values).filter(([name]) => !fields.includes(name)));
}
