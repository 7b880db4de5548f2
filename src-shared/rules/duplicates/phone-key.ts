import { asciiDigits } from './fold-text';

/**
 * The key two phone numbers share when they reach the same line, however
 * they are written: "+44 20 7946 0958", "0044 (0)20 7946-0958" and
 * "020 7946 0958" all meet, and so do "+7 495 123-45-67" and
 * "8 (495) 123-45-67".
 *
 * - An international number (leading `+` or `00`) loses its country code,
 *   whose length follows from its first digits (ITU zones: 1 and 7 are one
 *   digit, the two-digit codes are listed, every other code has three).
 * - Leading zeros (trunk prefixes, Italy's kept zero, "(0)") are dropped.
 * - The last 10 digits are compared, which also absorbs national trunk
 *   prefixes other than 0 (the "8" of Russia, the "1" of North America).
 * - An extension ("ext. 12", "x12", "доб. 12") stays part of the key, so
 *   colleagues behind one switchboard are not each other's duplicates.
 * - Fewer than 6 significant digits say too little to compare: no key.
 */

const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

const COMPARED_DIGITS = 10;
const MIN_DIGITS = 6;
const EXTENSION = /(?:ext\.?|x|#|доб\.?|داخلی)\s*(\d{1,6})\s*$/iu;

function countryCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}

export function phoneKey(phone: string): string | null {
  const text = asciiDigits(phone).trim();
  const extension = EXTENSION.exec(text);
  const number = extension ? text.slice(0, extension.index) : text;
  let digits = number.replace(/\D/g, '');
  const international = number.startsWith('+') || digits.startsWith('00');
  if (international) {
    digits = digits.replace(/^00/, '');
    digits = digits.slice(countryCodeLength(digits));
  }
  const significant = digits.replace(/^0+/, '').slice(-COMPARED_DIGITS);
  if (significant.length < MIN_DIGITS) return null;
  return extension ? `${significant}x${extension[1]}` : significant;
}
