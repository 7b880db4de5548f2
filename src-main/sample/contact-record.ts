import type { RecordValues } from '../../src-shared/api';
import type { CONTACT_METHODS } from '../../src-shared/entities';
import { personNameKey, phoneKey } from '../../src-shared/rules/duplicates';
import type { CompanyProfile } from './company-profile';
import { COUNTRY_MIX, pickCity, type Country, type Lang } from './countries';
import type { Name } from './names';
import { CONTACT_NOTES, JOB_TITLES } from './data/business';
import { fillPhone } from './phone';
import { Weighted, type SampleRandom } from './random';
import { fillNote, randomDate } from './text-fill';

type ContactMethod = (typeof CONTACT_METHODS)[number];

const METHOD_MIX = new Weighted<ContactMethod>([
  ['any', 40],
  ['email', 35],
  ['phone', 20],
  ['mail', 5],
]);
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

function titles(lang: Lang): { male: string[]; female: string[] } {
  const forms = JOB_TITLES[lang].map((t) => t.split('|'));
  return { male: forms.map((f) => f[0] ?? ''), female: forms.map((f) => f[1] ?? f[0] ?? '') };
}

const TITLES: Readonly<Record<Lang, { male: string[]; female: string[] }>> = {
  en: titles('en'),
  de: titles('de'),
  fr: titles('fr'),
  ru: titles('ru'),
  fa: titles('fa'),
};

/**
 * Names and phone numbers (as duplicate detection compares them) already
 * given to earlier contacts. The first contacts, the ones a person browses,
 * are drawn again on a clash so that duplicate detection has nothing to
 * report in the sample company unless someone types a duplicate.
 */
export interface TakenValues {
  readonly names: Set<string>;
  readonly phones: Set<string>;
}

/** Draws per value before a clash is accepted. */
const MAX_ATTEMPTS = 6;

function redrawn<T>(draw: () => T, key: (value: T) => string | null, taken: Set<string> | undefined): T {
  let value = draw();
  for (let attempt = 1; taken && attempt < MAX_ATTEMPTS && taken.has(key(value) ?? ''); attempt++) value = draw();
  const k = key(value);
  if (taken && k !== null) taken.add(k);
  return value;
}

/** A direct line next to the switchboard, or the switchboard with an extension. */
function businessPhone(company: CompanyProfile, rng: SampleRandom, taken: Set<string> | undefined): string | null {
  const roll = rng.float();
  if (roll >= 0.85) return null;
  const draw =
    roll < 0.6
      ? () => company.phone.slice(0, -2) + PAD2[rng.between(1, 99)]
      : () => `${company.phone} ${company.country.code === 'RU' ? 'доб.' : 'ext.'} ${rng.between(100, 899)}`;
  return redrawn(draw, phoneKey, taken);
}

interface Person {
  readonly first: Name;
  readonly last: Name;
  readonly female: boolean;
  /** Whether the name is of the country's own culture, written in its script. */
  readonly native: boolean;
}

function drawPerson(rng: SampleRandom, country: Country): Person {
  const culture = country.cultures.draw(rng);
  const female = rng.chance(0.5);
  const first = rng.pick(female ? culture.female : culture.male);
  const last = rng.pick(female ? culture.lastFemale : culture.last);
  return { first, last, female, native: culture.id === country.homeCulture };
}

const shownName = (p: Person, part: 'first' | 'last') => (p.native ? p[part].text : p[part].latin);

function preferredMethod(rng: SampleRandom, noEmail: boolean, noPhone: boolean): ContactMethod | null {
  if (!rng.chance(0.7)) return null;
  const method = METHOD_MIX.draw(rng);
  if (noEmail && noPhone) return 'mail';
  if (noEmail && method === 'email') return 'phone';
  if (noPhone && method === 'phone') return 'email';
  return method;
}

/**
 * The values of one contact, in the entity's field order (absent values are
 * null). `company` is the account the contact works for, or null for a
 * contact on their own; its country, domain, phone and city shape the contact.
 */
export function contactValues(
  rng: SampleRandom,
  company: CompanyProfile | null,
  accountId: string | null,
  taken?: TakenValues,
): RecordValues {
  const country = company ? company.country : COUNTRY_MIX.draw(rng);
  const person = redrawn(
    () => drawPerson(rng, country),
    (p) => personNameKey(shownName(p, 'first'), shownName(p, 'last')),
    taken?.names,
  );
  const { first, last, female } = person;
  const titleList = female ? TITLES[country.lang].female : TITLES[country.lang].male;
  const city = company && rng.chance(0.8) ? company.city : pickCity(country, rng);
  const hasAddress = rng.chance(company ? 0.85 : 0.7);

  let email: string | null = null;
  if (company) {
    if (rng.chance(0.92)) email = `${first.ascii}.${last.ascii}@${company.domain}`;
  } else if (rng.chance(0.75)) {
    const suffix = rng.chance(0.4) ? String(rng.between(1, 99)) : '';
    email = `${first.ascii}.${last.ascii}${suffix}@${rng.pick(country.personalDomains)}`;
  }
  const noEmail = rng.chance(0.05);
  const noPhone = rng.chance(0.04);

  return {
    first_name: shownName(person, 'first'),
    last_name: shownName(person, 'last'),
    job_title: rng.chance(company ? 0.9 : 0.4) ? rng.pick(titleList) : null,
    account_id: accountId,
    business_phone: company
      ? businessPhone(company, rng, taken?.phones)
      : rng.chance(0.3)
        ? fillPhone(city.landline, rng)
        : null,
    mobile_phone: rng.chance(0.75) ? fillPhone(rng.pick(city.mobile), rng) : null,
    email,
    address_street: hasAddress ? country.street(rng) : null,
    address_city: hasAddress ? city.name : null,
    address_state: hasAddress ? city.state : null,
    address_postal_code: hasAddress ? country.postalCode(city, rng) : null,
    address_country: hasAddress ? country.name : null,
    birthday: rng.chance(0.6) ? randomDate(rng, 1958, 2003) : null,
    preferred_contact_method: preferredMethod(rng, noEmail, noPhone),
    do_not_email: noEmail,
    do_not_phone: noPhone,
    description: rng.chance(0.08) ? fillNote(rng.pick(CONTACT_NOTES), rng) : null,
  };
}
