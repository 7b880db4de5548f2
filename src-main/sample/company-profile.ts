import { INDUSTRIES } from '../../src-shared/entities';
import { companyNameKey } from '../../src-shared/rules/duplicates';
import { companyName } from './company-names';
import { COUNTRY_MIX, pickCity, type City, type Country } from './countries';
import type { Industry } from './data/company-words';
import { mainLine } from './phone';
import { recordState, SampleRandom, STREAM, Weighted } from './random';

/** 0: no contacts on file, 1: small, 2: medium, 3: large. */
export type SizeClass = 0 | 1 | 2 | 3;

/**
 * What both an account and its contacts need to know about a company: the
 * contacts' e-mail domain, phone line and city come from here.
 */
export interface CompanyProfile {
  readonly name: string;
  readonly domain: string;
  readonly country: Country;
  readonly city: City;
  readonly industry: Industry;
  readonly size: SizeClass;
  /** Relative number of contacts on file: the size class's weight, give or take half. */
  readonly contactShare: number;
  /** Main line, ending in 00; contacts' direct lines share all but the last two digits. */
  readonly phone: string;
}

const INDUSTRY_WEIGHTS: Readonly<Record<Industry, number>> = {
  retail: 10,
  technology: 10,
  construction: 9,
  consulting: 8,
  manufacturing: 8,
  healthcare: 7,
  wholesale: 7,
  real_estate: 6,
  finance: 6,
  accounting: 5,
  hospitality: 5,
  transportation: 5,
  media: 4,
  insurance: 4,
  education: 3,
  agriculture: 3,
  other: 3,
};
const INDUSTRY_MIX = new Weighted(INDUSTRIES.map((i) => [i, INDUSTRY_WEIGHTS[i]] as const));
const SIZE_MIX = new Weighted<SizeClass>([
  [0, 8],
  [1, 50],
  [2, 30],
  [3, 12],
]);

/** Relative share of the contacts each size class gets (about 0, 2, 5 and 12 for 4 per account). */
const CONTACT_WEIGHT: Readonly<Record<SizeClass, number>> = { 0: 0, 1: 2, 2: 5, 3: 12 };

// Names and domains are kept unique among the first accounts, the ones a
// person browses: a clash is re-drawn a few times, then the domain gets the
// city. Past that, 100,000 benchmark accounts may repeat a name, as real data
// does, and skip the bookkeeping.
const UNIQUE_PREFIX = 5_000;
/** Names are unique as duplicate detection compares them: "Summit Build Ltd" and "Summit Build Inc" clash. */
const nameKey = (name: string) => companyNameKey(name) ?? name;
const MAX_NAME_ATTEMPTS = 4;

/**
 * Profiles of accounts 0, 1, 2... for a seed. Sequential because of the
 * duplicate check, so the account and the contact generators both walk it
 * from the start and see the same companies.
 */
export function* companyProfiles(seed: number): Generator<CompanyProfile, never> {
  const takenNames = new Set<string>();
  const takenDomains = new Set<string>();
  const rng = new SampleRandom();
  for (let index = 0; ; index++) {
    rng.reseed(recordState(seed, index, STREAM.companyProfile));
    const country = COUNTRY_MIX.draw(rng);
    const city = pickCity(country, rng);
    const industry = INDUSTRY_MIX.draw(rng);
    const size = SIZE_MIX.draw(rng);
    const contactShare = CONTACT_WEIGHT[size] * (0.5 + rng.float());
    const tld = industry === 'technology' && country.lang === 'en' && rng.chance(0.3) ? 'io' : rng.pick(country.tlds);
    let name = companyName(country, industry, city, rng);
    let domain = `${name.slug}.${tld}`;
    if (index < UNIQUE_PREFIX) {
      for (
        let attempt = 1;
        attempt < MAX_NAME_ATTEMPTS && (takenNames.has(nameKey(name.name)) || takenDomains.has(domain));
        attempt++
      ) {
        name = companyName(country, industry, city, rng);
        domain = `${name.slug}.${tld}`;
      }
      for (let n = 1; takenDomains.has(domain); n++) domain = `${name.slug}-${city.slug}${n > 1 ? n : ''}.${tld}`;
      takenNames.add(nameKey(name.name));
      takenDomains.add(domain);
    }
    const phone = mainLine(city.landline, rng);
    yield { name: name.name, domain, country, city, industry, size, contactShare, phone };
  }
}

export function takeProfiles(seed: number, count: number): CompanyProfile[] {
  const profiles: CompanyProfile[] = [];
  if (count === 0) return profiles;
  for (const profile of companyProfiles(seed)) {
    profiles.push(profile);
    if (profiles.length === count) break;
  }
  return profiles;
}
