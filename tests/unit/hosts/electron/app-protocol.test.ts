import type { Session } from 'electron';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src-main/hosts/content-security-policy';
import { isAppUrl } from '../../../../src-main/hosts/electron/app-origin';
import { registerAppScheme, serveApp } from '../../../../src-main/hosts/electron/app-protocol';
import { protocol, resetFakeElectron, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crm-app-protocol-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'renderer', 'assets', 'a.js'), 'x');
  writeFileSync(join(root, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => resetFakeElectron());

function handler() {
  serveApp(session.defaultSession as unknown as Session, join(root, 'renderer'));
  const handle = session.defaultSession.protocolHandlers.get('app');
  if (!handle) throw new Error('app: is not handled');
  return (url: string, method = 'GET') => handle(new Request(url, { method }));
}

describe('app:// protocol', () => {
  it('registers app: as a standard, secure scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with the CSP and content types', async () => {
    const fetchApp = handler();
    const page = await fetchApp('app://crm/index.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await fetchApp('app://crm/assets/a.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(await (await fetchApp('app://crm/sales/accounts')).text()).toBe('<!doctype html>');
  });

  it('refuses other hosts, traversal and writes', async () => {
    const fetchApp = handler();
    expect((await fetchApp('app://other/index.html')).status).toBe(404);
    expect((await fetchApp('app://crm/%2e%2e/secret.txt')).status).toBe(404);
    expect((await fetchApp('app://crm/..%2fsecret.txt')).status).toBe(404);
    expect((await fetchApp('app://crm/index.html', 'POST')).status).toBe(404);
  });

  it('recognises only the app origin', () => {
    expect(isAppUrl('app://crm/index.html#/x')).toBe(true);
    expect(isAppUrl('app://crm:80/index.html')).toBe(false);
    expect(isAppUrl('app://user@crm/index.html')).toBe(false);
    expect(isAppUrl('app://crm.evil/index.html')).toBe(false);
    expect(isAppUrl('https://crm/index.html')).toBe(false);
    expect(isAppUrl('nonsense')).toBe(false);
  });
});
