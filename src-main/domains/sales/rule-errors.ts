import { AppError, validationError, type ErrorParams, type FieldIssue } from '../../../src-shared/api';
import { englishMessage, issueAt } from '../../../src-shared/query/issues';
import type { PricingIssue } from '../../../src-shared/rules/pricing';
import type { Transition } from '../../../src-shared/rules/sales';

/** A refused lifecycle step, as the error the UI shows in the user's language. */
export function refusal(messageKey: string, params: ErrorParams = {}): AppError {
  return new AppError('CONFLICT', messageKey, englishMessage(messageKey, params), { params });
}

/** The changes a transition allows, or its refusal thrown (rolling back the transaction). */
export function allowed<C>(transition: Transition<C>): C {
  if (!transition.ok) throw refusal(transition.issue.messageKey, transition.issue.params);
  return transition.changes;
}

/** Pricing issues as a validation error; `prefix` places them under the input they are about. */
export function pricingError(issues: readonly PricingIssue[], prefix: readonly (string | number)[] = []): AppError {
  const fieldIssues: FieldIssue[] = issues.map((i) => issueAt([...prefix, ...i.path], i.messageKey, i.params));
  return validationError(fieldIssues);
}
