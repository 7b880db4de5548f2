import { asciiToken } from './ascii';
import { CULTURES, type Culture, type CultureId } from './names';
import { compilePhone, randomDigits, type PhonePattern } from './phone';
import { Weighted, type SampleRandom } from './random';
import { CITIES, STREETS, STREET_TYPES } from './data/places';

export type CountryCode = keyof typeof CITIES;
/** Language of a company's own words: its legal form, job titles, e-mail aliases. */
export type Lang = 'en' | 'de' | 'fr' | 'ru' | 'fa';

export interface City {
  readonly name: string;
  /** ASCII form for domains ("montreal", "sanktpeterburg"). */
  readonly slug: string;
  readonly state: string;
  readonly postalPrefixes: readonly string[];
  readonly landline: PhonePattern;
  readonly mobile: readonly PhonePattern[];
}

export interface Country {
  readonly code: CountryCode;
  /** As the country writes its own name on an envelope. */
  readonly name: string;
  readonly lang: Lang;
  /** People of this culture are written in their own script here (Cyrillic in Russia). */
  readonly homeCulture: CultureId | null;
  readonly cultures: Weighted<Culture>;
  readonly cities: readonly City[];
  readonly tlds: readonly string[];
  readonly personalDomains: readonly string[];
  street(rng: SampleRandom): string;
  postalCode(city: City, rng: SampleRandom): string;
}

const UK_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const CA_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

interface CountrySpec extends Omit<Country, 'cities' | 'cultures' | 'street' | 'postalCode'> {
  readonly cultureMix: Partial<Record<CultureId, number>>;
  readonly landline: (area: string) => string;
  readonly mobile: (area: string) => readonly string[];
  readonly street: (name: string, number: number, rng: SampleRandom) => string;
  readonly postalCode: (prefix: string, rng: SampleRandom) => string;
}

function words(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/_/g, ' '));
}

function padded(prefix: string, length: number, rng: SampleRandom): string {
  return prefix + randomDigits(rng, length - prefix.length);
}

function letter(alphabet: string, rng: SampleRandom): string {
  return alphabet.charAt(rng.int(alphabet.length));
}

function anglo(code: 'US' | 'GB' | 'CA' | 'AU', suite: string) {
  const types = STREET_TYPES[code];
  return (name: string, number: number, rng: SampleRandom) => {
    const street = `${number} ${name} ${rng.pick(types)}`;
    return rng.chance(0.2) ? `${street}, ${suite} ${rng.between(1, 9)}${rng.chance(0.5) ? '00' : '10'}` : street;
  };
}

function build(code: CountryCode, spec: CountrySpec): Country {
  const streets = words(STREETS[code]);
  const cities = CITIES[code].map((row): City => {
    const [name = '', state = '', area = '', prefixes = '', latin = name] = row.split('|');
    return {
      name,
      slug: asciiToken(latin, spec.lang === 'de' ? 'german' : 'plain'),
      state,
      postalPrefixes: words(prefixes),
      landline: compilePhone(spec.landline(area)),
      mobile: spec.mobile(area).map(compilePhone),
    };
  });
  const mix = Object.entries(spec.cultureMix) as Array<[CultureId, number]>;
  return {
    ...spec,
    cities,
    cultures: new Weighted(mix.map(([id, weight]) => [CULTURES[id], weight] as const)),
    street: (rng) => spec.street(rng.pick(streets), rng.skewedIndex(180) + 1, rng),
    postalCode: (city, rng) => spec.postalCode(rng.pick(city.postalPrefixes), rng),
  };
}

