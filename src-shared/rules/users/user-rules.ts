import type { FieldIssue } from '../../api/errors';
import { isEmail } from '../records/field-formats';
import { validationMessage } from '../records/validate-values';

/**
 * What a person types for a user or a team, checked the same way in the
 * dialogs (instant feedback) and in the backend (the truth). Issues carry
 * the input's field name as their path (`['email']`).
 */

export const MAX_USER_NAME = 100;
export const MAX_EMAIL = 254;
export const MAX_TEAM_NAME = 100;
export const MAX_TEAM_DESCRIPTION = 2000;

export function userIssue(field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue {
  return {
    path: [field],
    messageKey,
    ...(Object.keys(params).length ? { params } : {}),
    message: validationMessage(messageKey, params),
  };
}

function text(field: string, value: string | undefined, max: number, issues: FieldIssue[]): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') issues.push(userIssue(field, 'validation.required'));
  else if (trimmed.length > max) issues.push(userIssue(field, 'validation.too_long', { max }));
  return trimmed;
}

export interface UserDraft {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
}

export interface CheckedUser {
  readonly name?: string;
  readonly email?: string;
  readonly issues: FieldIssue[];
}

/**
 * Name and e-mail, trimmed; both required when given (and on create every
 * one is given). An e-mail already stored is accepted as it is, so the
 * first-run administrator (`admin@localhost`) can be renamed before their
 * address is corrected.
 */
export function checkUser(draft: UserDraft, storedEmail: string | null = null): CheckedUser {
  const issues: FieldIssue[] = [];
  const name = text('name', draft.name, MAX_USER_NAME, issues);
  const email = text('email', draft.email, MAX_EMAIL, issues);
  if (email && email.length <= MAX_EMAIL && email !== storedEmail && !isEmail(email)) {
    issues.push(userIssue('email', 'validation.email'));
  }
  return {
    ...(name !== undefined ? { name } : {}),
    ...(email !== undefined ? { email } : {}),
    issues,
  };
}

/** The same address whatever the case: e-mail addresses identify users. */
export function userEmailKey(email: string): string {
  return email.trim().toLowerCase();
}

export interface TeamDraft {
  readonly name?: string | undefined;
  readonly description?: string | null | undefined;
}

export interface CheckedTeam {
  readonly name?: string;
  /** Null clears it; undefined leaves it. */
  readonly description?: string | null;
  readonly issues: FieldIssue[];
}

export function checkTeam(draft: TeamDraft): CheckedTeam {
  const issues: FieldIssue[] = [];
  const name = text('name', draft.name, MAX_TEAM_NAME, issues);
  let description: string | null | undefined;
  if (draft.description !== undefined) {
    const trimmed = draft.description?.trim() ?? '';
    if (trimmed.length > MAX_TEAM_DESCRIPTION) {
      issues.push(userIssue('description', 'validation.too_long', { max: MAX_TEAM_DESCRIPTION }));
    }
    description = trimmed === '' ? null : trimmed;
  }
  return {
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    issues,
  };
}
