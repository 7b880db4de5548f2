import type { Language } from '../../api/app';
import { minorUnits } from '../pricing/money';
import { capitalize, minusWord, numberToWords, russianForm, type Gender, type RussianForms } from './number-words';

/**
 * A money amount in words, the way an invoice writes it below the total:
 *   en  "One thousand two hundred thirty-four US dollars and fifty-six cents"
 *   ru  "Одна тысяча двести тридцать четыре рубля 56 копеек" (kopecks in
 *       two digits, as Russian invoices write them, «00 копеек» included)
 *   fa  «یک هزار و دویست و سی و چهار دلار آمریکا و پنجاه و شش سنت»
 * The currency's name takes its plural form (Russian has three); a
 * currency without names here is written by its ISO code with the minor
 * part as a fraction: "Twelve CHF and 50/100".
 */

interface CurrencyNames {
  readonly en: { readonly major: readonly [string, string]; readonly minor?: readonly [string, string] };
  readonly ru: {
    readonly major: RussianForms;
    readonly majorGender: Gender;
    readonly minor?: RussianForms;
  };
  readonly fa: { readonly major: string; readonly minor?: string };
}

const CURRENCY_NAMES: Readonly<Record<string, CurrencyNames>> = {
  RUB: {
    en: { major: ['Russian ruble', 'Russian rubles'], minor: ['kopeck', 'kopecks'] },
    ru: { major: ['рубль', 'рубля', 'рублей'], majorGender: 'masculine', minor: ['копейка', 'копейки', 'копеек'] },
    fa: { major: 'روبل', minor: 'کوپک' },
  },
  USD: {
    en: { major: ['US dollar', 'US dollars'], minor: ['cent', 'cents'] },
    ru: {
      major: ['доллар США', 'доллара США', 'долларов США'],
      majorGender: 'masculine',
      minor: ['цент', 'цента', 'центов'],
    },
    fa: { major: 'دلار آمریکا', minor: 'سنت' },
  },
  EUR: {
    en: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
    ru: { major: ['евро', 'евро', 'евро'], majorGender: 'masculine', minor: ['евроцент', 'евроцента', 'евроцентов'] },
    fa: { major: 'یورو', minor: 'سنت' },
  },
  IRR: {
    en: { major: ['Iranian rial', 'Iranian rials'] },
    ru: { major: ['иранский риал', 'иранских риала', 'иранских риалов'], majorGender: 'masculine' },
    fa: { major: 'ریال' },
  },
  GBP: {
    en: { major: ['pound sterling', 'pounds sterling'], minor: ['penny', 'pence'] },
    ru: {
      major: ['фунт стерлингов', 'фунта стерлингов', 'фунтов стерлингов'],
      majorGender: 'masculine',
      minor: ['пенс', 'пенса', 'пенсов'],
    },
    fa: { major: 'پوند', minor: 'پنی' },
  },
};

/** Currencies whose names (and plural forms) are known in every language. */
export const NAMED_CURRENCIES = Object.keys(CURRENCY_NAMES);

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/;

export interface SplitAmount {
  readonly negative: boolean;
  /** Whole units of the currency. */
  readonly major: bigint;
  /** Minor units (cents), 0 to 10^digits - 1. */
  readonly minor: bigint;
  /** Decimals of the currency's minor unit: 2 for USD, 0 for IRR. */
  readonly digits: number;
}

/**
 * Splits a decimal amount into whole and minor units of `currency`,
 * rounding half away from zero to its minor unit (totals already are).
 * Null for anything that is not a plain decimal.
 */
export function splitAmount(amount: string, currency: string): SplitAmount | null {
  const m = AMOUNT.exec(amount.trim());
  if (!m) return null;
  const digits = minorUnits(currency) ?? 2;
  const fraction = m[3] ?? '';
  const scale = 10n ** BigInt(digits);
  let units = BigInt(m[2] ?? '0') * scale + BigInt(fraction.slice(0, digits).padEnd(digits, '0') || '0');
  // Half away from zero: the first dropped digit decides.
  if (Number(fraction.charAt(digits) || '0') >= 5) units += 1n;
  return { negative: m[1] === '-' && units > 0n, major: units / scale, minor: units % scale, digits };
}

function englishPlural(n: bigint, forms: readonly [string, string]): string {
  return n === 1n ? forms[0] : forms[1];
}

/** The amount in words; null when `amount` is not a decimal or too large to write out. */
export function amountInWords(language: Language, amount: string, currency: string): string | null {
  const split = splitAmount(amount, currency);
  if (!split) return null;
  try {
    return capitalize(writeAmount(language, split, currency));
  } catch {
    return null;
  }
}

function writeAmount(language: Language, split: SplitAmount, currency: string): string {
  const { major, minor, digits } = split;
  const names = CURRENCY_NAMES[currency];
  const sign = split.negative ? `${minusWord(language)} ` : '';
  const minorText = String(minor).padStart(digits, '0');
  if (!names) {
    // By code, with the minor part as a fraction of the whole: "Twelve CHF and 50/100".
    const whole = `${sign}${numberToWords(language, major)} ${currency}`;
    if (digits === 0 || minor === 0n) return whole;
    const fraction = `${minorText}/${10 ** digits}`;
    return language === 'ru'
      ? `${whole} ${fraction}`
      : language === 'fa'
        ? `${whole} و ${fraction}`
        : `${whole} and ${fraction}`;
  }
  switch (language) {
    case 'en': {
      const { major: majorNames, minor: minorNames } = names.en;
      const whole = `${sign}${numberToWords('en', major)} ${englishPlural(major, majorNames)}`;
      if (!minorNames || digits === 0 || minor === 0n) return whole;
      return `${whole} and ${numberToWords('en', minor)} ${englishPlural(minor, minorNames)}`;
    }
    case 'ru': {
      const { major: majorForms, majorGender, minor: minorForms } = names.ru;
      const whole = `${sign}${numberToWords('ru', major, majorGender)} ${russianForm(major, majorForms)}`;
      if (!minorForms || digits === 0) return whole;
      return `${whole} ${minorText} ${russianForm(minor, minorForms)}`;
    }
    case 'fa': {
      const { major: majorName, minor: minorName } = names.fa;
      const whole = `${sign}${numberToWords('fa', major)} ${majorName}`;
      if (!minorName || digits === 0 || minor === 0n) return whole;
      return `${whole} و ${numberToWords('fa', minor)} ${minorName}`;
    }
  }
}
