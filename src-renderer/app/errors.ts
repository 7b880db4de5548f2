import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '../../src-shared/api';
import { isApiCallError } from '../api';
import { i18n } from '../i18n/setup';

/** An issue or error in the user's language, falling back to the backend's English text. */
export function translateIssue(t: TFunction, issue: Pick<FieldIssue, 'messageKey' | 'params' | 'message'>): string {
  return t(issue.messageKey, { ...(issue.params ?? {}), defaultValue: issue.message });
}

export function apiErrorOf(error: unknown): ApiError | null {
  return isApiCallError(error) ? error.error : null;
}

export function errorText(t: TFunction, error: unknown): string {
  const apiError = apiErrorOf(error);
  return apiError ? translateIssue(t, apiError) : t('error.unexpected');
}

export function notifyError(error: unknown, title?: string) {
  const t = i18n.t.bind(i18n);
  notifications.show({
    color: 'red',
    title: title ?? t('notify.failed'),
    message: errorText(t, error),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
