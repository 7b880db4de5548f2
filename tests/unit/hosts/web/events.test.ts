import { get, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../src-main/hosts/web/server';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import { rawRequest } from './http-client';

const TOKEN = 'events-token';
let backend: FakeBackend;
let server: WebServer;

afterEach(async () => {
  await server?.close();
});

async function start(keepAliveMs = 60_000) {
  backend = createFakeBackend();
  server = await startWebServer({ backend, rendererDir: '/nonexistent', token: TOKEN, keepAliveMs });
}

/** Opens the stream and resolves with the response once headers arrive; `text()` is everything read so far. */
function openStream(path: string) {
  let text = '';
  return new Promise<{ res: IncomingMessage; text: () => string; waitFor: (s: string) => Promise<void> }>(
    (resolve, reject) => {
      const req = get(
        { host: '127.0.0.1', port: server.port, path, headers: { host: `127.0.0.1:${server.port}` }, agent: false },
        (res) => {
          res.setEncoding('utf8');
          const waiters: { needle: string; done: () => void }[] = [];
          res.on('data', (chunk: string) => {
            text += chunk;
            for (const waiter of waiters.splice(0)) {
              if (text.includes(waiter.needle)) waiter.done();
              else waiters.push(waiter);
            }
          });
          resolve({
            res,
            text: () => text,
            waitFor: (needle) =>
              new Promise((done) => {
                if (text.includes(needle)) done();
                else waiters.push({ needle, done });
              }),
          });
        },
      );
      req.on('error', reject);
    },
  );
}

describe('GET /api/events', () => {
  it('forwards backend events as server-sent events', async () => {
    await start();
    const stream = await openStream(`/api/events?token=${TOKEN}`);
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.res.headers['cache-control']).toBe('no-store');
    await stream.waitFor('retry:');

    backend.emit('records-changed', { entities: ['contact'], ids: ['0190a6f2-0000-7000-8000-000000000001'] });
    backend.emit('app-state-changed', { state: 'ready' });
    await stream.waitFor('app-state-changed');
    expect(stream.text()).toContain(
      'event: records-changed\ndata: {"entities":["contact"],"ids":["0190a6f2-0000-7000-8000-000000000001"]}\n\n',
    );
    expect(stream.text()).toContain('event: app-state-changed\ndata: {"state":"ready"}\n\n');
    stream.res.destroy();
  });

  it('sends keep-alive comments', async () => {
    await start(30);
    const stream = await openStream(`/api/events?token=${TOKEN}`);
    await stream.waitFor(': keep-alive\n\n');
    stream.res.destroy();
  });

  it('needs the token', async () => {
    await start();
    for (const path of ['/api/events', '/api/events?token=wrong']) {
      const res = await rawRequest(server.port, { path, headers: { host: `127.0.0.1:${server.port}` } });
      expect(res.status).toBe(401);
    }
    expect(backend.listenerCount('records-changed')).toBe(0);
  });

  it('unsubscribes from the backend when the client goes away', async () => {
    await start();
    const stream = await openStream(`/api/events?token=${TOKEN}`);
    await stream.waitFor('retry:');
    expect(backend.listenerCount('records-changed')).toBe(1);
    expect(backend.listenerCount('app-state-changed')).toBe(1);
    stream.res.destroy();
    await expect.poll(() => backend.listenerCount('records-changed')).toBe(0);
    expect(backend.listenerCount('app-state-changed')).toBe(0);
  });

  it('ends open streams when the server closes', async () => {
    await start();
    const stream = await openStream(`/api/events?token=${TOKEN}`);
    await stream.waitFor('retry:');
    const ended = new Promise<void>((resolve) => stream.res.on('close', () => resolve()));
    await server.close();
    await ended;
    expect(backend.listenerCount('records-changed')).toBe(0);
  });
});
