import type { ServerResponse } from 'node:http';
import type { ApiError, ErrorCode } from '../../../src-shared/api';
import { SECURITY_HEADERS } from '../content-security-policy';

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

export function apiError(code: ErrorCode, messageKey: string, message: string): ApiError {
  return { code, messageKey, message };
}

/** API answers are never cached: they carry the user's data. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(payload);
}

/** Transport-level failures use the same `{ ok: false, error }` shape as backend results. */
export function sendApiError(
  res: ServerResponse,
  status: number,
  error: ApiError,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error }, extraHeaders);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  const payload = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(payload.length),
    'Cache-Control': 'no-store',
  });
  res.end(payload);
}
