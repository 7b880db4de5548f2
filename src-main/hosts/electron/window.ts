import { BrowserWindow, screen } from 'electron';
import { guardWebContents } from './security';
import { loadWindowState, MIN_SIZE, saveWindowState } from './window-state';

export interface MainWindowOptions {
  readonly dataDir: string;
  readonly preloadPath: string;
  readonly entryUrl: string;
  readonly title: string;
  readonly openExternal: (url: string) => Promise<void>;
}

/** The renderer gets no Node, no Electron and no way out of its sandbox; only the preload's `crm` bridge. */
export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const;

/**
 * The app's one window, at the size and place it had when last closed (the
 * place only if it is still on a display) and maximized if it was. Shown
 * once painted, so there is no white flash.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(
    options.dataDir,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: options.preloadPath },
  });
  guardWebContents(window.webContents, { openExternal: options.openExternal });

  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      saveWindowState(options.dataDir, window.getNormalBounds(), window.isMaximized());
    } catch {
      // Losing the window's place must never stop the app from closing.
    }
  });
  void window.loadURL(options.entryUrl);
  return window;
}
