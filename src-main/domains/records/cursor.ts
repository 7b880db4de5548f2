import { AppError, type FieldIssue } from '../../../src-shared/api';

/**
 * Keyset cursor: where the previous page ended, as base64url JSON of
 * `[sort field, direction, sort value, id]`. The sort is part of it so a
 * cursor from another sort order is refused instead of skipping rows.
 * Money sort values travel as the column's exact integer text.
 */

export type SortValue = string | number | null;

export interface Cursor {
  readonly field: string;
  readonly dir: 'asc' | 'desc';
  readonly value: SortValue;
  readonly id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.dir, cursor.value, cursor.id]), 'utf8').toString('base64url');
}

function invalidCursor(): AppError {
  const issue: FieldIssue = {
    path: ['after'],
    messageKey: 'validation.cursor',
    message: 'This page position is not valid for the current sort; start again from the first page.',
  };
  return new AppError('VALIDATION', 'error.validation', 'Some values are not valid.', { issues: [issue] });
}

export function decodeCursor(text: string, field: string, dir: 'asc' | 'desc'): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalidCursor();
  const [f, d, value, id] = parsed as unknown[];
  const valueOk = value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (f !== field || d !== dir || !valueOk || typeof id !== 'string') throw invalidCursor();
  return { field, dir, value: value as SortValue, id };
}
