import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  /** Absent when the window should be centred (first run, or its last place is off every display). */
  readonly bounds: Rect | { readonly width: number; readonly height: number };
  readonly isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the title bar must be on a display for the window to be grabbable there. */
const GRAB_WIDTH = 100;
const GRAB_HEIGHT = 40;

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** True when the window's title bar is on some display's work area, so the user can see and move it. */
export function isOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT };
  return workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return (
      overlap.width >= Math.min(GRAB_WIDTH, bounds.width) && overlap.height >= Math.min(GRAB_HEIGHT, bounds.height)
    );
  });
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Reads `<dataDir>/window-state.json`. A missing or damaged file, or a size
 * from nonsense values, falls back to defaults; a position off every display
 * (a monitor was unplugged) is dropped so the window opens centred.
 */
export function loadWindowState(dataDir: string, workAreas: readonly Rect[]): WindowState {
  let saved: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    saved = parsed as Record<string, unknown>;
  } catch {
    return { bounds: { ...DEFAULT_SIZE }, isMaximized: false };
  }
  const width = finite(saved['width']) ? Math.max(MIN_SIZE.width, Math.round(saved['width'])) : DEFAULT_SIZE.width;
  const height = finite(saved['height']) ? Math.max(MIN_SIZE.height, Math.round(saved['height'])) : DEFAULT_SIZE.height;
  const isMaximized = saved['isMaximized'] === true;
  if (finite(saved['x']) && finite(saved['y'])) {
    const bounds = { x: Math.round(saved['x']), y: Math.round(saved['y']), width, height };
    if (isOnSomeDisplay(bounds, workAreas)) return { bounds, isMaximized };
  }
  return { bounds: { width, height }, isMaximized };
}

/** Written through a temp file so a crash mid-write never leaves a half file behind. */
export function saveWindowState(dataDir: string, bounds: Rect, isMaximized: boolean): void {
  const file = join(dataDir, WINDOW_STATE_FILE);
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...bounds, isMaximized }, null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}
