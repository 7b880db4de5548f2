import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDiscountList, volumeDiscountFor, type DiscountList } from './discounts';
import { Dec } from './money';

const VOLUME: DiscountList = {
  type: 'percentage',
  ranges: [
    { begin: '10', end: '49', value: '5' },
    { begin: '50', end: '99', value: '7.5' },
    { begin: '100', end: '1000000', value: '10' },
  ],
};

describe('discount lists', () => {
  it('accepts ranges that do not overlap', () => {
    expect(validateDiscountList(VOLUME)).toEqual([]);
  });

  it('finds the range of a quantity, both ends included', () => {
    expect(volumeDiscountFor(VOLUME, new Dec(9))).toBeUndefined();
    expect(volumeDiscountFor(VOLUME, new Dec(10))?.value.toString()).toBe('5');
    expect(volumeDiscountFor(VOLUME, new Dec(49))?.range).toBe(0);
    expect(volumeDiscountFor(VOLUME, new Dec(50))).toEqual({ type: 'percentage', value: new Dec('7.5'), range: 1 });
    expect(volumeDiscountFor(VOLUME, new Dec('49.5'))).toBeUndefined();
    expect(volumeDiscountFor(VOLUME, new Dec(5000))?.range).toBe(2);
  });

  it('reports overlapping ranges with the numbers of both', () => {
    const list: DiscountList = {
      type: 'amount',
      ranges: [
        { begin: '1', end: '10', value: '1' },
        { begin: '20', end: '30', value: '2' },
        { begin: '10', end: '15', value: '3' },
        { begin: '25', end: '25', value: '4' },
      ],
    };
    expect(validateDiscountList(list, 'USD')).toEqual([
      {
        path: ['ranges', 2, 'begin'],
        messageKey: 'validation.pricing.range_overlap',
        params: { index: 3, other: 1, begin: '1', end: '10' },
      },
      {
        path: ['ranges', 3, 'begin'],
        messageKey: 'validation.pricing.range_overlap',
        params: { index: 4, other: 2, begin: '20', end: '30' },
      },
    ]);
  });

  it('refuses bad numbers, reversed ranges and percentages over 100', () => {
    const list: DiscountList = {
      type: 'percentage',
      ranges: [
        { begin: 'x', end: '10', value: '5' },
        { begin: '20', end: '11', value: '5' },
        { begin: '30', end: '40', value: '101' },
        { begin: '-1', end: '5', value: '-2' },
      ],
    };
    expect(
      validateDiscountList(list).map((i) => [i.path.join('.'), i.messageKey.replace('validation.pricing.', '')]),
    ).toEqual([
      ['ranges.0.begin', 'not_a_number'],
      ['ranges.1.end', 'range_order'],
      ['ranges.2.value', 'percentage_over_100'],
      ['ranges.3.begin', 'negative'],
      ['ranges.3.value', 'negative'],
    ]);
    const cents: DiscountList = { type: 'amount', ranges: [{ begin: '1', end: '2', value: '0.001' }] };
    expect(validateDiscountList(cents, 'USD')[0]?.messageKey).toBe('validation.pricing.too_many_decimals');
  });

  it('overlap validation agrees with "some quantity is in both ranges"', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }))
      .map(([begin, length]) => ({ begin: String(begin), end: String(begin + length), value: '1' }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        const clash = validateDiscountList({ type: 'amount', ranges: [a, b] }).length > 0;
        let shared = false;
        for (let q = 0; q <= 40; q++) if (q >= +a.begin && q <= +a.end && q >= +b.begin && q <= +b.end) shared = true;
        expect(clash).toBe(shared);
        // Without overlaps, a quantity is in at most one range, so the lookup is unambiguous.
        if (!clash)
          for (let q = 0; q <= 40; q++) {
            const found = volumeDiscountFor({ type: 'amount', ranges: [a, b] }, new Dec(q));
            const inA = q >= +a.begin && q <= +a.end;
            const inB = q >= +b.begin && q <= +b.end;
            expect(found?.range).toBe(inA ? 0 : inB ? 1 : undefined);
          }
      }),
    );
  });
});
