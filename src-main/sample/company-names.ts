import type { City, Country } from './countries';
import { LEGAL_FORMS, RU_FORMS, type Industry } from './data/company-words';
import {
  ADJECTIVES,
  ASSOCIES,
  CABINET,
  CO,
  DE_PARTNER,
  DE_REGION_WORDS,
  DE_SONS,
  FA_HEAD_WORDS,
  FA_TAIL_WORDS,
  FR_REGION_WORDS,
  GROUP,
  GROUPE,
  HEADS,
  IP,
  LEGAL_WORDS,
  named,
  NOUNS,
  PARTNERS,
  RU_FIXED_WORDS,
  RU_HEAD_WORDS,
  RU_INITIALS,
  RU_TAIL_WORDS,
  SONS,
  TAILS,
  word,
  type CompanyName,
  type Word,
} from './name-parts';
import { Weighted, type SampleRandom } from './random';

export type { CompanyName } from './name-parts';

interface Context {
  readonly country: Country;
  readonly industry: Industry;
  readonly city: City;
  readonly rng: SampleRandom;
}

type Pattern = (ctx: Context) => CompanyName;

const PROFESSIONAL: ReadonlySet<Industry> = new Set([
  'accounting',
  'consulting',
  'finance',
  'insurance',
  'real_estate',
]);

/** A family name from the country's mix, in its own script only at home. */
function surname(ctx: Context): Word {
  const culture = ctx.country.cultures.draw(ctx.rng);
  const name = ctx.rng.pick(culture.last);
  return { text: culture.id === ctx.country.homeCulture ? name.text : name.latin, tokens: [name.ascii] };
}

function withLegal(name: string, legal: readonly string[], rng: SampleRandom, probability: number): string {
  return rng.chance(probability) ? `${name} ${rng.pick(legal)}` : name;
}

function trade(rng: SampleRandom, heads: readonly Word[], tails: readonly Word[]): Word {
  const [head, tail] = [rng.pick(heads), rng.pick(tails)];
  return { text: head.text + tail.text, tokens: [head.tokens.join('') + tail.tokens.join('')] };
}

function englishPatterns(legal: readonly string[]): Weighted<Pattern> {
  return new Weighted<Pattern>([
    [
      (ctx) => {
        const s = surname(ctx);
        return PROFESSIONAL.has(ctx.industry)
          ? named(`${s.text} & Partners`, s, PARTNERS)
          : named(`${s.text} & Sons`, s, ...SONS);
      },
      12,
    ],
    [
      (ctx) => {
        const [a, b] = [surname(ctx), surname(ctx)];
        return named(withLegal(`${a.text} & ${b.text}`, legal, ctx.rng, 0.4), a, b);
      },
      10,
    ],
    [
      ({ rng, industry }) => {
        const [adjective, noun] = [rng.pick(ADJECTIVES), rng.pick(NOUNS.en[industry])];
        return named(withLegal(`${adjective.text} ${noun.text}`, legal, rng, 0.7), adjective, noun);
      },
      40,
    ],
    [
      ({ rng, industry, city }) => {
        const noun = rng.pick(NOUNS.en[industry]);
        return named(`${city.name} ${noun.text}`, { text: city.name, tokens: [city.slug] }, noun);
      },
      15,
    ],
    [
      ({ rng, industry }) => {
        const name = trade(rng, HEADS, TAILS);
        if (rng.chance(0.5)) return named(withLegal(name.text, legal, rng, 0.6), name);
        const noun = rng.pick(NOUNS.en[industry]);
        return named(`${name.text} ${noun.text}`, name, noun);
      },
      23,
    ],
  ]);
}

const GERMAN = new Weighted<Pattern>([
  [
    (ctx) => {
      const s = surname(ctx);
      return PROFESSIONAL.has(ctx.industry)
        ? named(`${s.text} & Partner`, s, DE_PARTNER)
        : named(`${s.text} & Söhne`, s, DE_SONS);
    },
    12,
  ],
  [
    (ctx) => {
      const [s, noun] = [surname(ctx), ctx.rng.pick(NOUNS.de[ctx.industry])];
      return named(`${s.text} ${noun.text} ${ctx.rng.pick(LEGAL_FORMS.DE)}`, s, noun);
    },
    30,
  ],
  [
    ({ rng, industry }) => {
      const [region, noun] = [rng.pick(DE_REGION_WORDS), rng.pick(NOUNS.de[industry])];
      return named(`${region.text} ${noun.text} ${rng.pick(LEGAL_FORMS.DE)}`, region, noun);
    },
    30,
  ],
  [
    ({ rng }) => {
      const name = trade(rng, HEADS, TAILS);
      return named(`${name.text} ${rng.pick(LEGAL_FORMS.DE)}`, name);
    },
    20,
  ],
  [
    (ctx) => {
      const [s, legal] = [surname(ctx), ctx.rng.pick(LEGAL_FORMS.DE)];
      return named(`${s.text} ${legal}`, s, LEGAL_WORDS.get(legal) ?? word(legal));
    },
    8,
  ],
]);

