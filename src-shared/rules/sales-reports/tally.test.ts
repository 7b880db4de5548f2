import { describe, expect, it } from 'vitest';
import { parseRate } from './amounts';
import { Tally, unconvertedOf } from './tally';

const ONE = { numerator: 1n, denominator: 1n };

describe('a report tally', () => {
  it('adds per currency and converts each sum once', () => {
    const t = new Tally()
      .add(1, 'USD', ONE, 1_000_000n, 1_000_000n * 25n)
      .add(2, 'USD', ONE, 3_333_300n, 3_333_300n * 10n)
      .add(1, 'EUR', parseRate('0.5'), 1_000_000n, 1_000_000n * 50n);
    // 100 + 333.33 USD + 100 EUR (= 200 USD)
    expect(t.figures('USD')).toEqual({ count: 4, total: '633.33', weighted: '158.33' });
    expect(t.unconverted()).toEqual([]);
  });

  it('leaves out, and names, currencies without a rate', () => {
    const t = new Tally().add(1, 'USD', ONE, 10_000n, 0n).add(1, 'GBP', null, 50_000n, 0n);
    expect(t.figures('USD')).toEqual({ count: 2, total: '1', weighted: '0' });
    expect(t.unconverted()).toEqual(['GBP']);
    expect(unconvertedOf([t, new Tally().add(1, 'AED', null, 1n)])).toEqual(['AED', 'GBP']);
  });

  it('merges into the same figures whatever the order', () => {
    const a = new Tally().add(1, 'USD', ONE, 12_345n, 12_345n * 40n);
    const b = new Tally().add(2, 'USD', ONE, 55_555n, 55_555n * 70n);
    const ab = new Tally().merge(a).merge(b).figures('USD');
    const ba = new Tally().merge(b).merge(a).figures('USD');
    expect(ab).toEqual(ba);
    expect(ab).toEqual({ count: 3, total: '6.79', weighted: '4.38' });
  });
});
