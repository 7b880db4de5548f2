import type { BrowserWindow, WebContents } from 'electron';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDocumentPrinter,
  PDF_OPTIONS,
  printWithDialog,
  saveAsPdf,
  waitForPrintPage,
} from '../../../../src-main/hosts/electron/print';
import { dialog, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const ID = '0190a000-0000-7000-8000-0000000000aa';

let dir: string;
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'crm-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('printWithDialog', () => {
  it('prints through the OS dialog', async () => {
    const contents = new FakeWebContents();
    await expect(printWithDialog(contents as unknown as WebContents)).resolves.toBe('printed');
    expect(contents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
  });

  it('reports a cancelled dialog and rejects a failure', async () => {
    const contents = new FakeWebContents();
    contents.print.mockImplementationOnce((_options, callback) => callback?.(false, 'cancelled'));
    await expect(printWithDialog(contents as unknown as WebContents)).resolves.toBe('cancelled');
    contents.print.mockImplementationOnce((_options, callback) => callback?.(false, 'failed'));
    await expect(printWithDialog(contents as unknown as WebContents)).rejects.toThrow('Printing failed: failed');
  });
});

describe('saveAsPdf', () => {
  const window = () => new FakeBrowserWindow({ width: 800, height: 600 });

  it('writes the page as PDF where the user chose, adding .pdf, with the dialog on the app window', async () => {
    const parent = window();
    const source = new FakeWebContents();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'quote-42') });
    const file = await saveAsPdf(source as unknown as WebContents, parent as unknown as BrowserWindow, 'Quote 42');
    expect(file).toBe(join(dir, 'quote-42.pdf'));
    expect(readFileSync(join(dir, 'quote-42.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(source.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(parent.webContents.printToPDF).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ defaultPath: 'Quote 42.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
  });

  it('does nothing when the user cancels', async () => {
    const source = new FakeWebContents();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await saveAsPdf(source as unknown as WebContents, undefined, 'invoice.pdf')).toBeNull();
    expect(source.printToPDF).not.toHaveBeenCalled();
    // Without an app window the dialog stands alone.
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'invoice.pdf' }));
    expect(existsSync(join(dir, 'invoice.pdf'))).toBe(false);
  });
});

describe('waitForPrintPage', () => {
  it('waits until the page reports this job laid out', async () => {
    const contents = new FakeWebContents();
    contents.executeJavaScript.mockResolvedValueOnce('').mockResolvedValueOnce('').mockResolvedValueOnce('ready');
    await waitForPrintPage(contents as unknown as WebContents, '7', 5_000);
    expect(contents.executeJavaScript).toHaveBeenCalledTimes(3);
    const script = contents.executeJavaScript.mock.calls[0]?.[0] ?? '';
    expect(script).toContain('d.printJob === "7"');
    expect(script).toContain('d.printState');
  });

  it('fails when the page reports a failure, takes too long, or is gone', async () => {
    const contents = new FakeWebContents();
    contents.executeJavaScript.mockResolvedValueOnce('failed');
    await expect(waitForPrintPage(contents as unknown as WebContents, '1', 5_000)).rejects.toThrow(
      'could not be prepared',
    );
    contents.executeJavaScript.mockResolvedValue('');
    await expect(waitForPrintPage(contents as unknown as WebContents, '1', 60)).rejects.toThrow('too long');
    contents.destroyed = true;
    await expect(waitForPrintPage(contents as unknown as WebContents, '1', 5_000)).rejects.toThrow('closed');
  });
});

