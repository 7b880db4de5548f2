/**
 * Hybrid logical clock (Kulkarni et al.), one per device.
 *
 * A timestamp is the string `<wall ms, 15 digits>:<counter, 5 digits>:<device id>`.
 * Because every part is fixed-width, comparing two timestamps as strings
 * orders them exactly like comparing (wall, counter, device) as tuples, so
 * SQLite can sort and compare them with plain TEXT comparison.
 *
 * The clock never goes backwards: if the wall clock does (NTP step, manual
 * change), the last physical time is kept and the counter advances. It never
 * throws on skew either; the hub decides what to refuse (DESIGN.md, Sync).
 */

export interface HlcState {
  /** Highest physical time seen, in ms since the epoch. */
  readonly wall: number;
  readonly counter: number;
  readonly device: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export function formatHlc(state: HlcState): string {
  return `${String(state.wall).padStart(WALL_DIGITS, '0')}:${String(state.counter).padStart(COUNTER_DIGITS, '0')}:${state.device}`;
}

export function parseHlc(stamp: string): HlcState {
  const [wall, counter, ...device] = stamp.split(':');
  const w = Number(wall);
  const c = Number(counter);
  if (!Number.isSafeInteger(w) || !Number.isSafeInteger(c) || device.length === 0) {
    throw new Error(`Not an HLC timestamp: ${stamp}`);
  }
  return { wall: w, counter: c, device: device.join(':') };
}

/** The next timestamp for a local event at physical time `now`. */
export function tick(prev: HlcState, now: number): HlcState {
  if (now > prev.wall) return { wall: now, counter: 0, device: prev.device };
  return bump(prev.wall, prev.counter, prev.device);
}

/** Advance past a timestamp received from another device. */
export function receive(prev: HlcState, remote: HlcState, now: number): HlcState {
  const wall = Math.max(prev.wall, remote.wall, now);
  if (wall === prev.wall && wall === remote.wall)
    return bump(wall, Math.max(prev.counter, remote.counter), prev.device);
  if (wall === prev.wall) return bump(wall, prev.counter, prev.device);
  if (wall === remote.wall) return bump(wall, remote.counter, prev.device);
  return { wall, counter: 0, device: prev.device };
}

function bump(wall: number, counter: number, device: string): HlcState {
  // A counter overflow borrows a millisecond rather than wrapping, which
  // would break monotonicity.
  return counter >= MAX_COUNTER ? { wall: wall + 1, counter: 0, device } : { wall, counter: counter + 1, device };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
