import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runWebHost, WebHostStartError, type RunningWebHost } from '../../../../src-main/hosts/web/run-web-host';
import { createFakeBackend, type FakeBackend } from '../fake-backend';

let root: string;
let created: { dataDir: string; appVersion: string; dailyBackup?: boolean }[];
let backends: FakeBackend[];
let running: RunningWebHost[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'crm-run-web-'));
  created = [];
  backends = [];
  running = [];
});
afterEach(async () => {
  for (const host of running) await host.stop();
  rmSync(root, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}) {
  const host = await runWebHost({
    argv,
    env,
    platform: 'linux',
    home: join(root, 'home'),
    rendererDir: join(root, 'renderer'),
    appVersion: '9.9.9',
    createBackend: (options) => {
      created.push(options);
      const backend = createFakeBackend();
      backends.push(backend);
      return backend;
    },
  });
  running.push(host);
  return host;
}

describe('runWebHost', () => {
  it('creates the data folder and the backend on it, then serves on a free port', async () => {
    const dataDir = join(root, 'data', 'nested');
    const host = await run(['--data-dir', dataDir]);
    expect(statSync(dataDir).isDirectory()).toBe(true);
    expect(created).toEqual([{ dataDir, appVersion: '9.9.9', dailyBackup: true }]);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });

  it('passes --no-daily-backup on to the backend', async () => {
    await run(['--data-dir', join(root, 'quiet'), '--no-daily-backup']);
    expect(created.map((c) => c.dailyBackup)).toEqual([false]);
  });

  it('uses CRM_DATA_DIR, then the per-user folder', async () => {
    await run([], { CRM_DATA_DIR: join(root, 'env-data') });
    await run([]);
    expect(created.map((c) => c.dataDir)).toEqual([
      join(root, 'env-data'),
      join(root, 'home', '.config', 'Offline CRM'),
    ]);
  });

  it('serves on the requested port', async () => {
    const first = await run([]);
    const port = Number(new URL(first.url).port);
    await first.stop();
    running.length = 0;
    const again = await run(['--port', String(port)]);
    expect(again.url).toContain(`:${port}/`);
  });

  it('explains a taken port in one line and closes the backend it opened', async () => {
    const first = await run(['--data-dir', join(root, 'a')]);
    const port = new URL(first.url).port;
    const attempt = run(['--data-dir', join(root, 'b'), '--port', port]);
    await expect(attempt).rejects.toBeInstanceOf(WebHostStartError);
    await expect(attempt).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
    expect(backends[1]?.closed()).toBe(true);
    expect(backends[0]?.closed()).toBe(false);
  });

  it('refuses bad arguments before opening anything', async () => {
    await expect(run(['--port', 'abc'])).rejects.toThrow(/^Cannot start: --port must be/);
    expect(created).toEqual([]);
  });

  it('stop() closes the server and then the backend', async () => {
    const host = await run([]);
    await host.stop();
    running.length = 0;
    expect(backends[0]?.closed()).toBe(true);
    await expect(fetch(host.url)).rejects.toThrow();
  });
});
