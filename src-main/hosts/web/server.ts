import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { HostBackend } from '../host-backend';
import { createStaticResolver } from '../static-files';
import { DEFAULT_KEEP_ALIVE_MS, openEventStream } from './event-stream';
import { EXPORTS_PATH, sendExportDownload } from './export-download';
import { DEFAULT_BODY_LIMIT, readJsonBody } from './json-body';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './request-guard';
import { apiError, applySecurityHeaders, sendApiError, sendJson, sendText } from './responses';

/** Loopback only: the browser host must never be reachable from the network. */
export const BIND_ADDRESS = '127.0.0.1';
export const TOKEN_HEADER = 'x-crm-token';
export const EVENTS_PATH = '/api/events';
const API_PREFIX = '/api/';
const METHOD_PATTERN = /^[A-Za-z][A-Za-z0-9.]{0,63}$/;

export interface WebServerOptions {
  readonly backend: HostBackend;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** Omit or 0 to let the OS pick a free port. */
  readonly port?: number;
  readonly token?: string;
  readonly bodyLimit?: number;
  readonly keepAliveMs?: number;
}

export interface WebServer {
  readonly port: number;
  readonly token: string;
  /** Opens the app. The token rides in the fragment, which browsers never send to a server. */
  readonly url: string;
  close(): Promise<void>;
}

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? createToken();
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const keepAliveMs = options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS;
  const resolveStatic = createStaticResolver(options.rendererDir);
  const streams = new Set<() => void>();
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    // A download is a navigation without the token header; its one-time ticket is the credential.
    if (url.pathname.startsWith(EXPORTS_PATH))
      return sendExportDownload(req, res, url, options.backend.exportDownloads);
    if (url.pathname === EVENTS_PATH) {
      const given = url.searchParams.get('token') ?? headerValue(req, TOKEN_HEADER);
      if (!tokenMatches(given ?? undefined, token)) return sendApiError(res, 401, unauthorized());
      if (req.method !== 'GET') return methodNotAllowed(res, 'GET');
      const close = openEventStream(req, res, options.backend, keepAliveMs);
      streams.add(close);
      req.on('close', () => streams.delete(close));
      return;
    }
    if (!tokenMatches(headerValue(req, TOKEN_HEADER), token)) return sendApiError(res, 401, unauthorized());
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST');
    const method = url.pathname.slice(API_PREFIX.length);
    if (!METHOD_PATTERN.test(method)) {
      return sendApiError(res, 404, apiError('UNKNOWN_METHOD', 'error.unknownMethod', 'There is no such method.'));
    }
    const body = await readJsonBody(req, bodyLimit);
    if (!body.ok)
      return sendApiError(res, body.status, body.error, body.closeConnection ? { Connection: 'close' } : {});
    const result = await options.backend.call(method, body.value);
    sendJson(res, 200, result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    const target = await resolveStatic(url.pathname);
    if (target.kind === 'refused') return sendText(res, 404, 'Not found');
    if (target.kind === 'missing') {
      if (extname(url.pathname) === '') {
        return sendText(res, 503, 'The app has not been built yet: run `npm run build`, then start the host again.');
      }
      return sendText(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'Content-Type': target.contentType,
      'Content-Length': String(target.size),
      'Cache-Control': target.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(target.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, port)) {
      return sendApiError(res, 403, apiError('FORBIDDEN', 'error.forbidden', 'This host name is not allowed.'));
    }
    if (!isAllowedOrigin(headerValue(req, 'origin'), port)) {
      return sendApiError(
        res,
        403,
        apiError('FORBIDDEN', 'error.forbidden', 'Requests from other origins are not allowed.'),
      );
    }
    const rawUrl = req.url ?? '';
    if (!rawUrl.startsWith('/')) return sendText(res, 400, 'Bad request');
    const url = new URL(`http://${BIND_ADDRESS}${rawUrl}`);
    if (url.pathname === EVENTS_PATH || url.pathname.startsWith(API_PREFIX)) return handleApi(req, res, url);
    return handleStatic(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // Nothing internal (message or stack) reaches the client.
      if (res.headersSent) return void res.destroy();
      sendApiError(
        res,
        500,
        apiError('INTERNAL', 'error.internal', 'Something went wrong; the request was not completed.'),
      );
    });
  });

  port = await listen(server, options.port ?? 0);
  return {
    port,
    token,
    url: `http://${BIND_ADDRESS}:${port}/#token=${token}`,
    close: () => closeServer(server, streams),
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function unauthorized() {
  return apiError(
    'UNAUTHORIZED',
    'error.unauthorized',
    'This request needs the token from the address the app printed.',
  );
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  sendApiError(res, 405, apiError('FORBIDDEN', 'error.methodNotAllowed', `Use ${allow} here.`), { Allow: allow });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host: BIND_ADDRESS, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, streams: Set<() => void>): Promise<void> {
  for (const close of streams) close();
  streams.clear();
  return new Promise((resolve) => {
    // Requests still running get a moment to finish; then every socket is cut.
    const force = setTimeout(() => server.closeAllConnections(), 2_000);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
