import { describe, expect, it } from 'vitest';
import { dataDirFlag, defaultDataDir, resolveDataDir } from '../../../../src-main/paths';

describe('defaultDataDir (Electron userData for "Offline CRM")', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(
      defaultDataDir({
        platform: 'win32',
        home: 'C:\\Users\\ana',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Offline CRM');
  });

  it('falls back to the roaming profile folder when %APPDATA% is unset', () => {
    expect(defaultDataDir({ platform: 'win32', home: 'C:\\Users\\ana', env: {} })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Offline CRM',
    );
  });

  it('uses ~/Library/Application Support on macOS', () => {
    expect(defaultDataDir({ platform: 'darwin', home: '/Users/ana', env: { XDG_CONFIG_HOME: '/ignored' } })).toBe(
      '/Users/ana/Library/Application Support/Offline CRM',
    );
  });

  it('uses $XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir({ platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: '/home/ana/cfg' } })).toBe(
      '/home/ana/cfg/Offline CRM',
    );
    expect(defaultDataDir({ platform: 'linux', home: '/home/ana', env: {} })).toBe('/home/ana/.config/Offline CRM');
    expect(defaultDataDir({ platform: 'linux', home: '/home/ana', env: { XDG_CONFIG_HOME: '' } })).toBe(
      '/home/ana/.config/Offline CRM',
    );
    expect(defaultDataDir({ platform: 'freebsd', home: '/home/ana', env: {} })).toBe('/home/ana/.config/Offline CRM');
  });
});

describe('resolveDataDir', () => {
  const base = { platform: 'linux' as const, home: '/home/ana', cwd: '/work' };

  it('prefers --data-dir over CRM_DATA_DIR over the default', () => {
    const env = { CRM_DATA_DIR: '/from-env' };
    expect(resolveDataDir({ ...base, argv: ['--data-dir', '/from-flag'], env })).toBe('/from-flag');
    expect(resolveDataDir({ ...base, argv: ['--data-dir=/from-flag-eq'], env })).toBe('/from-flag-eq');
    expect(resolveDataDir({ ...base, argv: [], env })).toBe('/from-env');
    expect(resolveDataDir({ ...base, argv: [], env: {} })).toBe('/home/ana/.config/Offline CRM');
    expect(resolveDataDir({ ...base, argv: [], env: { CRM_DATA_DIR: '' } })).toBe('/home/ana/.config/Offline CRM');
  });

  it('makes relative folders absolute against the working directory', () => {
    expect(resolveDataDir({ ...base, argv: ['--data-dir', 'data'], env: {} })).toBe('/work/data');
    expect(resolveDataDir({ ...base, argv: [], env: { CRM_DATA_DIR: '../shared' } })).toBe('/shared');
    expect(
      resolveDataDir({
        platform: 'win32',
        home: 'C:\\Users\\ana',
        cwd: 'D:\\crm',
        argv: ['--data-dir', 'data'],
        env: {},
      }),
    ).toBe('D:\\crm\\data');
  });

  it('ignores unrelated arguments (Electron passes its own)', () => {
    expect(
      resolveDataDir({ ...base, argv: ['/usr/bin/electron', '.', '--no-sandbox', '--data-dir', '/d'], env: {} }),
    ).toBe('/d');
  });

  it('refuses --data-dir without a folder instead of silently using the default', () => {
    expect(() => dataDirFlag(['--data-dir'])).toThrow(/--data-dir needs a folder/);
    expect(() => dataDirFlag(['--data-dir', '--port', '3000'])).toThrow(/needs a folder/);
    expect(() => dataDirFlag(['--data-dir='])).toThrow(/needs a folder/);
  });
});
