import { describe, expect, it } from 'vitest';
import {
  checkCurrency,
  Dec,
  minorUnit,
  minorUnits,
  parseDecimal,
  percentOf,
  readDecimal,
  roundMoney,
  sum,
  toDecimalString,
} from './money';

describe('money', () => {
  it('knows the minor unit of the currencies the CRM is used with', () => {
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('GBP')).toBe(2);
    expect(minorUnits('RUB')).toBe(2);
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('IRR')).toBe(0);
    expect(minorUnits('XYZ')).toBeUndefined();
    expect(minorUnits('toString')).toBeUndefined();
    expect(minorUnit('USD').toString()).toBe('0.01');
    expect(minorUnit('JPY').toString()).toBe('1');
    expect(checkCurrency('XYZ', ['currency'])).toEqual([
      { path: ['currency'], messageKey: 'validation.pricing.unknown_currency', params: { currency: 'XYZ' } },
    ]);
    expect(checkCurrency('EUR', ['currency'])).toEqual([]);
  });

  it('rounds half away from zero to the minor unit', () => {
    const r = (v: string, c: string) => toDecimalString(roundMoney(new Dec(v), c));
    expect(r('2.345', 'USD')).toBe('2.35');
    expect(r('2.344999', 'USD')).toBe('2.34');
    expect(r('-2.345', 'USD')).toBe('-2.35');
    expect(r('0.005', 'EUR')).toBe('0.01');
    expect(r('1.5', 'JPY')).toBe('2');
    expect(r('2.5', 'JPY')).toBe('3');
    expect(r('-2.5', 'IRR')).toBe('-3');
    expect(r('1234.4999', 'IRR')).toBe('1234');
  });

  it('adds decimals exactly, where binary floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toDecimalString(sum([new Dec('0.1'), new Dec('0.2')]))).toBe('0.3');
    expect(toDecimalString(percentOf(new Dec('19.99'), new Dec('15')))).toBe('2.9985');
    expect(toDecimalString(new Dec('99999999999999.9999').times(1000))).toBe('99999999999999999.9');
  });

  it('reads only plain decimal strings and writes canonical ones', () => {
    expect(parseDecimal('12.50')?.toString()).toBe('12.5');
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(parseDecimal('1,000')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
    expect(toDecimalString(new Dec('-0'))).toBe('0');
    expect(toDecimalString(new Dec('12.3400'))).toBe('12.34');
    expect(toDecimalString(new Dec('1e-7'))).toBe('0.0000001');
    expect(toDecimalString(new Dec('100'))).toBe('100');
  });

  it('reports bad amounts as issues', () => {
    expect(readDecimal('abc', ['price'])).toEqual({ path: ['price'], messageKey: 'validation.pricing.not_a_number' });
    expect(readDecimal('-1', ['price'])).toEqual({ path: ['price'], messageKey: 'validation.pricing.negative' });
    expect(readDecimal('-1', ['x'], { negative: true })).toEqual(new Dec(-1));
    expect(readDecimal('1.005', ['price'], { currency: 'USD' })).toEqual({
      path: ['price'],
      messageKey: 'validation.pricing.too_many_decimals',
      params: { currency: 'USD', max: 2 },
    });
    expect(readDecimal('5', ['price'], { currency: 'JPY' })).toEqual(new Dec(5));
  });
});