const FRENCH = new Weighted<Pattern>([
  [
    (ctx) => {
      const s = surname(ctx);
      return named(`${s.text} et Associés`, s, ASSOCIES);
    },
    12,
  ],
  [
    (ctx) => {
      const [noun, s] = [ctx.rng.pick(NOUNS.fr[ctx.industry]), surname(ctx)];
      return named(withLegal(`${noun.text} ${s.text}`, LEGAL_FORMS.FR, ctx.rng, 0.5), noun, s);
    },
    30,
  ],
  [
    ({ rng, industry }) => {
      const [noun, region] = [rng.pick(NOUNS.fr[industry]), rng.pick(FR_REGION_WORDS)];
      return named(withLegal(`${noun.text} ${region.text}`, LEGAL_FORMS.FR, rng, 0.5), noun, region);
    },
    25,
  ],
  [
    (ctx) => {
      const [kind, s] = [PROFESSIONAL.has(ctx.industry) ? CABINET : GROUPE, surname(ctx)];
      return named(`${kind.text} ${s.text}`, kind, s);
    },
    13,
  ],
  [
    ({ rng }) => {
      const name = trade(rng, HEADS, TAILS);
      return named(`${name.text} ${rng.pick(LEGAL_FORMS.FR)}`, name);
    },
    20,
  ],
]);

const RUSSIAN = new Weighted<Pattern>([
  [
    ({ rng, industry }) => {
      const name = trade(rng, RU_HEAD_WORDS[industry], RU_TAIL_WORDS);
      return named(`${rng.pick(RU_FORMS)} «${name.text}»`, name);
    },
    55,
  ],
  [
    ({ rng }) => {
      const fixed = rng.pick(RU_FIXED_WORDS);
      return named(`${rng.pick(RU_FORMS)} «${fixed.text}»`, fixed);
    },
    15,
  ],
  [
    (ctx) => {
      const s = surname(ctx);
      return named(`ООО «${s.text} и партнёры»`, s, PARTNERS);
    },
    10,
  ],
  [
    (ctx) => {
      const s = surname(ctx);
      return named(`ИП ${s.text} ${ctx.rng.pick(RU_INITIALS)}. ${ctx.rng.pick(RU_INITIALS)}.`, IP, s);
    },
    10,
  ],
]);

const PERSIAN = new Weighted<Pattern>([
  [
    ({ rng, industry }) => {
      const [head, tail] = [rng.pick(FA_HEAD_WORDS), rng.pick(FA_TAIL_WORDS[industry])];
      return named(`شرکت ${head.text} ${tail.text}`, head, tail);
    },
    40,
  ],
  [
    ({ rng, industry }) => {
      const [head, tail] = [rng.pick(FA_HEAD_WORDS), rng.pick(FA_TAIL_WORDS[industry])];
      return named(`${head.text} ${tail.text}`, head, tail);
    },
    25,
  ],
  [
    ({ rng }) => {
      const head = rng.pick(FA_HEAD_WORDS);
      return named(`گروه ${head.text}`, head, GROUP);
    },
    10,
  ],
  [
    (ctx) => {
      const s = surname(ctx);
      return named(`${s.text} و شرکا`, s, CO);
    },
    10,
  ],
]);

const BY_COUNTRY: Readonly<Record<Country['code'], Weighted<Pattern>>> = {
  US: englishPatterns(LEGAL_FORMS.US),
  GB: englishPatterns(LEGAL_FORMS.GB),
  CA: englishPatterns(LEGAL_FORMS.CA),
  AU: englishPatterns(LEGAL_FORMS.AU),
  DE: GERMAN,
  FR: FRENCH,
  RU: RUSSIAN,
  IR: PERSIAN,
};

export function companyName(country: Country, industry: Industry, city: City, rng: SampleRandom): CompanyName {
  return BY_COUNTRY[country.code].draw(rng)({ country, industry, city, rng });
}
