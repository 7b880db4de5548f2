import { describe, expect, it } from 'vitest';
import { capitalize, MAX_WORDS_NUMBER, numberToWords, russianForm, type RussianForms } from './number-words';

describe('numberToWords: English', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [21, 'twenty-one'],
    [100, 'one hundred'],
    [101, 'one hundred one'],
    [999, 'nine hundred ninety-nine'],
    [1000, 'one thousand'],
    [1001, 'one thousand one'],
    [12_345, 'twelve thousand three hundred forty-five'],
    [1_000_000, 'one million'],
    [1_002_003, 'one million two thousand three'],
    [-5, 'minus five'],
  ])('%d -> %s', (n, words) => {
    expect(numberToWords('en', n)).toBe(words);
  });

  it('writes the largest money amount exactly', () => {
    expect(numberToWords('en', 99_999_999_999_999n)).toBe(
      'ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine',
    );
  });

  it('refuses numbers it cannot write and fractions', () => {
    expect(() => numberToWords('en', MAX_WORDS_NUMBER + 1n)).toThrow(RangeError);
    expect(() => numberToWords('en', 1.5)).toThrow(RangeError);
    expect(numberToWords('en', MAX_WORDS_NUMBER)).toMatch(/^nine hundred ninety-nine quadrillion/);
  });
});

describe('numberToWords: Russian', () => {
  it.each([
    [0, 'ноль'],
    [1, 'один'],
    [2, 'два'],
    [11, 'одиннадцать'],
    [21, 'двадцать один'],
    [40, 'сорок'],
    [112, 'сто двенадцать'],
    [1000, 'одна тысяча'],
    [1001, 'одна тысяча один'],
    [1234, 'одна тысяча двести тридцать четыре'],
    [2000, 'две тысячи'],
    [5000, 'пять тысяч'],
    [11_000, 'одиннадцать тысяч'],
    [21_000, 'двадцать одна тысяча'],
    [22_000, 'двадцать две тысячи'],
    [1_000_000, 'один миллион'],
    [2_000_000, 'два миллиона'],
    [5_000_000, 'пять миллионов'],
    [2_500_000_000, 'два миллиарда пятьсот миллионов'],
  ])('%d -> %s', (n, words) => {
    expect(numberToWords('ru', n)).toBe(words);
  });

  it('agrees one and two with the gender of what is counted', () => {
    expect(numberToWords('ru', 1, 'feminine')).toBe('одна');
    expect(numberToWords('ru', 2, 'feminine')).toBe('две');
    expect(numberToWords('ru', 21, 'feminine')).toBe('двадцать одна');
    expect(numberToWords('ru', 1, 'neuter')).toBe('одно');
    // Thousands are feminine whatever is counted; millions masculine.
    expect(numberToWords('ru', 2_002, 'masculine')).toBe('две тысячи два');
    expect(numberToWords('ru', 1_000_001, 'feminine')).toBe('один миллион одна');
  });

  it('picks the plural form of the noun after the number', () => {
    const rub: RussianForms = ['рубль', 'рубля', 'рублей'];
    const cases: [number, string][] = [
      [0, 'рублей'],
      [1, 'рубль'],
      [2, 'рубля'],
      [4, 'рубля'],
      [5, 'рублей'],
      [11, 'рублей'],
      [12, 'рублей'],
      [14, 'рублей'],
      [21, 'рубль'],
      [22, 'рубля'],
      [25, 'рублей'],
      [101, 'рубль'],
      [111, 'рублей'],
      [1_000_002, 'рубля'],
    ];
    for (const [n, form] of cases) expect(`${n} ${russianForm(BigInt(n), rub)}`).toBe(`${n} ${form}`);
  });
});

describe('numberToWords: Persian', () => {
  it.each([
    [0, 'صفر'],
    [5, 'پنج'],
    [15, 'پانزده'],
    [25, 'بیست و پنج'],
    [100, 'یکصد'],
    [105, 'یکصد و پنج'],
    [1000, 'یک هزار'],
    [1234, 'یک هزار و دویست و سی و چهار'],
    [1_000_001, 'یک میلیون و یک'],
    [1_200_000, 'یک میلیون و دویست هزار'],
    [2_000_000_000, 'دو میلیارد'],
    [-3, 'منفی سه'],
  ])('%d -> %s', (n, words) => {
    expect(numberToWords('fa', n)).toBe(words);
  });
});

describe('capitalize', () => {
  it('upper-cases the first letter where the script has case', () => {
    expect(capitalize('одна тысяча')).toBe('Одна тысяча');
    expect(capitalize('one')).toBe('One');
    expect(capitalize('یک')).toBe('یک');
    expect(capitalize('')).toBe('');
  });
});
