import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (installed with vi.mock('electron')):
 * just enough of each API for the host's code paths, recording what the host
 * asked for so tests can check it. `resetFakeElectron()` between tests.
 */

type Handler = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Handler[]>();
  on(event: string, handler: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]);
    return this;
  }
  once(event: string, handler: Handler): this {
    const wrapped = ((...args: never[]) => {
      this.off(event, wrapped);
      return handler(...args);
    }) as Handler;
    return this.on(event, wrapped);
  }
  off(event: string, handler: Handler): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((h) => h !== handler),
    );
    return this;
  }
  removeListener(event: string, handler: Handler): this {
    return this.off(event, handler);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const handler of this.listeners.get(event) ?? []) (handler as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
  frameTreeNodeId: number;
}
let nextFrameId = 1;
export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  const origin = /^[a-z]+:\/\/[^/]+/.exec(url)?.[0] ?? 'null';
  return { url, origin, parent, frameTreeNodeId: nextFrameId++ };
}

/** An Electron-style event object whose preventDefault is recorded. */
export function fakeEvent<T extends object>(fields: T): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: unknown[][] = [];
  readonly mainFrame = fakeFrame('app://crm/index.html');
  destroyed = false;
  readonly print = vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => {
    callback?.(true, '');
  });
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  /** What the page's scripts answer; the print page reports `ready`. */
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => 'ready');
  title = '';
  getTitle(): string {
    return this.title;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  loadedUrl: string | undefined;
  shown = false;
  focused = false;
  maximized = false;
  minimized = false;
  destroyed = false;
  normalBounds: { x: number; y: number; width: number; height: number };

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    this.normalBounds = {
      x: (options['x'] as number | undefined) ?? 10,
      y: (options['y'] as number | undefined) ?? 10,
      width: options['width'] as number,
      height: options['height'] as number,
    };
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
    this.shown = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
}
export const BrowserWindow = FakeBrowserWindow;

class FakeApp extends FakeEmitter {
  name = 'Offline CRM';
  isPackaged = false;
  hasLock = true;
  paths = new Map<string, string>([['userData', '/tmp/fake-user-data']]);
  appPath = '/fake/app';
  readonly order: string[] = [];
  readonly quit = vi.fn(() => this.order.push('quit'));
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn(() => this.order.push('enableSandbox'));
  ready: Promise<void> = Promise.resolve();
  requestSingleInstanceLock(): boolean {
    this.order.push('requestSingleInstanceLock');
    return this.hasLock;
  }
  whenReady(): Promise<void> {
    this.order.push('whenReady');
    return this.ready;
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`no path ${name}`);
    return path;
  }
  setPath(name: string, value: string): void {
    this.order.push(`setPath:${name}`);
    this.paths.set(name, value);
  }
  getVersion(): string {
    return '1.2.3';
  }
  getAppPath(): string {
    return this.appPath;
  }
}
export const app = new FakeApp();

class FakeIpcMain {
  readonly handlers = new Map<string, (...args: never[]) => unknown>();
  handle(channel: string, handler: (...args: never[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new FakeIpcMain();

class FakeSession {
  permissionRequestHandler: ((...args: never[]) => void) | null = null;
  permissionCheckHandler: ((...args: never[]) => boolean) | null = null;
  headersReceived: ((details: unknown, callback: (response: unknown) => void) => void) | undefined;
  protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly webRequest = {
    onHeadersReceived: (listener: (details: unknown, callback: (response: unknown) => void) => void) => {
      this.headersReceived = listener;
    },
  };
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler(handler: (...args: never[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: never[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown) => app.order.push('registerSchemes')),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn((_menu: unknown) => undefined),
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays() {
    return this.displays;
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const dialog = {
  showSaveDialog: vi.fn(async (_window: unknown, _options: unknown) => ({ canceled: true, filePath: '' })),
  showErrorBox: vi.fn((_title: string, _content: string) => undefined),
};

export class FakeNotification extends FakeEmitter {
  static instances: FakeNotification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return FakeNotification.supported;
  }
  readonly options: { title?: string; body?: string };
  shown = false;
  closed = false;
  constructor(options: { title?: string; body?: string }) {
    super();
    this.options = options;
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
  close(): void {
    this.closed = true;
  }
}
export const Notification = FakeNotification;

export const contextBridge = { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) };

class FakeIpcRenderer extends FakeEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'from-main' }));
}
export const ipcRenderer = new FakeIpcRenderer();

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  app.listeners.clear();
  app.order.length = 0;
  app.hasLock = true;
  app.isPackaged = false;
  app.ready = Promise.resolve();
  app.paths = new Map([['userData', '/tmp/fake-user-data']]);
  ipcMain.handlers.clear();
  session.defaultSession = new FakeSession();
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  ipcRenderer.listeners.clear();
  FakeNotification.instances = [];
  FakeNotification.supported = true;
}