describe('createDocumentPrinter', () => {
  const appWindow = () => new FakeBrowserWindow({ width: 1200, height: 800 });
  const loadURL = FakeBrowserWindow.prototype.loadURL;
  afterEach(() => {
    FakeBrowserWindow.prototype.loadURL = loadURL;
  });

  /** Lets a test set up each print page as it loads (its title, what it reports). */
  function onLoad(setUp: (window: FakeBrowserWindow) => void) {
    FakeBrowserWindow.prototype.loadURL = function (this: FakeBrowserWindow, url: string) {
      setUp(this);
      return loadURL.call(this, url);
    };
  }

  function printer(app: FakeBrowserWindow | undefined, idleMs = 60_000) {
    return createDocumentPrinter({
      preloadPath: '/fake/app/out/preload/index.cjs',
      entryUrl: 'app://crm/index.html',
      appWindow: () => app as unknown as BrowserWindow | undefined,
      openExternal: async () => undefined,
      readyTimeoutMs: 2_000,
      idleMs,
    });
  }

  /** The hidden window the printer opened (after the app window). */
  function printWindow(): FakeBrowserWindow {
    const window = FakeBrowserWindow.instances.at(-1);
    if (!window) throw new Error('no print window');
    return window;
  }

  it('shows the print page in a hidden sandboxed window and prints it with the OS dialog', async () => {
    const documents = printer(appWindow());
    const result = await documents.print({ entity: 'invoice', id: ID, action: 'print' });
    expect(result).toEqual({ ok: true, outcome: 'printed' });
    const window = printWindow();
    expect(window.loadedUrl).toBe(`app://crm/index.html#/print/invoice/${ID}?job=1`);
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, preload: '/fake/app/out/preload/index.cjs' },
    });
    expect(window.shown).toBe(false);
    expect(window.webContents.print).toHaveBeenCalledOnce();
    // Navigation and new windows are guarded as in the app window.
    expect(window.webContents.windowOpenHandler).toBeDefined();
    // Kept for the next document; its page may read through the backend.
    expect(window.destroyed).toBe(false);
    expect(documents.contents()).toEqual([window.webContents]);
    documents.close();
    expect(window.destroyed).toBe(true);
    expect(documents.contents()).toEqual([]);
  });

  it('shows the next document in the same window by changing the hash, with the next job', async () => {
    const documents = printer(appWindow());
    await documents.print({ entity: 'invoice', id: ID, action: 'print' });
    const window = printWindow();
    const other = '0190a000-0000-7000-8000-0000000000bb';
    expect(await documents.print({ entity: 'quote', id: other, action: 'print' })).toEqual({
      ok: true,
      outcome: 'printed',
    });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(
      `location.hash = ${JSON.stringify(`/print/quote/${other}?job=2`)}`,
    );
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(expect.stringContaining('d.printJob === "2"'));
    expect(window.webContents.print).toHaveBeenCalledTimes(2);
    documents.close();
  });

  it('closes the window once it has been idle a while', async () => {
    const documents = printer(appWindow(), 20);
    await documents.print({ entity: 'invoice', id: ID, action: 'print' });
    expect(printWindow().destroyed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(printWindow().destroyed).toBe(true);
    expect(documents.contents()).toEqual([]);
    // The next print opens a new window.
    await documents.print({ entity: 'invoice', id: ID, action: 'print' });
    expect(FakeBrowserWindow.instances).toHaveLength(3);
    expect(printWindow().loadedUrl).toBe(`app://crm/index.html#/print/invoice/${ID}?job=2`);
    documents.close();
  });

  it('saves a PDF named after the page’s title, with the dialog attached to the app window', async () => {
    const app = appWindow();
    const documents = printer(app);
    onLoad((window) => (window.webContents.title = 'Invoice INV-1'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'Invoice INV-1.pdf') });
    const result = await documents.print({ entity: 'invoice', id: ID, action: 'pdf' });
    expect(result).toEqual({ ok: true, outcome: 'saved', file: join(dir, 'Invoice INV-1.pdf') });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      app,
      expect.objectContaining({ defaultPath: 'Invoice INV-1.pdf' }),
    );
    expect(readFileSync(join(dir, 'Invoice INV-1.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(printWindow().webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    documents.close();
  });

  it('reports a cancelled save dialog', async () => {
    const documents = printer(appWindow());
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await documents.print({ entity: 'quote', id: ID, action: 'pdf' })).toEqual({
      ok: true,
      outcome: 'cancelled',
    });
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled();
    documents.close();
  });

  it('reports a page that failed and closes its window', async () => {
    const documents = printer(undefined);
    onLoad((window) => window.webContents.executeJavaScript.mockResolvedValue('failed'));
    expect(await documents.print({ entity: 'sales_order', id: ID, action: 'print' })).toEqual({
      ok: false,
      message: 'The document could not be prepared for printing.',
    });
    expect(printWindow().webContents.print).not.toHaveBeenCalled();
    expect(printWindow().destroyed).toBe(true);
    expect(documents.contents()).toEqual([]);
  });

  it('prints one document at a time, in the order asked', async () => {
    const documents = printer(appWindow());
    const order: string[] = [];
    const first = documents.print({ entity: 'quote', id: ID, action: 'print' }).then(() => order.push('first'));
    const second = documents.print({ entity: 'invoice', id: ID, action: 'print' }).then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    const window = printWindow();
    expect(window.loadedUrl).toBe(`app://crm/index.html#/print/quote/${ID}?job=1`);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(
      `location.hash = ${JSON.stringify(`/print/invoice/${ID}?job=2`)}`,
    );
    documents.close();
  });

  it('closes the print window when the app quits, even in the middle of a print', async () => {
    const documents = printer(appWindow());
    dialog.showSaveDialog.mockImplementationOnce(async () => {
      documents.close();
      return { canceled: true, filePath: '' };
    });
    await documents.print({ entity: 'invoice', id: ID, action: 'pdf' });
    expect(printWindow().destroyed).toBe(true);
    expect(documents.contents()).toEqual([]);
  });
});
