import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { dataDirOverride, PRODUCT_NAME } from '../../paths';
import type { HostBackend } from '../host-backend';
import { APP_ENTRY_URL } from './app-origin';
import { registerAppScheme, serveApp } from './app-protocol';
import { chooseCsvFile } from './export-dialog';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createDocumentPrinter, type DocumentPrinter } from './print';
import { registerPrintIpc } from './print-ipc';
import { notifyReminders } from './reminder-notifications';
import { hardenSession } from './security';
import { createMainWindow } from './window';

export interface DesktopAppOptions {
  readonly createBackend: (options: {
    dataDir: string;
    appVersion: string;
    /** Exports ask where to save with the OS dialog, then main writes the file. */
    saveDialog: (suggestedName: string) => Promise<string | null>;
  }) => HostBackend;
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The Electron main process. `--data-dir`/`CRM_DATA_DIR` replace userData
 * itself, so Chromium's own storage and the single-instance lock (which lives
 * in userData) follow the chosen folder: two data folders can be open at once,
 * one data folder only once.
 */
export function runDesktopApp(options: DesktopAppOptions): void {
  let override: string | undefined;
  try {
    override = dataDirOverride({ argv: options.argv, env: options.env, platform: process.platform });
  } catch (error) {
    // showErrorBox is safe before `ready`.
    dialog.showErrorBox(`${PRODUCT_NAME} could not start`, (error as Error).message);
    app.exit(1);
    return;
  }
  if (override !== undefined) app.setPath('userData', override);
  registerAppScheme();
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let backend: HostBackend | undefined;
  let window: BrowserWindow | undefined;
  let disposeIpc: (() => void) | undefined;
  let disposeReminders: (() => void) | undefined;
  let disposePrintIpc: (() => void) | undefined;
  let printer: DocumentPrinter | undefined;
  let dataDir = '';

  const preloadPath = () => join(app.getAppPath(), 'out/preload/index.cjs');
  const openWindow = () => {
    window = createMainWindow({
      dataDir,
      preloadPath: preloadPath(),
      entryUrl: APP_ENTRY_URL,
      title: PRODUCT_NAME,
      openExternal: (url) => shell.openExternal(url),
    });
    window.on('closed', () => (window = undefined));
  };

  const showWindow = () => {
    if (window === undefined || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  app.on('second-instance', showWindow);
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend !== undefined && window === undefined) openWindow();
  });
  app.on('will-quit', () => {
    disposeIpc?.();
    disposeIpc = undefined;
    disposeReminders?.();
    disposeReminders = undefined;
    disposePrintIpc?.();
    disposePrintIpc = undefined;
    printer?.close();
    printer = undefined;
    backend?.close();
    backend = undefined;
  });

  app
    .whenReady()
    .then(() => {
      dataDir = app.getPath('userData');
      mkdirSync(dataDir, { recursive: true });
      const opened = options.createBackend({
        dataDir,
        appVersion: app.getVersion(),
        saveDialog: (suggestedName) => chooseCsvFile(window, suggestedName),
      });
      backend = opened;
      hardenSession(session.defaultSession);
      serveApp(session.defaultSession, join(app.getAppPath(), 'out/renderer'));
      installMenu({ platform: process.platform, isPackaged: app.isPackaged, appName: app.name });
      const documents = createDocumentPrinter({
        preloadPath: preloadPath(),
        entryUrl: APP_ENTRY_URL,
        appWindow: () => window,
        openExternal: (url) => shell.openExternal(url),
      });
      printer = documents;
      disposeIpc = registerIpc({
        ipcMain,
        backend: opened,
        appContents: () => window?.webContents,
        printContents: () => documents.contents(),
      });
      disposePrintIpc = registerPrintIpc({
        ipcMain,
        appContents: () => window?.webContents,
        print: (request) => documents.print(request),
      });
      disposeReminders = notifyReminders({ backend: opened, showApp: showWindow });
      openWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(`${PRODUCT_NAME} could not start`, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
