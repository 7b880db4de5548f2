import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clashesWith, overlaps } from './overlap';

const H = 3_600_000;

describe('overlaps', () => {
  it('treats times as half-open: back-to-back meetings do not clash', () => {
    expect(overlaps({ start: 9 * H, end: 10 * H }, { start: 10 * H, end: 11 * H })).toBe(false);
    expect(overlaps({ start: 9 * H, end: 10 * H }, { start: 9.5 * H, end: 11 * H })).toBe(true);
    expect(overlaps({ start: 9 * H, end: 12 * H }, { start: 10 * H, end: 11 * H })).toBe(true);
    expect(overlaps({ start: 9 * H, end: 10 * H }, { start: 11 * H, end: 12 * H })).toBe(false);
  });

  it('treats an appointment of no length as a moment', () => {
    const moment = { start: 10 * H, end: 10 * H };
    expect(overlaps(moment, { start: 9 * H, end: 11 * H })).toBe(true);
    expect(overlaps(moment, { start: 10 * H, end: 11 * H })).toBe(true);
    // Something that ends at that moment is over.
    expect(overlaps(moment, { start: 9 * H, end: 10 * H })).toBe(false);
    expect(overlaps(moment, { start: 10 * H, end: 10 * H })).toBe(true);
    expect(overlaps(moment, { start: 11 * H, end: 11 * H })).toBe(false);
  });

  it('is symmetric and agrees with "some instant is in both"', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }))
      .map(([s, len]) => ({ start: s, end: s + len }));
    fc.assert(
      fc.property(span, span, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        // Brute force over whole units: a moment is the unit it is in; a span covers [start, end).
        const covers = (x: typeof a, t: number) => (x.end === x.start ? t === x.start : t >= x.start && t < x.end);
        let shared = false;
        for (let t = 0; t <= 50; t++) if (covers(a, t) && covers(b, t)) shared = true;
        expect(overlaps(a, b)).toBe(shared);
      }),
    );
  });

  it('lists the clashes in order', () => {
    const others = [
      { id: 'a', start: 8 * H, end: 9 * H },
      { id: 'b', start: 9 * H, end: 10 * H },
      { id: 'c', start: 9.75 * H, end: 11 * H },
    ];
    expect(clashesWith({ start: 9.5 * H, end: 10 * H }, others).map((o) => o.id)).toEqual(['b', 'c']);
  });
});
