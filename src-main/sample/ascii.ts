/**
 * ASCII forms of names for e-mail addresses and domains. Russian is
 * transliterated with the common passport-style table; German umlauts become
 * ae/oe/ue where the name is German, other accents are simply dropped.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const SPECIAL: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l', đ: 'd' };
const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

export type AsciiRule = 'german' | 'plain';

/** Latin spelling with the original capitalisation ("Иванов" -> "Ivanov"). */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = CYRILLIC[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower || latin === '' ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** Lowercase a-z/0-9 only, for e-mail local parts and domain labels. */
export function asciiToken(text: string, rule: AsciiRule = 'plain'): string {
  let lower = transliterate(text).toLowerCase();
  if (rule === 'german') lower = lower.replace(/[äöü]/g, (ch) => UMLAUTS[ch] ?? ch);
  return lower
    .replace(/[ßıœæøłđ]/g, (ch) => SPECIAL[ch] ?? ch)
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');
}
