import { describe, expect, it } from 'vitest';
import { moneyFromUnits, moneyUnits } from './money';

describe('money units', () => {
  it('are exact where floating point is not', () => {
    const sum = (moneyUnits('0.1') ?? 0n) + (moneyUnits('0.2') ?? 0n);
    expect(moneyFromUnits(sum)).toBe('0.3');
    expect(moneyFromUnits((moneyUnits('99999999999999.9999') ?? 0n) - 1n)).toBe('99999999999999.9998');
  });

  it('round-trip canonical amounts, negative ones included', () => {
    const cases: [string, string][] = [
      ['0', '0'],
      ['012.50', '12.5'],
      ['-3.0001', '-3.0001'],
      ['1 000', '1000'],
    ];
    for (const [input, canonical] of cases) expect(moneyFromUnits(moneyUnits(input) ?? 999n), input).toBe(canonical);
  });

  it('reject what is not money', () => {
    for (const input of ['', 'abc', '1.23456', '1e3']) expect(moneyUnits(input), input).toBe(null);
  });
});
