import { AppError, type ApiError } from '../../src-shared/api';

/**
 * Anything thrown by a handler -> the ApiError the caller sees. AppErrors
 * pass through; database conditions a user can act on get their own code;
 * everything else is INTERNAL with a generic message, and its stack goes to
 * stderr only.
 */
export function toApiError(error: unknown, method: string): ApiError {
  if (error instanceof AppError) return error.toApiError();
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_FULL') {
    return { code: 'DATABASE', messageKey: 'error.disk_full', message: 'The disk is full; the change was not saved.' };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'DATABASE', messageKey: 'error.busy', message: 'The data file is busy; try again in a moment.' };
  }
  console.error(`[backend] ${method} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
  return { code: 'INTERNAL', messageKey: 'error.internal', message: 'Something went wrong; nothing was changed.' };
}
