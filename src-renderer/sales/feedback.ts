import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { apiErrorOf, errorText, translateIssue } from '../app/errors';
import { i18n } from '../i18n/setup';

/**
 * Why a sales command failed, in the user's language: the backend's refusal
 * ("This quote is active and locked. Revise it to make changes."), or each
 * of its issues when it refused values.
 */
export function failureText(t: TFunction, error: unknown): string {
  const issues = apiErrorOf(error)?.issues ?? [];
  if (issues.length > 0) return issues.map((issue) => translateIssue(t, issue)).join(' ');
  return errorText(t, error);
}

export function notifyFailure(error: unknown) {
  const t = i18n.t.bind(i18n);
  notifications.show({ color: 'red', title: t('notify.failed'), message: failureText(t, error), autoClose: 8000 });
}

/** Today in the user's time zone, as `YYYY-MM-DD`. */
export function todayLocal(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
