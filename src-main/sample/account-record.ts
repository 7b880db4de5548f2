import type { RecordValues } from '../../src-shared/api';
import type { RELATIONSHIP_TYPES } from '../../src-shared/entities';
import type { CompanyProfile, SizeClass } from './company-profile';
import { ACCOUNT_NOTES, MAILBOXES } from './data/business';
import { Weighted, type SampleRandom } from './random';
import { fillNote } from './text-fill';

type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const RELATIONSHIP_MIX = new Weighted<RelationshipType>([
  ['customer', 55],
  ['prospect', 25],
  ['partner', 7],
  ['vendor', 7],
  ['competitor', 4],
  ['other', 2],
]);

/** Head count range per size class; most companies sit at the low end of theirs. */
const EMPLOYEES: Readonly<Record<SizeClass, readonly [number, number]>> = {
  0: [1, 15],
  1: [1, 25],
  2: [25, 250],
  3: [250, 5000],
};

function employeesFor(size: SizeClass, rng: SampleRandom): number {
  const [low, high] = EMPLOYEES[size];
  return low + Math.floor(Math.pow(rng.float(), 2) * (high - low));
}

export function accountNumber(index: number): string {
  return `ACC-${String(index + 1).padStart(5, '0')}`;
}

/**
 * The values of account `index`, in the entity's field order; absent values
 * are null so every record has the same shape.
 */
export function accountValues(
  profile: CompanyProfile,
  index: number,
  parentId: string | null,
  rng: SampleRandom,
): RecordValues {
  const { country, city, domain } = profile;
  const employees = employeesFor(profile.size, rng);
  // Revenue per employee between 40,000 and 320,000, rounded to thousands.
  const revenue = employees * rng.between(40, 320) * 1000;
  return {
    name: profile.name,
    account_number: accountNumber(index),
    relationship_type: RELATIONSHIP_MIX.draw(rng),
    industry: profile.industry,
    phone: rng.chance(0.95) ? profile.phone : null,
    email: rng.chance(0.9) ? `${rng.pick(MAILBOXES[country.lang])}@${domain}` : null,
    website: rng.chance(0.85) ? `https://www.${domain}` : null,
    address_street: rng.chance(0.9) ? country.street(rng) : null,
    address_city: city.name,
    address_state: city.state,
    address_postal_code: country.postalCode(city, rng),
    address_country: country.name,
    parent_account_id: parentId,
    primary_contact_id: null,
    annual_revenue: rng.chance(0.8) ? String(revenue) : null,
    employees: rng.chance(0.9) ? employees : null,
    description: rng.chance(0.3) ? fillNote(rng.pick(ACCOUNT_NOTES), rng) : null,
  };
}
