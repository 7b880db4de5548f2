import type { Language } from '../../api/app';

/**
 * Whole numbers in words, as they are written on invoices and cheques, in
 * every UI language: English (short scale, US style without "and": "one
 * hundred twenty-three"), Russian (with the gender of the counted noun:
 * "одна тысяча", "два рубля", "две копейки") and Persian (parts joined by
 * «و», formal «یکصد» and «یک هزار»). Exact for any whole number below
 * 10^18 (money holds at most 14 integer digits); larger numbers throw.
 */

/** The grammatical gender of what is counted; only Russian distinguishes it (1 and 2). */
export type Gender = 'masculine' | 'feminine' | 'neuter';

export const MAX_WORDS_NUMBER = 10n ** 18n - 1n;

// ---- English -----------------------------------------------------------------

const EN_SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function enBelowThousand(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${EN_SMALL[hundreds]} hundred`);
  if (rest > 0) {
    if (rest < 20) parts.push(EN_SMALL[rest] ?? '');
    else {
      const ones = rest % 10;
      const tens = EN_TENS[Math.floor(rest / 10)] ?? '';
      parts.push(ones > 0 ? `${tens}-${EN_SMALL[ones]}` : tens);
    }
  }
  return parts.join(' ');
}

function english(n: bigint): string {
  if (n === 0n) return EN_SMALL[0] ?? 'zero';
  const parts: string[] = [];
  groupsOf(n).forEach((group, scale) => {
    if (group === 0) return;
    const scaleWord = EN_SCALES[scale] ?? '';
    parts.unshift(scaleWord ? `${enBelowThousand(group)} ${scaleWord}` : enBelowThousand(group));
  });
  return parts.join(' ');
}

// ---- Russian -----------------------------------------------------------------

const RU_ONES_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_ONES_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_ONES_N = ['', 'одно', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

/** Russian noun forms after a number: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 25…). */
export type RussianForms = readonly [one: string, few: string, many: string];

const RU_SCALES: readonly { readonly forms: RussianForms; readonly gender: Gender }[] = [
  { forms: ['', '', ''], gender: 'masculine' },
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'feminine' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'masculine' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'masculine' },
  { forms: ['триллион', 'триллиона', 'триллионов'], gender: 'masculine' },
  { forms: ['квадриллион', 'квадриллиона', 'квадриллионов'], gender: 'masculine' },
];

/** The form of a Russian noun that follows the number `n` (rules of the Russian plural). */
export function russianForm(n: bigint, forms: RussianForms): string {
  const abs = n < 0n ? -n : n;
  const lastTwo = Number(abs % 100n);
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

function ruBelowThousand(n: number, gender: Gender): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(RU_HUNDREDS[hundreds] ?? '');
  if (rest >= 10 && rest < 20) parts.push(RU_TEENS[rest - 10] ?? '');
  else {
    if (rest >= 20) parts.push(RU_TENS[Math.floor(rest / 10)] ?? '');
    const ones = rest % 10;
    const table = gender === 'feminine' ? RU_ONES_F : gender === 'neuter' ? RU_ONES_N : RU_ONES_M;
    if (ones > 0) parts.push(table[ones] ?? '');
  }
  return parts.join(' ');
}

function russian(n: bigint, gender: Gender): string {
  if (n === 0n) return 'ноль';
  const parts: string[] = [];
  groupsOf(n).forEach((group, scale) => {
    if (group === 0) return;
    const { forms, gender: scaleGender } = RU_SCALES[scale] ?? { forms: ['', '', ''], gender: 'masculine' };
    const words = ruBelowThousand(group, scale === 0 ? gender : scaleGender);
    parts.unshift(scale === 0 ? words : `${words} ${russianForm(BigInt(group), forms)}`);
  });
  return parts.join(' ');
}

// ---- Persian -----------------------------------------------------------------

const FA_ONES = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const FA_TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const FA_TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const FA_HUNDREDS = ['', 'یکصد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
const FA_SCALES = ['', 'هزار', 'میلیون', 'میلیارد', 'تریلیون', 'کوادریلیون'];
const FA_AND = ' و ';

function faBelowThousand(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(FA_HUNDREDS[hundreds] ?? '');
  if (rest >= 10 && rest < 20) parts.push(FA_TEENS[rest - 10] ?? '');
  else {
    if (rest >= 20) parts.push(FA_TENS[Math.floor(rest / 10)] ?? '');
    if (rest % 10 > 0) parts.push(FA_ONES[rest % 10] ?? '');
  }
  return parts.join(FA_AND);
}

function persian(n: bigint): string {
  if (n === 0n) return 'صفر';
  const parts: string[] = [];
  groupsOf(n).forEach((group, scale) => {
    if (group === 0) return;
    const scaleWord = FA_SCALES[scale] ?? '';
    parts.unshift(scaleWord ? `${faBelowThousand(group)} ${scaleWord}` : faBelowThousand(group));
  });
  return parts.join(FA_AND);
}

// ---- Common ------------------------------------------------------------------

/** Groups of three digits, least significant first: 1234567 -> [567, 234, 1]. */
function groupsOf(n: bigint): number[] {
  const groups: number[] = [];
  let rest = n;
  while (rest > 0n) {
    groups.push(Number(rest % 1000n));
    rest /= 1000n;
  }
  return groups;
}

const MINUS: Readonly<Record<Language, string>> = { en: 'minus', ru: 'минус', fa: 'منفی' };

/** The word for a negative sign. */
export function minusWord(language: Language): string {
  return MINUS[language];
}

/**
 * `n` in words in `language`, in lower case. `gender` is that of the noun
 * being counted (Russian: "один рубль", "одна копейка"); masculine by default.
 */
export function numberToWords(language: Language, n: bigint | number, gender: Gender = 'masculine'): string {
  const value = typeof n === 'number' ? toBigInt(n) : n;
  const abs = value < 0n ? -value : value;
  if (abs > MAX_WORDS_NUMBER) throw new RangeError(`Too large to write in words: ${value}`);
  const words = language === 'ru' ? russian(abs, gender) : language === 'fa' ? persian(abs) : english(abs);
  return value < 0n ? `${MINUS[language]} ${words}` : words;
}

function toBigInt(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number: ${n}`);
  return BigInt(n);
}

/** The first letter in upper case (Persian has no case and is returned as is). */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
