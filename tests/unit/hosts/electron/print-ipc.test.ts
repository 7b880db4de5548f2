import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintRequest } from '../../../../src-shared/api/print-bridge';
import { CALL_CHANNEL, PRINT_CHANNEL } from '../../../../src-main/hosts/electron/channels';
import { registerIpc } from '../../../../src-main/hosts/electron/ipc';
import { registerPrintIpc } from '../../../../src-main/hosts/electron/print-ipc';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import { FakeWebContents, fakeFrame, ipcMain, resetFakeElectron, type FakeFrame } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ID = '0190a000-0000-7000-8000-0000000000aa';

let app: FakeWebContents;
let printed: PrintRequest[];
let dispose: () => void;

beforeEach(() => {
  resetFakeElectron();
  app = new FakeWebContents();
  printed = [];
  dispose = registerPrintIpc({
    ipcMain: ipcMain as unknown as IpcMain,
    appContents: () => app as unknown as WebContents,
    print: async (request) => {
      printed.push(request);
      return { ok: true, outcome: 'printed' };
    },
  });
});

function invoke(channel: string, sender: FakeWebContents, senderFrame: FakeFrame | null, ...args: unknown[]) {
  const handler = ipcMain.handlers.get(channel) as unknown as (event: unknown, ...a: unknown[]) => Promise<unknown>;
  return handler({ sender, senderFrame }, ...args);
}

describe('crm:print', () => {
  it('prints what the app window asks for', async () => {
    const request = { entity: 'invoice', id: ID, action: 'print' };
    expect(await invoke(PRINT_CHANNEL, app, app.mainFrame, request)).toEqual({ ok: true, outcome: 'printed' });
    expect(printed).toEqual([request]);
  });

  it('refuses other senders, subframes and bad requests', async () => {
    const other = new FakeWebContents();
    const request = { entity: 'invoice', id: ID, action: 'pdf' };
    expect(await invoke(PRINT_CHANNEL, other, other.mainFrame, request)).toMatchObject({ ok: false });
    const sub = fakeFrame('app://crm/index.html', app.mainFrame);
    expect(await invoke(PRINT_CHANNEL, app, sub, request)).toMatchObject({ ok: false });
    expect(await invoke(PRINT_CHANNEL, app, app.mainFrame, { ...request, entity: 'contact' })).toMatchObject({
      ok: false,
    });
    expect(printed).toEqual([]);
  });

  it('dispose removes the handler', () => {
    dispose();
    expect(ipcMain.handlers.has(PRINT_CHANNEL)).toBe(false);
  });
});

describe('crm:call from print windows', () => {
  let backend: FakeBackend;
  let printWindows: FakeWebContents[];

  beforeEach(() => {
    backend = createFakeBackend();
    printWindows = [];
    registerIpc({
      ipcMain: ipcMain as unknown as IpcMain,
      backend,
      appContents: () => app as unknown as WebContents,
      printContents: () => printWindows as unknown as WebContents[],
    });
  });

  it('lets an open print window’s page read the document, under the same frame and origin rules', async () => {
    const print = new FakeWebContents();
    expect(await invoke(CALL_CHANNEL, print, print.mainFrame, 'app.info', {})).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    printWindows.push(print);
    expect(await invoke(CALL_CHANNEL, print, print.mainFrame, 'app.info', { a: 1 })).toEqual({
      ok: true,
      value: { echo: { a: 1 } },
    });
    const sub = fakeFrame('app://crm/index.html', print.mainFrame);
    expect(await invoke(CALL_CHANNEL, print, sub, 'app.info', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    print.mainFrame.url = 'https://evil.example/';
    expect(await invoke(CALL_CHANNEL, print, print.mainFrame, 'app.info', {})).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(backend.calls).toEqual([{ method: 'app.info', input: { a: 1 } }]);
  });

  it('sends backend events to the app window only', () => {
    const print = new FakeWebContents();
    printWindows.push(print);
    backend.emit('records-changed', { entities: ['invoice'], ids: [] });
    expect(app.sent).toHaveLength(1);
    expect(print.sent).toEqual([]);
  });
});
