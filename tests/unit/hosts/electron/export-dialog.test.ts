import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseCsvFile } from '../../../../src-main/hosts/electron/export-dialog';
import { dialog, FakeBrowserWindow, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

describe('chooseCsvFile', () => {
  const window = () => new FakeBrowserWindow({ width: 800, height: 600 }) as unknown as BrowserWindow;

  it('asks with the OS save dialog on the app window, suggesting the name, and adds .csv', async () => {
    const win = window();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/anna/Контакты' });
    expect(await chooseCsvFile(win, 'Retail contacts.csv')).toBe('/home/anna/Контакты.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      defaultPath: 'Retail contacts.csv',
      filters: [{ name: 'CSV (UTF-8)', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: 'C:\\Users\\anna\\list.CSV' });
    expect(await chooseCsvFile(win, 'x.csv')).toBe('C:\\Users\\anna\\list.CSV');
  });

  it('returns null when the user cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await chooseCsvFile(window(), 'a.csv')).toBeNull();
  });

  it('still asks when the window is gone', async () => {
    const gone = new FakeBrowserWindow({ width: 800, height: 600 });
    gone.destroyed = true;
    dialog.showSaveDialog.mockImplementationOnce(async (...args: unknown[]) => {
      expect(args).toHaveLength(1);
      return { canceled: false, filePath: '/tmp/out.csv' };
    });
    expect(await chooseCsvFile(gone as unknown as BrowserWindow, 'out.csv')).toBe('/tmp/out.csv');
    expect(dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });
});
