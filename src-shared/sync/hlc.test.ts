import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, parseHlc, receive, tick, type HlcState } from './hlc';

const device = 'dev-a';
const start: HlcState = { wall: 0, counter: 0, device };

describe('HLC', () => {
  it('formats fixed-width stamps that round-trip', () => {
    const state = { wall: 1_700_000_000_123, counter: 42, device: 'd:with:colons' };
    const stamp = formatHlc(state);
    expect(stamp).toBe('001700000000123:00042:d:with:colons');
    expect(parseHlc(stamp)).toEqual(state);
  });

  it('refuses text that is not a stamp', () => {
    expect(() => parseHlc('nonsense')).toThrow(/Not an HLC/);
    expect(() => parseHlc('12:x:dev')).toThrow(/Not an HLC/);
  });

  it('takes the wall clock when it moves forward', () => {
    expect(tick({ wall: 100, counter: 7, device }, 200)).toEqual({ wall: 200, counter: 0, device });
  });

  it('advances the counter when the wall clock stands still or goes back', () => {
    expect(tick({ wall: 100, counter: 7, device }, 100)).toEqual({ wall: 100, counter: 8, device });
    expect(tick({ wall: 100, counter: 7, device }, 50)).toEqual({ wall: 100, counter: 8, device });
  });

  it('borrows a millisecond instead of overflowing the counter', () => {
    expect(tick({ wall: 100, counter: 99_999, device }, 100)).toEqual({ wall: 101, counter: 0, device });
  });

  it('moves past a remote stamp from the future', () => {
    const remote = { wall: 500, counter: 3, device: 'dev-b' };
    expect(receive({ wall: 100, counter: 0, device }, remote, 200)).toEqual({ wall: 500, counter: 4, device });
  });

  it('never goes backwards, whatever the wall clock and remote stamps do (property)', () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), now: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({
        kind: fc.constant('receive' as const),
        now: fc.integer({ min: 0, max: 10_000 }),
        wall: fc.integer({ min: 0, max: 10_000 }),
        counter: fc.integer({ min: 0, max: 99_999 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        let state = start;
        let previous = formatHlc(state);
        for (const e of events) {
          state =
            e.kind === 'tick'
              ? tick(state, e.now)
              : receive(state, { wall: e.wall, counter: e.counter, device: 'dev-b' }, e.now);
          const stamp = formatHlc(state);
          expect(compareHlc(stamp, previous)).toBe(1);
          if (e.kind === 'receive')
            expect(state.wall * 100_000 + state.counter).toBeGreaterThan(e.wall * 100_000 + e.counter);
          previous = stamp;
        }
      }),
      { seed: 20_240_108, numRuns: 300 },
    );
  });

  it('orders stamps as text exactly like (wall, counter, device) tuples (property)', () => {
    const stateArb = fc.record({
      wall: fc.integer({ min: 0, max: 2 ** 47 }),
      counter: fc.integer({ min: 0, max: 99_999 }),
      device: fc.constantFrom('a', 'b', 'dev-1'),
    });
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const tuple =
          a.wall - b.wall || a.counter - b.counter || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(Math.sign(tuple));
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
