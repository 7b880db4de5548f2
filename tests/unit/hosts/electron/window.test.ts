import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../../src-main/hosts/electron/window';
import { FakeBrowserWindow, fakeEvent, resetFakeElectron, screen } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dataDir: string;
beforeEach(() => {
  resetFakeElectron();
  dataDir = mkdtempSync(join(tmpdir(), 'crm-window-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function open() {
  createMainWindow({
    dataDir,
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://crm/index.html',
    title: 'Offline CRM',
    openExternal: async () => undefined,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

describe('createMainWindow', () => {
  it('creates a sandboxed, isolated window without Node and with the preload', () => {
    const window = open();
    expect(window.options['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(window.loadedUrl).toBe('app://crm/index.html');
    expect(window.options['show']).toBe(false);
  });

  it('guards its contents: window.open and foreign navigation are denied', () => {
    const window = open();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent({ url: 'https://example.com/' });
    window.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('shows itself once painted', () => {
    const window = open();
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.maximized).toBe(false);
  });

  it('opens at the default size, centred, the first time', () => {
    const window = open();
    expect(window.options).toMatchObject({ width: 1280, height: 820 });
    expect(window.options['x']).toBeUndefined();
  });

  it('saves its normal bounds and maximized state on close, and restores them', () => {
    const first = open();
    first.normalBounds = { x: 200, y: 150, width: 1000, height: 700 };
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toEqual({
      x: 200,
      y: 150,
      width: 1000,
      height: 700,
      isMaximized: true,
    });

    const second = open();
    expect(second.options).toMatchObject({ x: 200, y: 150, width: 1000, height: 700 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);
  });

  it('drops a remembered position that is on no display any more', () => {
    writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ x: 3000, y: 100, width: 900, height: 600 }));
    expect(open().options).toMatchObject({ width: 900, height: 600 });
    expect(FakeBrowserWindow.instances.at(-1)?.options['x']).toBeUndefined();

    screen.displays = [...screen.displays, { workArea: { x: 1920, y: 0, width: 1920, height: 1080 } }];
    expect(open().options).toMatchObject({ x: 3000, y: 100 });
  });

  it('still closes when the state cannot be written', () => {
    const window = open();
    rmSync(dataDir, { recursive: true, force: true });
    expect(() => window.emit('close')).not.toThrow();
  });
});
