import type { TFunction } from 'i18next';
import { apiErrorOf, errorText, translateIssue } from '../../app/errors';

const VIEW_PARTS = new Set(['criteria', 'columns', 'sort']);

/**
 * Why a list could not be loaded. A view that no longer fits the record
 * type (a field it names was removed) says so, with the first problem, so
 * the user knows to edit the view rather than retry.
 */
export function listErrorText(t: TFunction, error: unknown): string {
  const issue = apiErrorOf(error)?.issues?.find((i) => VIEW_PARTS.has(String(i.path[0])));
  return issue ? `${t('views.view_problem')} ${translateIssue(t, issue)}` : errorText(t, error);
}