export const COUNTRIES: readonly Country[] = [
  build('US', {
    code: 'US',
    name: 'United States',
    lang: 'en',
    homeCulture: null,
    cultureMix: {
      english: 62,
      spanish: 14,
      italian: 5,
      german: 4,
      south_asian: 5,
      east_asian: 6,
      russian: 2,
      persian: 2,
    },
    tlds: ['com', 'com', 'com', 'net', 'us'],
    personalDomains: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'],
    landline: (a) => `+1 (${a}) N##-####`,
    mobile: (a) => [`+1 (${a}) N##-####`],
    street: anglo('US', 'Suite'),
    postalCode: (p, rng) => padded(p, 5, rng),
  }),
  build('GB', {
    code: 'GB',
    name: 'United Kingdom',
    lang: 'en',
    homeCulture: null,
    cultureMix: {
      english: 72,
      south_asian: 10,
      italian: 3,
      french: 3,
      east_asian: 4,
      german: 3,
      persian: 2,
      spanish: 3,
    },
    tlds: ['co.uk', 'co.uk', 'com'],
    personalDomains: ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
    landline: (a) => `+44 ${a} ${a.length === 2 ? 'N### ####' : a.length === 3 ? 'N## ####' : 'N#####'}`,
    mobile: () => ['+44 7### ######'],
    street: anglo('GB', 'Unit'),
    postalCode: (p, rng) => `${p} ${rng.int(10)}${letter(UK_LETTERS, rng)}${letter(UK_LETTERS, rng)}`,
  }),
  build('CA', {
    code: 'CA',
    name: 'Canada',
    lang: 'en',
    homeCulture: null,
    cultureMix: { english: 55, french: 22, east_asian: 8, south_asian: 8, italian: 4, persian: 3 },
    tlds: ['ca', 'ca', 'com'],
    personalDomains: ['gmail.com', 'outlook.com', 'yahoo.ca', 'videotron.ca'],
    landline: (a) => `+1 (${a}) N##-####`,
    mobile: (a) => [`+1 (${a}) N##-####`],
    street: anglo('CA', 'Suite'),
    postalCode: (p, rng) => `${p} ${rng.int(10)}${letter(CA_LETTERS, rng)}${rng.int(10)}`,
  }),
  build('AU', {
    code: 'AU',
    name: 'Australia',
    lang: 'en',
    homeCulture: null,
    cultureMix: { english: 70, east_asian: 10, italian: 7, south_asian: 6, german: 4, spanish: 3 },
    tlds: ['com.au'],
    personalDomains: ['gmail.com', 'outlook.com', 'bigpond.com'],
    landline: (a) => `+61 ${a} N### ####`,
    mobile: () => ['+61 4## ### ###'],
    street: anglo('AU', 'Level'),
    postalCode: (p, rng) => padded(p, 4, rng),
  }),
  build('DE', {
    code: 'DE',
    name: 'Deutschland',
    lang: 'de',
    homeCulture: null,
    cultureMix: { german: 82, turkish: 10, italian: 3, russian: 3, persian: 2 },
    tlds: ['de'],
    personalDomains: ['gmx.de', 'web.de', 't-online.de', 'gmail.com'],
    landline: (a) => `+49 ${a} ${a.length === 2 ? 'N#######' : 'N######'}`,
    mobile: () => ['+49 15# ########', '+49 17# ########'],
    street: (name, n) => `${name} ${n}`,
    postalCode: (p, rng) => padded(p, 5, rng),
  }),
  build('FR', {
    code: 'FR',
    name: 'France',
    lang: 'fr',
    homeCulture: null,
    cultureMix: { french: 85, spanish: 5, italian: 5, german: 2, english: 3 },
    tlds: ['fr'],
    personalDomains: ['orange.fr', 'free.fr', 'gmail.com', 'laposte.net'],
    landline: (a) => `+33 ${a} ## ## ## ##`,
    mobile: () => ['+33 6 ## ## ## ##', '+33 7 ## ## ## ##'],
    street: (name, n) => `${n} ${name}`,
    postalCode: (p, rng) => padded(p, 5, rng),
  }),
  build('RU', {
    code: 'RU',
    name: 'Россия',
    lang: 'ru',
    homeCulture: 'russian',
    cultureMix: { russian: 100 },
    tlds: ['ru'],
    personalDomains: ['yandex.ru', 'mail.ru', 'gmail.com'],
    landline: (a) => `+7 (${a}) ${a.length === 3 ? 'N##-##-##' : 'N#-##-##'}`,
    mobile: () => ['+7 (9##) ###-##-##'],
    street: (name, n, rng) =>
      `${name}, д. ${n}${rng.chance(0.3) ? `, офис ${rng.between(1, 9)}0${rng.between(1, 9)}` : ''}`,
    postalCode: (p, rng) => padded(p, 6, rng),
  }),
  build('IR', {
    code: 'IR',
    name: 'ایران',
    lang: 'fa',
    homeCulture: 'persian',
    cultureMix: { persian: 100 },
    tlds: ['ir', 'ir', 'com'],
    personalDomains: ['gmail.com', 'yahoo.com'],
    landline: (a) => `+98 ${a} N### ####`,
    mobile: () => ['+98 9## ### ####'],
    street: (name, n, rng) => `${name}، پلاک ${n}${rng.chance(0.3) ? `، واحد ${rng.between(1, 20)}` : ''}`,
    postalCode: (p, rng) => {
      const digits = padded(p, 10, rng);
      return `${digits.slice(0, 5)}-${digits.slice(5)}`;
    },
  }),
];

const WEIGHTS: Readonly<Record<CountryCode, number>> = { US: 28, GB: 14, CA: 9, AU: 6, DE: 14, FR: 7, RU: 12, IR: 10 };

export const COUNTRY_MIX = new Weighted(COUNTRIES.map((c) => [c, WEIGHTS[c.code]] as const));

/** Bigger cities first in the data, so they hold more of the companies. */
export function pickCity(country: Country, rng: SampleRandom): City {
  return country.cities[rng.skewedIndex(country.cities.length)] ?? rng.pick(country.cities);
}
