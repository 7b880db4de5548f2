import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalMoney } from '../../../src-shared/rules/records';
import { moneyToScaled, scaledToMoney } from './money-column';

describe('money columns', () => {
  it('scales canonical amounts to exact integers and back', () => {
    expect(moneyToScaled('1234.5')).toBe(12_345_000n);
    expect(moneyToScaled('-0.0001')).toBe(-1n);
    expect(moneyToScaled('99999999999999.9999')).toBe(999_999_999_999_999_999n);
    expect(scaledToMoney('12345000')).toBe('1234.5');
    expect(scaledToMoney('-1')).toBe('-0.0001');
    expect(scaledToMoney('0')).toBe('0');
    expect(scaledToMoney(999_999_999_999_999_999n)).toBe('99999999999999.9999');
  });

  it('round-trips every canonical amount exactly (property)', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), fc.integer({ min: 0, max: 9999 }))
      .map(([neg, int, frac]) => canonicalMoney(`${neg ? '-' : ''}${int}.${String(frac).padStart(4, '0')}`)!);
    fc.assert(
      fc.property(amount, (money) => {
        expect(scaledToMoney(String(moneyToScaled(money)))).toBe(money);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('refuses text that is not an amount', () => {
    expect(() => moneyToScaled('1.23456')).toThrow();
    expect(() => moneyToScaled('abc')).toThrow();
    expect(() => scaledToMoney('1.5')).toThrow();
  });
});
