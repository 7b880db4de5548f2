import type { ErrorParams } from '../../api/errors';

/**
 * What a sales lifecycle rule answers: either the field changes to write
 * (through the one write path) or why it refuses, as an i18n key with
 * parameters, so the UI and the backend show the same message offline and
 * in the office.
 */
export interface RuleIssue {
  readonly messageKey: string;
  readonly params: ErrorParams;
}

export type Transition<C> =
  { readonly ok: true; readonly changes: C } | { readonly ok: false; readonly issue: RuleIssue };

export function allow<C>(changes: C): Transition<C> {
  return { ok: true, changes };
}

export function refuse<C = never>(messageKey: string, params: ErrorParams = {}): Transition<C> {
  return { ok: false, issue: { messageKey, params } };
}
