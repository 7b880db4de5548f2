import { describe, expect, it } from 'vitest';
import { amountInWords, NAMED_CURRENCIES, splitAmount } from './amount-words';

describe('splitAmount', () => {
  it('splits into whole and minor units of the currency', () => {
    expect(splitAmount('1234.5', 'USD')).toEqual({ negative: false, major: 1234n, minor: 50n, digits: 2 });
    expect(splitAmount('1500000', 'IRR')).toEqual({ negative: false, major: 1_500_000n, minor: 0n, digits: 0 });
    expect(splitAmount('-3.07', 'RUB')).toEqual({ negative: true, major: 3n, minor: 7n, digits: 2 });
  });

  it('rounds half away from zero to the minor unit', () => {
    expect(splitAmount('1.005', 'USD')).toMatchObject({ major: 1n, minor: 1n });
    expect(splitAmount('1.994', 'USD')).toMatchObject({ major: 1n, minor: 99n });
    expect(splitAmount('1.995', 'USD')).toMatchObject({ major: 2n, minor: 0n });
    expect(splitAmount('-0.001', 'USD')).toMatchObject({ negative: false, major: 0n, minor: 0n });
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', 'abc', '1e5', '1,5', '--1']) expect(splitAmount(bad, 'USD')).toBeNull();
  });
});

describe('amountInWords: Russian', () => {
  it.each([
    ['1234.56', 'RUB', 'Одна тысяча двести тридцать четыре рубля 56 копеек'],
    ['1', 'RUB', 'Один рубль 00 копеек'],
    ['2.02', 'RUB', 'Два рубля 02 копейки'],
    ['5', 'RUB', 'Пять рублей 00 копеек'],
    ['11.11', 'RUB', 'Одиннадцать рублей 11 копеек'],
    ['21.01', 'RUB', 'Двадцать один рубль 01 копейка'],
    ['0.5', 'RUB', 'Ноль рублей 50 копеек'],
    ['2001000.24', 'RUB', 'Два миллиона одна тысяча рублей 24 копейки'],
    ['1002.5', 'USD', 'Одна тысяча два доллара США 50 центов'],
    ['3', 'EUR', 'Три евро 00 евроцентов'],
    ['1500000', 'IRR', 'Один миллион пятьсот тысяч иранских риалов'],
    ['22', 'IRR', 'Двадцать два иранских риала'],
  ])('%s %s', (amount, currency, words) => {
    expect(amountInWords('ru', amount, currency)).toBe(words);
  });
});

describe('amountInWords: English', () => {
  it.each([
    ['1234.56', 'USD', 'One thousand two hundred thirty-four US dollars and fifty-six cents'],
    ['1.01', 'USD', 'One US dollar and one cent'],
    ['0', 'USD', 'Zero US dollars'],
    ['-5', 'USD', 'Minus five US dollars'],
    ['1', 'EUR', 'One euro'],
    ['2500', 'IRR', 'Two thousand five hundred Iranian rials'],
    ['100.1', 'RUB', 'One hundred Russian rubles and ten kopecks'],
    ['1.01', 'GBP', 'One pound sterling and one penny'],
  ])('%s %s', (amount, currency, words) => {
    expect(amountInWords('en', amount, currency)).toBe(words);
  });
});

describe('amountInWords: Persian', () => {
  it.each([
    ['1500000', 'IRR', 'یک میلیون و پانصد هزار ریال'],
    ['12.5', 'USD', 'دوازده دلار آمریکا و پنجاه سنت'],
    ['1000', 'EUR', 'یک هزار یورو'],
  ])('%s %s', (amount, currency, words) => {
    expect(amountInWords('fa', amount, currency)).toBe(words);
  });
});

describe('amountInWords: currencies without names', () => {
  it('writes the ISO code and the minor part as a fraction', () => {
    expect(NAMED_CURRENCIES).not.toContain('CHF');
    expect(amountInWords('en', '12.5', 'CHF')).toBe('Twelve CHF and 50/100');
    expect(amountInWords('en', '12', 'CHF')).toBe('Twelve CHF');
    expect(amountInWords('ru', '12.5', 'CHF')).toBe('Двенадцать CHF 50/100');
    expect(amountInWords('fa', '12.5', 'CHF')).toBe('دوازده CHF و 50/100');
    expect(amountInWords('en', '7.125', 'KWD')).toBe('Seven KWD and 125/1000');
  });

  it('gives null for what cannot be written', () => {
    expect(amountInWords('en', 'n/a', 'USD')).toBeNull();
    expect(amountInWords('ru', '1000000000000000000', 'RUB')).toBeNull();
  });
});
