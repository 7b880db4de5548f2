import { AppError } from '../../../src-shared/api';

/**
 * A timeline position: entries are ordered by `at`, then `key`, both
 * descending; the cursor is the last entry shown, and the next page starts
 * strictly after it. Opaque to clients (base64url JSON).
 */
export interface TimelineCursor {
  readonly at: string;
  readonly key: string;
}

export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.key]), 'utf8').toString('base64url');
}

export function decodeTimelineCursor(text: string): TimelineCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string')
      return { at: value[0], key: value[1] };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('VALIDATION', 'error.bad_cursor', 'This page position is not valid; start from the first page.');
}

/** Newest first: `a` before `b` when it is later, or equally late with the larger key. */
export function compareTimeline(a: TimelineCursor, b: TimelineCursor): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.key === b.key) return 0;
  return a.key < b.key ? 1 : -1;
}
