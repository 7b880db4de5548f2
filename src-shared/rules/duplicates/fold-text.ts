/**
 * Text as duplicate detection compares it: lower case, without accents or
 * punctuation, with the letter variants of Persian and Arabic keyboards made
 * one, and Persian and Arabic-Indic digits as ASCII. "Café-Müller GmbH",
 * "cafe muller gmbh" and "CAFÉ MÜLLER, GmbH." fold to the same words.
 */

/** Letters NFKD leaves alone that people nevertheless type interchangeably. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  // Arabic forms of Persian letters (the Arabic keyboard's yeh and kaf, teh marbuta, heh goal).
  ي: 'ی',
  ى: 'ی',
  ك: 'ک',
  ة: 'ه',
  ە: 'ه',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/** Persian (U+06F0..) and Arabic-Indic (U+0660..) digits. */
const EASTERN_DIGITS = /[\u06f0-\u06f9\u0660-\u0669]/gu;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

export function asciiDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, asciiDigit);
}

/** Anything but printable ASCII. */
const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/**
 * The words of `text`, folded. Dots and apostrophes join what they separate
 * ("S.A." is "sa", "O'Neil" is "oneil"); every other non-letter, non-digit
 * (quotes «», dashes, slashes, the zero-width non-joiner, tatweel) separates
 * words.
 */
export function foldWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most names are plain ASCII: they have no accents or letter variants to fold (a rebuild folds millions).
  const plain = !NOT_PLAIN_ASCII.test(lower)
    ? lower
    : asciiDigits(lower)
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter);
  const folded = plain
    .replace(/[.'’ʼ`\u0640]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded === '' ? [] : folded.split(' ');
}
