import type { BrowserWindow, WebContents } from 'electron';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS, printWithDialog, saveAsPdf } from '../../../../src-main/hosts/electron/print';
import { dialog, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

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

  it('writes the page as PDF where the user chose, adding .pdf', async () => {
    const win = window();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'quote-42') });
    const file = await saveAsPdf(win as unknown as BrowserWindow, 'Quote 42');
    expect(file).toBe(join(dir, 'quote-42.pdf'));
    expect(readFileSync(join(dir, 'quote-42.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ defaultPath: 'Quote 42.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
  });

  it('does nothing when the user cancels', async () => {
    const win = window();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await saveAsPdf(win as unknown as BrowserWindow, 'invoice.pdf')).toBeNull();
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: 'invoice.pdf' }));
    expect(existsSync(join(dir, 'invoice.pdf'))).toBe(false);
  });
});
