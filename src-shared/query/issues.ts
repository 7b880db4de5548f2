import type { ErrorParams, FieldIssue } from '../api/errors';
import { en, messageAt } from '../i18n';

export type IssuePath = readonly (string | number)[];

/** The English text of a message key with its parameters filled in (the UI shows its own language). */
export function englishMessage(messageKey: string, params: ErrorParams = {}): string {
  const template = messageAt(en, messageKey) ?? messageKey;
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*\w+)?\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A problem with one input, its English text filled in (criteria, record values, settings). */
export function issueAt(path: IssuePath, messageKey: string, params?: ErrorParams): FieldIssue {
  return {
    path: [...path],
    messageKey,
    message: englishMessage(messageKey, params),
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
  };
}

export const criteriaIssue = issueAt;
