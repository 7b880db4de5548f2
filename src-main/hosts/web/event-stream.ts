import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_NAMES } from '../../../src-shared/api';
import type { HostBackend } from '../host-backend';

export const DEFAULT_KEEP_ALIVE_MS = 15_000;

/**
 * Server-Sent Events: every backend event becomes `event: <name>` with the
 * JSON payload as data. A comment line every `keepAliveMs` keeps idle
 * connections from being dropped and lets a dead client be noticed. Returns
 * a function that ends the stream (used when the server shuts down).
 */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  backend: HostBackend,
  keepAliveMs = DEFAULT_KEEP_ALIVE_MS,
): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');

  const unsubscribers = EVENT_NAMES.map((name) =>
    backend.on(name, (payload) => {
      res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
    }),
  );
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepAlive);
    for (const unsubscribe of unsubscribers) unsubscribe();
    if (!res.writableEnded) res.end();
  };
  req.on('close', close);
  res.on('error', close);
  return close;
}
