import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutColumns, type LayoutItem } from './layout';
import { overlaps } from './overlap';

const item = (key: string, start: number, end: number): LayoutItem => ({ key, start, end });

describe('laying out overlapping events', () => {
  it('puts lone events in one full-width column', () => {
    const placed = layoutColumns([item('a', 0, 60), item('b', 60, 120)]);
    expect(placed.get('a')).toEqual({ column: 0, columns: 1, span: 1 });
    expect(placed.get('b')).toEqual({ column: 0, columns: 1, span: 1 });
  });

  it('puts overlapping events side by side, a cluster as wide as it needs', () => {
    //  a: 0-60, b: 30-90, c: 70-100 → a and c share column 0, b is in column 1.
    const placed = layoutColumns([item('b', 30, 90), item('a', 0, 60), item('c', 70, 100)]);
    expect(placed.get('a')).toEqual({ column: 0, columns: 2, span: 1 });
    expect(placed.get('b')).toEqual({ column: 1, columns: 2, span: 1 });
    expect(placed.get('c')).toEqual({ column: 0, columns: 2, span: 1 });
  });

  it('stretches an event over the columns that stay free beside it', () => {
    // a spans the morning; b and c overlap each other and a; d comes later, beside a only.
    const placed = layoutColumns([item('a', 0, 240), item('b', 0, 60), item('c', 30, 90), item('d', 120, 180)]);
    expect(placed.get('a')).toMatchObject({ column: 0, columns: 3, span: 1 });
    expect(placed.get('b')).toMatchObject({ column: 1, span: 1 });
    expect(placed.get('c')).toMatchObject({ column: 2, span: 1 });
    expect(placed.get('d')).toMatchObject({ column: 1, span: 2 });
  });

  it('gives short events room for their drawn height', () => {
    // Two 5-minute events 10 minutes apart are drawn 30 minutes tall: side by side.
    const placed = layoutColumns([item('a', 0, 5 * 60_000), item('b', 10 * 60_000, 15 * 60_000)], 30 * 60_000);
    expect(placed.get('a')?.columns).toBe(2);
    expect(placed.get('b')?.column).toBe(1);
    // Moments at the same time too.
    const moments = layoutColumns([item('x', 100, 100), item('y', 100, 100)]);
    expect([moments.get('x')?.column, moments.get('y')?.column].sort()).toEqual([0, 1]);
  });

  it('never draws two overlapping events over each other, and places every event', () => {
    const events = fc.uniqueArray(
      fc
        .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 80 }))
        .map(([start, length]) => ({ start, end: start + length })),
      { maxLength: 25, selector: (e) => `${e.start}-${e.end}` },
    );
    fc.assert(
      fc.property(events, (list) => {
        const items = list.map((e, i) => item(String(i), e.start, e.end));
        const placed = layoutColumns(items);
        expect(placed.size).toBe(items.length);
        for (const a of items) {
          const pa = placed.get(a.key)!;
          expect(pa.column + pa.span).toBeLessThanOrEqual(pa.columns);
          for (const b of items) {
            if (a === b || !overlaps(a, b)) continue;
            const pb = placed.get(b.key)!;
            const apart = pa.column + pa.span <= pb.column || pb.column + pb.span <= pa.column;
            expect(apart, `${a.key} and ${b.key}`).toBe(true);
            expect(pa.columns).toBe(pb.columns);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
