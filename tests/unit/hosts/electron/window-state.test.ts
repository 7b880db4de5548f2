import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOnSomeDisplay, loadWindowState, saveWindowState } from '../../../../src-main/hosts/electron/window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'crm-wstate-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips bounds and the maximized flag', () => {
    saveWindowState(dir, { x: 10, y: 20, width: 1100, height: 700 }, false);
    expect(loadWindowState(dir, screen)).toEqual({
      bounds: { x: 10, y: 20, width: 1100, height: 700 },
      isMaximized: false,
    });
  });

  it.each([['not json'], ['null'], ['[1,2]'], ['"text"']])('falls back to defaults for a damaged file: %s', (text) => {
    writeFileSync(join(dir, 'window-state.json'), text);
    expect(loadWindowState(dir, screen)).toEqual({ bounds: { width: 1280, height: 820 }, isMaximized: false });
  });

  it('clamps silly sizes and ignores non-numbers', () => {
    writeFileSync(
      join(dir, 'window-state.json'),
      JSON.stringify({ x: 'a', y: 5, width: 10, height: 1e9, isMaximized: 'yes' }),
    );
    expect(loadWindowState(dir, screen)).toEqual({ bounds: { width: 800, height: 1e9 }, isMaximized: false });
  });

  it('treats a window as visible only when its title bar is grabbable on a display', () => {
    expect(isOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, screen)).toBe(true);
    expect(isOnSomeDisplay({ x: 1850, y: 100, width: 800, height: 600 }, screen)).toBe(false);
    expect(isOnSomeDisplay({ x: 1800, y: 100, width: 800, height: 600 }, screen)).toBe(true);
    expect(isOnSomeDisplay({ x: 100, y: 1020, width: 800, height: 600 }, screen)).toBe(false);
    expect(isOnSomeDisplay({ x: 100, y: -500, width: 800, height: 600 }, screen)).toBe(false);
    expect(isOnSomeDisplay({ x: 100, y: 100, width: 800, height: 600 }, [])).toBe(false);
  });
});
