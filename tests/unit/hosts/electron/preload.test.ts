import { beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../../src-shared/api';
import type { CrmBridge } from '../../../../src-main/hosts/electron/preload';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let bridge: CrmBridge;
beforeAll(async () => {
  resetFakeElectron();
  await import('../../../../src-main/hosts/electron/preload');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe('crm');
  bridge = api as CrmBridge;
});

describe('preload bridge', () => {
  it('exposes only call, on and print', () => {
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'print']);
    expect(JSON.stringify(Object.values(bridge).map((value) => typeof value))).toBe(
      '["function","function","function"]',
    );
  });

  it('forwards a valid print request to crm:print', async () => {
    ipcRenderer.invoke.mockClear();
    const request = { entity: 'invoice', id: '0190a000-0000-7000-8000-0000000000aa', action: 'pdf' } as const;
    await bridge.print(request);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('crm:print', request);
  });

  it('refuses print requests that are not exactly a document and an action, without reaching main', async () => {
    ipcRenderer.invoke.mockClear();
    const id = '0190a000-0000-7000-8000-0000000000aa';
    const bad: unknown[] = [
      null,
      'invoice',
      { entity: 'account', id, action: 'print' },
      { entity: 'invoice', id: '../etc', action: 'print' },
      { entity: 'invoice', id, action: 'fax' },
      { entity: 'invoice', id, action: 'print', url: 'https://evil.example/' },
    ];
    for (const request of bad) {
      await expect(bridge.print(request as Parameters<CrmBridge['print']>[0])).resolves.toMatchObject({ ok: false });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards contract methods to crm:call', async () => {
    ipcRenderer.invoke.mockClear();
    const method = METHOD_NAMES[0] ?? 'app.info';
    await expect(bridge.call(method, { x: 1 })).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('crm:call', method, { x: 1 });
  });

  it('refuses names outside the contract without reaching main', async () => {
    ipcRenderer.invoke.mockClear();
    for (const name of ['fs.readFile', 'constructor', '__proto__', 'toString']) {
      await expect(bridge.call(name, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    await expect(bridge.call(42 as unknown as string)).resolves.toMatchObject({ ok: false });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the named event, with the payload alone, until unsubscribed', () => {
    const listener = vi.fn();
    const off = bridge.on('records-changed', listener);
    ipcRenderer.emit('crm:event', { sender: 'ipc-event' }, 'app-state-changed', { state: 'ready' });
    ipcRenderer.emit('crm:event', { sender: 'ipc-event' }, 'records-changed', { entities: ['contact'], ids: [] });
    expect(listener.mock.calls).toEqual([[{ entities: ['contact'], ids: [] }]]);
    off();
    ipcRenderer.emit('crm:event', { sender: 'ipc-event' }, 'records-changed', { entities: [], ids: [] });
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.count('crm:event')).toBe(0);
  });

  it('refuses unknown events', () => {
    expect(() => bridge.on('ipc-message' as 'records-changed', () => undefined)).toThrow('There is no event');
    expect(ipcRenderer.count('crm:event')).toBe(0);
  });
});
