import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportDownloads } from '../../domains/exports/export-service';
import { apiError, sendApiError } from './responses';

/**
 * `GET /api/exports/<job id>?ticket=<ticket>`: a finished CSV export as a
 * file download. A browser download is a navigation and cannot carry the
 * token header, so the credential is the export's one-time ticket, which
 * only the authenticated `export.start` call hands out; it works once and
 * the file is deleted after it is sent. The Host and Origin checks of every
 * request still apply, and a cross-site navigation is refused outright.
 */

export const EXPORTS_PATH = '/api/exports/';
const JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `filename` for old clients (ASCII only) and `filename*` (RFC 5987) with the real, UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function notFound(res: ServerResponse): void {
  sendApiError(res, 404, apiError('NOT_FOUND', 'error.export_not_found', 'This export is no longer available.'));
}

export function sendExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  downloads: ExportDownloads | undefined,
): void {
  if (req.method !== 'GET') {
    return sendApiError(res, 405, apiError('FORBIDDEN', 'error.methodNotAllowed', 'Use GET here.'), { Allow: 'GET' });
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return sendApiError(
      res,
      403,
      apiError('FORBIDDEN', 'error.forbidden', 'Requests from other sites are not allowed.'),
    );
  }
  const jobId = url.pathname.slice(EXPORTS_PATH.length);
  const ticket = url.searchParams.get('ticket') ?? '';
  if (!JOB_ID.test(jobId) || ticket === '' || !downloads) return notFound(res);
  const file = downloads.take(jobId, ticket);
  if (!file) return notFound(res);
  res.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Length': String(file.size),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  const stream = createReadStream(file.path);
  stream.on('error', () => res.destroy());
  res.on('close', () => {
    stream.destroy();
    file.release();
  });
  stream.pipe(res);
}
