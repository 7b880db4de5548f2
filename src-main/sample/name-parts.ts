/**
 * The building blocks of company names with their ASCII forms for domains,
 * transliterated once at load: a million contacts must not re-run it.
 */
import { asciiToken, type AsciiRule } from './ascii';
import {
  DE_REGIONS,
  EN_ADJECTIVES,
  FA_HEADS,
  FA_TAILS,
  FR_REGIONS,
  INDUSTRY_NOUNS,
  LEGAL_FORMS,
  RU_FIXED,
  RU_HEADS,
  RU_TAILS,
  TRADE_HEADS,
  TRADE_TAILS,
  type Industry,
} from './data/company-words';

export interface CompanyName {
  readonly name: string;
  /** ASCII label the domain is built from ("summit-construction"). */
  readonly slug: string;
}

/** A word as written, and its ASCII tokens, worked out once at load rather than per company. */
export interface Word {
  readonly text: string;
  readonly tokens: readonly string[];
}

export function word(text: string, rule: AsciiRule = 'plain', latin = text): Word {
  return {
    text,
    tokens: latin
      .split(/[\s-]+/)
      .map((t) => asciiToken(t, rule))
      .filter((t) => t.length > 0),
  };
}

/** Space-separated entries; "_" is a space inside one, "Latin=native" gives the Latin spelling. */
function words(list: string, rule: AsciiRule = 'plain'): Word[] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((entry) => {
      const [latin = entry, native] = entry.replace(/_/g, ' ').split('=');
      return word(native ?? latin, rule, latin);
    });
}

function byIndustry<T>(source: Readonly<Record<Industry, T>>, convert: (value: T) => Word[]): Record<Industry, Word[]> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, convert(v as T)])) as Record<Industry, Word[]>;
}

export const NOUNS = {
  en: byIndustry(INDUSTRY_NOUNS.en, (list) => list.map((n) => word(n))),
  de: byIndustry(INDUSTRY_NOUNS.de, (list) => list.map((n) => word(n, 'german'))),
  fr: byIndustry(INDUSTRY_NOUNS.fr, (list) => list.map((n) => word(n))),
};
export const ADJECTIVES = words(EN_ADJECTIVES);
export const HEADS = words(TRADE_HEADS);
export const TAILS = words(TRADE_TAILS);
export const DE_REGION_WORDS = words(DE_REGIONS, 'german');
export const FR_REGION_WORDS = words(FR_REGIONS);
export const RU_HEAD_WORDS = byIndustry(RU_HEADS, (list) => list.map((h) => word(h)));
export const RU_TAIL_WORDS = words(RU_TAILS);
export const RU_FIXED_WORDS = words(RU_FIXED);
export const RU_INITIALS = [...'АБВГДЕИКЛМНОПРСТЮ'];
export const FA_HEAD_WORDS = words(FA_HEADS);
export const FA_TAIL_WORDS = byIndustry(FA_TAILS, (list) => words(list));
// Fixed words of the patterns, transliterated once.
export const PARTNERS = word('partners');
export const SONS = [word('and'), word('sons')];
export const DE_PARTNER = word('partner');
export const DE_SONS = word('söhne', 'german');
export const ASSOCIES = word('associes');
export const CABINET = word('Cabinet');
export const GROUPE = word('Groupe');
export const IP = word('ip');
export const GROUP = word('group');
export const CO = word('co');
export const LEGAL_WORDS = new Map(LEGAL_FORMS.DE.map((form) => [form, word(form.split(' ')[0] ?? form)]));

/** Short labels run together ("brightwave"), long ones get hyphens ("summit-construction"). */
function slugOf(parts: readonly Word[]): string {
  let joined = '';
  let hyphenated = '';
  for (const part of parts) {
    for (const token of part.tokens) {
      joined += token;
      hyphenated = hyphenated === '' ? token : `${hyphenated}-${token}`;
    }
  }
  return joined.length <= 14 ? joined : hyphenated;
}

export function named(text: string, ...parts: Word[]): CompanyName {
  return { name: text, slug: slugOf(parts) };
}
