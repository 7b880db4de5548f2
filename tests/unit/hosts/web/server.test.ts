import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/hosts/content-security-policy';
import { DEFAULT_BODY_LIMIT } from '../../../../src-main/hosts/web/json-body';
import { startWebServer, type WebServer } from '../../../../src-main/hosts/web/server';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import { rawRequest } from './http-client';

const TOKEN = 'test-token-0123456789';
let root: string;
let rendererDir: string;
let backend: FakeBackend;
let server: WebServer;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crm-web-host-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CRM</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'app-1a2b.css'), 'body{}');
  writeFileSync(join(rendererDir, 'logo.svg'), '<svg/>');
  writeFileSync(join(rendererDir, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'leak.txt'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function start(options: { bodyLimit?: number; keepAliveMs?: number; rendererDir?: string } = {}) {
  backend = createFakeBackend();
  server = await startWebServer({ backend, rendererDir: options.rendererDir ?? rendererDir, token: TOKEN, ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
});

const host = () => `127.0.0.1:${server.port}`;
const api = (method: string, body?: string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { host: host(), 'content-type': 'application/json', 'x-crm-token': TOKEN, ...headers },
    ...(body === undefined ? {} : { body }),
  });

describe('binding and URL', () => {
  it('listens on 127.0.0.1 only and prints the token in the fragment', async () => {
    await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
    const reachable = (address: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: server.port });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    expect(await reachable('::1')).toBe(false);
  });

  it('makes a fresh random token per launch when none is given', async () => {
    const a = await startWebServer({ backend: createFakeBackend(), rendererDir });
    const b = await startWebServer({ backend: createFakeBackend(), rendererDir });
    try {
      expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(a.token).not.toBe(b.token);
      expect(a.port).not.toBe(b.port);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reports a taken port as EADDRINUSE', async () => {
    await start();
    await expect(
      startWebServer({ backend: createFakeBackend(), rendererDir, port: server.port }),
    ).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});

describe('API calls', () => {
  it('forwards POST /api/<method> with its JSON body to backend.call', async () => {
    await start();
    const res = await api('app.info', JSON.stringify({ hello: 'world' }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { echo: { hello: 'world' } } });
    expect(backend.calls).toEqual([{ method: 'app.info', input: { hello: 'world' } }]);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('passes an empty body as undefined and returns backend errors as they are', async () => {
    await start();
    expect(JSON.parse((await api('app.info')).body)).toEqual({ ok: true, value: { echo: null } });
    const unknown = await api('no.such', '{}');
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers 401 without the token or with a wrong one, and never calls the backend', async () => {
    await start();
    const missing = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { host: host() },
      body: '{}',
    });
    const wrong = await api('app.info', '{}', { 'x-crm-token': `${TOKEN}x` });
    const empty = await api('app.info', '{}', { 'x-crm-token': '' });
    for (const res of [missing, wrong, empty]) {
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED', messageKey: 'error.unauthorized' },
      });
    }
    expect(backend.calls).toEqual([]);
  });

  it('answers 403 to a foreign Host header (DNS rebinding) and accepts localhost', async () => {
    await start();
    for (const badHost of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      const res = await api('app.info', '{}', { host: badHost });
      expect(res.status, badHost).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect((await api('app.info', '{}', { host: `localhost:${server.port}` })).status).toBe(200);
    expect(backend.calls).toHaveLength(1);
  });

  it('answers 403 when the Host header is missing', async () => {
    await start();
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: server.port }, () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('answers 403 to a foreign Origin and accepts the same origin', async () => {
    await start();
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
      'null',
    ]) {
      expect((await api('app.info', '{}', { origin })).status, origin).toBe(403);
    }
    expect((await api('app.info', '{}', { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await api('app.info', '{}', { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('answers 413 PAYLOAD_TOO_LARGE to an oversized body and keeps serving', async () => {
    await start({ bodyLimit: 1024 * 1024 });
    const big = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const res = await api('app.info', big);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE', messageKey: 'error.payloadTooLarge' },
    });
    expect(backend.calls).toEqual([]);
    expect((await api('app.info', '{"after":true}')).status).toBe(200);
  });

  it('rejects a body over the default limit (one attachment at its size limit, base64)', async () => {
    await start();
    const res = await api(
      'records.create',
      JSON.stringify({ entity: 'contact', values: { description: 'y'.repeat(DEFAULT_BODY_LIMIT + 1024) } }),
    );
    expect(res.status).toBe(413);
    expect((await api('app.info', '{}')).status).toBe(200);
  });

  it('answers 400 to malformed JSON without calling the backend', async () => {
    await start();
    const res = await api('app.info', '{"broken":');
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', messageKey: 'error.malformedRequest' } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|SyntaxError/);
    expect(backend.calls).toEqual([]);
  });

  it('allows only POST on methods and refuses odd method names', async () => {
    await start();
    const get = await rawRequest(server.port, {
      path: '/api/app.info',
      headers: { host: host(), 'x-crm-token': TOKEN },
    });
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    expect((await api('..%2fetc', '{}')).status).toBe(404);
    expect((await api('app%20info', '{}')).status).toBe(404);
    expect((await api('app.info%00', '{}')).status).toBe(404);
    expect((await api('../index.html', '{}')).status).toBe(405);
    expect(backend.calls).toEqual([]);
  });

  it('hides internal failures behind a generic 500', async () => {
    await start();
    backend.call = async () => {
      throw new Error('SQLITE_CORRUPT at /secret/path.ts:12');
    };
    const res = await api('app.info', '{}');
    expect(res.status).toBe(500);
    expect(res.body).not.toContain('SQLITE');
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('static files', () => {
  const get = (path: string) => rawRequest(server.port, { path, headers: { host: host() } });

  it('serves index.html with the strict CSP and security headers', async () => {
    await start();
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>CRM</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types, hashed assets as immutable', async () => {
    await start();
    const js = await get('/assets/app-1a2b.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/app-1a2b.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/logo.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('falls back to index.html for client routes but 404s a missing file', async () => {
    await start();
    const route = await get('/sales/accounts');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>CRM</title>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    await start();
    const res = await rawRequest(server.port, { method: 'HEAD', path: '/', headers: { host: host() } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(res.headers['content-length']).toBe(String('<!doctype html><title>CRM</title>'.length));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/leak.txt',
    '/.env',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses to leave the renderer folder: %s', async (path) => {
    await start();
    const res = await get(path);
    expect(res.body).not.toContain('TOP SECRET');
    expect(res.body).not.toContain('SECRET=1');
    expect(res.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    await start();
    expect(
      (await rawRequest(server.port, { method: 'PUT', path: '/index.html', headers: { host: host() } })).status,
    ).toBe(405);
  });

  it('says the app is not built when out/renderer is missing', async () => {
    await start({ rendererDir: join(root, 'not-built') });
    const res = await get('/');
    expect(res.status).toBe(503);
    expect(res.body).toContain('npm run build');
  });

  it('refuses static requests with a foreign Host too', async () => {
    await start();
    expect((await rawRequest(server.port, { path: '/', headers: { host: 'attacker.example' } })).status).toBe(403);
  });
});
