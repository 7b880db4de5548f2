/**
 * Errors crossing the boundary between the backend and the UI. They carry an
 * i18n key (`messageKey`) plus parameters so the renderer shows them in the
 * user's language; `message` is an English fallback for logs and the CLI.
 * No stack trace ever crosses the boundary.
 */

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'UNKNOWN_METHOD'
  | 'READ_ONLY'
  | 'CONFLICT'
  | 'DATABASE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'INTERNAL';

export type ErrorParams = Record<string, string | number>;

/** One failing field: `path` like `['values', 'email']`, `messageKey` like `validation.email`. */
export interface FieldIssue {
  readonly path: readonly (string | number)[];
  readonly messageKey: string;
  readonly params?: ErrorParams;
  readonly message: string;
}

export interface ApiError {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly message: string;
  readonly params?: ErrorParams;
  readonly issues?: readonly FieldIssue[];
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** Thrown inside the backend; turned into an `ApiError` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params?: ErrorParams;
  readonly issues?: readonly FieldIssue[];

  constructor(
    code: ErrorCode,
    messageKey: string,
    message: string,
    extra: { params?: ErrorParams; issues?: readonly FieldIssue[] } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = messageKey;
    if (extra.params) this.params = extra.params;
    if (extra.issues) this.issues = extra.issues;
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      messageKey: this.messageKey,
      message: this.message,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export function validationError(issues: readonly FieldIssue[]): AppError {
  return new AppError('VALIDATION', 'error.validation', 'Some values are not valid.', { issues });
}
