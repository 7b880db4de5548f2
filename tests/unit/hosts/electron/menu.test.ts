import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu } from '../../../../src-main/hosts/electron/menu';
import { Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

function roles(items: readonly MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...roles(Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : undefined),
  ]);
}
function submenu(template: MenuItemConstructorOptions[], label: string): string[] {
  const menu = template.find((item) => item.label === label);
  return roles(menu?.submenu as MenuItemConstructorOptions[]);
}

describe('native menu', () => {
  it('has File, Edit, View, Window and Help with the usual roles on Windows and Linux', () => {
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, appName: 'Offline CRM' });
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    expect(submenu(template, 'File')).toEqual(['quit']);
    expect(submenu(template, 'Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(template, 'View')).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers developer tools only in development', () => {
    const dev = buildMenuTemplate({ platform: 'win32', isPackaged: false, appName: 'Offline CRM' });
    expect(submenu(dev, 'View')).toContain('toggleDevTools');
    const packaged = buildMenuTemplate({ platform: 'win32', isPackaged: true, appName: 'Offline CRM' });
    expect(roles(packaged)).not.toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS and closes windows from File', () => {
    const template = buildMenuTemplate({ platform: 'darwin', isPackaged: true, appName: 'Offline CRM' });
    expect(template[0]?.label).toBe('Offline CRM');
    expect(roles(template[0]?.submenu as MenuItemConstructorOptions[])).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(submenu(template, 'File')).toEqual(['close']);
  });

  it('installs the built menu as the application menu', () => {
    installMenu({ platform: 'linux', isPackaged: false, appName: 'Offline CRM' });
    expect(Menu.buildFromTemplate).toHaveBeenCalledOnce();
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
