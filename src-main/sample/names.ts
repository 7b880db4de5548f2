import { asciiToken, transliterate, type AsciiRule } from './ascii';
import { ENGLISH_NAMES, FRENCH_NAMES, GERMAN_NAMES, type RawNames } from './data/names-west';
import { EAST_ASIAN_NAMES, ITALIAN_NAMES, SOUTH_ASIAN_NAMES, SPANISH_NAMES, TURKISH_NAMES } from './data/names-world';
import { PERSIAN_NAMES, RUSSIAN_NAMES } from './data/names-ru-fa';

/** A name in its own script, in Latin letters, and as an e-mail-safe token. */
export interface Name {
  readonly text: string;
  readonly latin: string;
  readonly ascii: string;
}

export type CultureId =
  | 'english'
  | 'german'
  | 'french'
  | 'spanish'
  | 'italian'
  | 'turkish'
  | 'south_asian'
  | 'east_asian'
  | 'russian'
  | 'persian';

export interface Culture {
  readonly id: CultureId;
  readonly male: readonly Name[];
  readonly female: readonly Name[];
  readonly last: readonly Name[];
  /** Family names as a woman bears them, index for index with `last`. */
  readonly lastFemale: readonly Name[];
}

function toName(token: string, rule: AsciiRule): Name {
  const [latinPart, nativePart] = token.split('=');
  const text = (nativePart ?? latinPart ?? token).replace(/_/g, ' ');
  const latin = nativePart === undefined ? transliterate(text) : (latinPart ?? text).replace(/_/g, ' ');
  return { text, latin, ascii: asciiToken(latin, rule) };
}

function parse(list: string, rule: AsciiRule): Name[] {
  const tokens = [...new Set(list.split(/\s+/).filter((t) => t.length > 0))];
  return tokens.map((t) => toName(t, rule));
}

/** Russian family names agree with gender: Иванов/Иванова, Островский/Островская. */
export function feminineRussian(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/u.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/u.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (/ой$/u.test(surname)) return `${surname.slice(0, -2)}ая`;
  return surname;
}

function culture(id: CultureId, raw: RawNames, rule: AsciiRule = 'plain'): Culture {
  const last = parse(raw.last, rule);
  const lastFemale = id === 'russian' ? last.map((n) => toName(feminineRussian(n.text), rule)) : last;
  return { id, male: parse(raw.male, rule), female: parse(raw.female, rule), last, lastFemale };
}

export const CULTURES: Readonly<Record<CultureId, Culture>> = {
  english: culture('english', ENGLISH_NAMES),
  german: culture('german', GERMAN_NAMES, 'german'),
  french: culture('french', FRENCH_NAMES),
  spanish: culture('spanish', SPANISH_NAMES),
  italian: culture('italian', ITALIAN_NAMES),
  turkish: culture('turkish', TURKISH_NAMES),
  south_asian: culture('south_asian', SOUTH_ASIAN_NAMES),
  east_asian: culture('east_asian', EAST_ASIAN_NAMES),
  russian: culture('russian', RUSSIAN_NAMES),
  persian: culture('persian', PERSIAN_NAMES),
};
