import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../../src-main/hosts/electron/channels';
import { registerIpc } from '../../../../src-main/hosts/electron/ipc';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import { FakeWebContents, fakeFrame, ipcMain, resetFakeElectron, type FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let backend: FakeBackend;
let contents: FakeWebContents;
let dispose: () => void;

beforeEach(() => {
  resetFakeElectron();
  backend = createFakeBackend();
  contents = new FakeWebContents();
  dispose = registerIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    backend,
    appContents: () => contents as unknown as WebContents,
  });
});

function invoke(sender: FakeWebContents, senderFrame: FakeFrame | null, ...args: unknown[]) {
  const handler = ipcMain.handlers.get(CALL_CHANNEL) as unknown as (
    event: unknown,
    ...a: unknown[]
  ) => Promise<unknown>;
  return handler({ sender, senderFrame }, ...args);
}

describe('crm:call', () => {
  it('forwards calls from the app main frame to the backend', async () => {
    const result = await invoke(contents, contents.mainFrame, 'app.info', { a: 1 });
    expect(result).toEqual({ ok: true, value: { echo: { a: 1 } } });
    expect(backend.calls).toEqual([{ method: 'app.info', input: { a: 1 } }]);
  });

  it('rejects a subframe, even one at the app origin', async () => {
    const sub = fakeFrame('app://crm/index.html', contents.mainFrame);
    expect(await invoke(contents, sub, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('rejects a main frame showing a foreign page', async () => {
    contents.mainFrame.url = 'https://evil.example/';
    expect(await invoke(contents, contents.mainFrame, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('rejects other web contents, unknown frames and a missing frame', async () => {
    const other = new FakeWebContents();
    expect(await invoke(other, other.mainFrame, 'app.info', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await invoke(contents, fakeFrame('app://crm/index.html'), 'app.info', {})).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await invoke(contents, null, 'app.info', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(backend.calls).toEqual([]);
  });

  it('answers a non-string method name with UNKNOWN_METHOD', async () => {
    expect(await invoke(contents, contents.mainFrame, { toString: 'x' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(backend.calls).toEqual([]);
  });
});

describe('crm:event', () => {
  it('forwards backend events to the window', () => {
    backend.emit('records-changed', { entities: ['account'], ids: ['x'] });
    backend.emit('app-state-changed', { state: 'unreadable' });
    expect(contents.sent).toEqual([
      [EVENT_CHANNEL, 'records-changed', { entities: ['account'], ids: ['x'] }],
      [EVENT_CHANNEL, 'app-state-changed', { state: 'unreadable' }],
    ]);
  });

  it('skips a destroyed window', () => {
    contents.destroyed = true;
    backend.emit('app-state-changed', { state: 'ready' });
    expect(contents.sent).toEqual([]);
  });

  it('dispose removes the handler and the event subscriptions', () => {
    dispose();
    expect(ipcMain.handlers.has(CALL_CHANNEL)).toBe(false);
    expect(backend.listenerCount('records-changed')).toBe(0);
    expect(backend.listenerCount('app-state-changed')).toBe(0);
  });
});
