import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runDesktopApp } from '../../../../src-main/hosts/electron/desktop-app';
import { createFakeBackend, type FakeBackend } from '../fake-backend';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeNotification,
  ipcMain,
  Menu,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let userData: string;
let backends: FakeBackend[];
let created: { dataDir: string; appVersion: string; saveDialog: (name: string) => Promise<string | null> }[];

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(join(tmpdir(), 'crm-desktop-'));
  app.paths.set('userData', join(userData, 'default'));
  backends = [];
  created = [];
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

async function launch(argv: string[] = ['/usr/bin/electron', '.'], env: Record<string, string> = {}) {
  runDesktopApp({
    argv,
    env,
    createBackend: (options) => {
      created.push(options);
      const backend = createFakeBackend();
      backends.push(backend);
      return backend;
    },
  });
  await app.ready;
  await new Promise((resolve) => setImmediate(resolve));
}

describe('runDesktopApp', () => {
  it('opens the backend on userData and one sandboxed window on the app origin', async () => {
    await launch();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(created).toEqual([
      { dataDir: join(userData, 'default'), appVersion: '1.2.3', saveDialog: expect.any(Function) },
    ]);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0];
    expect(window?.loadedUrl).toBe('app://crm/index.html');
    expect(window?.options['webPreferences']).toMatchObject({ preload: join('/fake/app', 'out/preload/index.cjs') });
    expect(ipcMain.handlers.has('crm:call')).toBe(true);
    expect(ipcMain.handlers.has('crm:print')).toBe(true);
    expect(session.defaultSession.protocolHandlers.has('app')).toBe(true);
    expect(session.defaultSession.permissionCheckHandler).not.toBeNull();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('gives the backend a save dialog for exports, attached to the app window', async () => {
    await launch();
    const window = FakeBrowserWindow.instances[0];
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/contacts' });
    expect(await created[0]?.saveDialog('Contacts.csv')).toBe('/home/anna/contacts.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: 'Contacts.csv' }),
    );
  });

  it('moves userData to --data-dir (or CRM_DATA_DIR) before taking the single-instance lock', async () => {
    const chosen = join(userData, 'chosen');
    await launch(['/usr/bin/electron', '.', '--data-dir', chosen], { CRM_DATA_DIR: join(userData, 'env') });
    expect(app.order.indexOf('setPath:userData')).toBeLessThan(app.order.indexOf('requestSingleInstanceLock'));
    expect(created[0]?.dataDir).toBe(chosen);

    resetFakeElectron();
    app.paths.set('userData', join(userData, 'default'));
    await launch(['/usr/bin/electron', '.'], { CRM_DATA_DIR: join(userData, 'env') });
    expect(created[1]?.dataDir).toBe(join(userData, 'env'));
  });

  it('quits at once when another instance holds the lock', async () => {
    app.hasLock = false;
    await launch();
    expect(app.quit).toHaveBeenCalled();
    expect(app.order).not.toContain('whenReady');
    expect(created).toEqual([]);
    expect(FakeBrowserWindow.instances).toEqual([]);
  });

  it('focuses and restores the first window when a second instance starts', async () => {
    await launch();
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance', {}, ['/usr/bin/electron', '.'], '/');
    expect(window.minimized).toBe(false);
    expect(window.shown).toBe(true);
    expect(window.focused).toBe(true);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('closes the backend and the IPC handler when quitting', async () => {
    await launch();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
    app.emit('will-quit');
    expect(backends[0]?.closed()).toBe(true);
    expect(ipcMain.handlers.has('crm:call')).toBe(false);
  });

  it('raises an OS notification for a due reminder, and stops listening when quitting', async () => {
    await launch();
    const backend = backends[0];
    if (!backend) throw new Error('no backend');
    backend.emit('reminders-due', {
      reminders: [
        {
          key: 'a|t|',
          activityId: 'a',
          subject: 'Call Anna',
          activityType: 'phone_call',
          reminderAt: '2025-06-02T08:45:00.000Z',
          at: null,
          atKind: 'due',
        },
      ],
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(FakeNotification.instances.map((n) => [n.options.title, n.shown])).toEqual([['Reminder: Call Anna', true]]);
    const window = FakeBrowserWindow.instances[0];
    if (window) window.minimized = true;
    FakeNotification.instances[0]?.emit('click');
    expect(window?.minimized).toBe(false);
    app.emit('will-quit');
    expect(backend.listenerCount('reminders-due')).toBe(0);
  });

  it('re-creates the window on activate after it was closed', async () => {
    await launch();
    FakeBrowserWindow.instances[0]?.emit('closed');
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('refuses --data-dir without a folder before taking the lock', async () => {
    await launch(['/usr/bin/electron', '.', '--data-dir']);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Offline CRM could not start',
      expect.stringContaining('--data-dir needs a folder'),
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(app.order).not.toContain('requestSingleInstanceLock');
  });

  it('shows an error box and exits when start-up fails', async () => {
    runDesktopApp({
      argv: [],
      env: {},
      createBackend: () => {
        throw new Error('disk full');
      },
    });
    await app.ready;
    await new Promise((resolve) => setImmediate(resolve));
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Offline CRM could not start', 'disk full');
    expect(app.exit).toHaveBeenCalledWith(1);
  });
});
