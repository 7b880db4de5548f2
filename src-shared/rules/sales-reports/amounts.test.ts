import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRounded, parseRate, percentOf, rateFromUnits, roundUnits, toBaseUnits, unitsPerMinor } from './amounts';

describe('report amounts', () => {
  it('round half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(-4n, 3n)).toBe(-1n);
    expect(divideRounded(149n, 100n)).toBe(1n);
    expect(divideRounded(150n, 100n)).toBe(2n);
    expect(() => divideRounded(1n, 0n)).toThrow();
  });

  it('round to the minor unit of the currency', () => {
    expect(unitsPerMinor('USD')).toBe(100n);
    expect(unitsPerMinor('IRR')).toBe(10_000n);
    expect(unitsPerMinor('KWD')).toBe(10n);
    // 1234.5678 × 33% = 407.408374 -> 407.41 USD, 407 IRR
    const weighted = 12_345_678n * 33n;
    expect(roundUnits(weighted, 100n, 'USD')).toBe(4_074_100n);
    expect(roundUnits(weighted, 100n, 'IRR')).toBe(4_070_000n);
    // exactly half a cent goes up
    expect(roundUnits(50n, 1n, 'USD')).toBe(100n);
    expect(roundUnits(49n, 1n, 'USD')).toBe(0n);
  });

  it('convert with the rate as units of the currency per one base unit, rounding once', () => {
    const eur = parseRate('0.8');
    expect(eur).toEqual({ numerator: 8n, denominator: 10n });
    // 100 EUR at 0.8 EUR per USD = 125 USD
    expect(toBaseUnits(1_000_000n, 1n, eur!, 'USD')).toBe(1_250_000n);
    // 1 EUR at 3 per base: 0.333… -> 0.33
    expect(toBaseUnits(10_000n, 1n, parseRate('3')!, 'USD')).toBe(3_300n);
    // a stored rate (money column): 42000 IRR per USD; 1 USD -> 42000 IRR
    expect(toBaseUnits(10_000n, 1n, { numerator: 1n, denominator: 42_000n }, 'IRR')).toBe(420_000_000n);
    expect(rateFromUnits(420_000_000n)).toEqual({ numerator: 420_000_000n, denominator: 10_000n });
    expect(rateFromUnits(0n)).toBe(null);
  });

  it('refuse rates that are not positive decimals', () => {
    for (const text of ['', '0', '0.000', '-1', '1e3', 'abc', '1,5']) expect(parseRate(text), text).toBe(null);
    expect(parseRate(' 1.25 ')).toEqual({ numerator: 125n, denominator: 100n });
  });

  it('give a percentage of a whole', () => {
    expect(percentOf(1n, 3n)).toBe(33);
    expect(percentOf(2n, 3n)).toBe(67);
    expect(percentOf(5n, 4n)).toBe(125);
    expect(percentOf(1n, 0n)).toBe(null);
  });

  it('convert at rate 1 to exactly the amount rounded to the minor unit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (units) => {
        const rounded = toBaseUnits(units, 1n, { numerator: 1n, denominator: 1n }, 'USD');
        expect(rounded % 100n).toBe(0n);
        const diff = rounded - units;
        expect(diff <= 50n && diff >= -50n).toBe(true);
      }),
    );
  });
});
