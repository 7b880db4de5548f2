import type { IncomingMessage } from 'node:http';
import { base64Length, type ApiError } from '../../../src-shared/api';
import { MAX_ATTACHMENT_BYTES } from '../../../src-shared/entities';
import { apiError } from './responses';

/**
 * Large enough for one attachment at the size limit, base64-encoded, plus the
 * rest of the call (a note's text); anything larger is no legitimate call.
 */
export const DEFAULT_BODY_LIMIT = Math.max(4 * 1024 * 1024, base64Length(MAX_ATTACHMENT_BYTES) + 256 * 1024);

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413; readonly error: ApiError; readonly closeConnection: boolean };

/**
 * Reads a JSON request body of at most `limit` bytes; an empty body is
 * `undefined` (methods without input). An oversized body is read to its end
 * and dropped, so the client gets its 413 instead of a reset connection and
 * the server keeps serving; past `16 x limit` the socket is cut, because
 * nobody legitimate sends that much.
 */
export function readJsonBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    let settled = false;

    const finish = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const payloadTooLarge = (closeConnection: boolean): BodyResult => ({
      ok: false,
      status: 413,
      closeConnection,
      error: {
        ...apiError('PAYLOAD_TOO_LARGE', 'error.payloadTooLarge', `The request is larger than ${limit} bytes.`),
        params: { limit },
      },
    });

    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (received > limit * 16) {
          finish(payloadTooLarge(true));
          req.destroy();
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => finish(payloadTooLarge(true)));
    req.on('end', () => {
      if (tooLarge) return finish(payloadTooLarge(false));
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ ok: true, value: undefined });
      try {
        finish({ ok: true, value: JSON.parse(text) as unknown });
      } catch {
        finish({
          ok: false,
          status: 400,
          closeConnection: false,
          error: apiError('VALIDATION', 'error.malformedRequest', 'The request body is not valid JSON.'),
        });
      }
    });
  });
}
