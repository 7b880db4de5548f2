/**
 * Deterministic sample data: the "Load sample company" choice on first run
 * and the benchmark's million contacts. The same seed always gives the same
 * records, byte for byte, ids included.
 */
import type { RecordValues } from '../../src-shared/api';
import { accountValues } from './account-record';
import { ContactAllocation } from './contact-allocation';
import { companyProfiles, takeProfiles } from './company-profile';
import { contactValues, type TakenValues } from './contact-record';
import { accountId, contactId } from './ids';
import { recordState, SampleRandom, seedState, STREAM } from './random';

export interface SampleRecord {
  readonly id: string;
  readonly values: RecordValues;
}

export interface SampleCompany {
  readonly accounts: SampleRecord[];
  readonly contacts: SampleRecord[];
}

const DEFAULT_SEED = 20_240_108;
const SAMPLE_ACCOUNTS = 200;
const SAMPLE_CONTACTS = 800;
const PARENT_SHARE = 0.05;
const UNATTACHED_SHARE = 0.06;
/**
 * Contacts among the first this many share no name or phone number with an
 * earlier one (see TakenValues); past that, a million benchmark contacts
 * repeat names as real data does, without the bookkeeping.
 */
const UNIQUE_CONTACT_PREFIX = 20_000;

function checkCount(name: string, count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${name} must be a whole number of 0 or more, got ${String(count)}.`);
  }
}

function checkedSeed(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${String(seed)}.`);
  return seedState(seed);
}

/**
 * Accounts 0..count-1. About 5% have a parent, always an earlier account, so
 * parents can be inserted first and there are no cycles. primary_contact_id
 * is left null: contacts do not exist yet when accounts are streamed.
 */
export function generateAccounts(count: number, seed: number = DEFAULT_SEED): Generator<SampleRecord> {
  checkCount('count', count);
  const state = checkedSeed(seed);
  return (function* accounts() {
    const rng = new SampleRandom();
    const profiles = companyProfiles(state);
    for (let index = 0; index < count; index++) {
      const profile = profiles.next().value;
      rng.reseed(recordState(state, index, STREAM.accountDetails));
      const parentId = index > 0 && rng.chance(PARENT_SHARE) ? accountId(state, rng.int(index)) : null;
      const values = accountValues(profile, index, parentId, rng);
      yield { id: accountId(state, index), values };
    }
  })();
}

/**
 * Contacts 0..count-1, about 94% of them working for one of `accountIds`,
 * listed account by account.
 * `accountIds` are expected to be the ids of generateAccounts(n, seed) with
 * the same seed: the contact of account j then shares its e-mail domain,
 * phone line and (usually) city. Holds one small profile per account, never
 * the contacts, so a million of them can be streamed.
 */
export function generateContacts(
  count: number,
  accountIds: readonly string[],
  seed: number = DEFAULT_SEED,
): Generator<SampleRecord> {
  checkCount('count', count);
  const state = checkedSeed(seed);
  const ids = [...accountIds];
  return (function* contacts() {
    const profiles = takeProfiles(state, ids.length);
    const allocation = new ContactAllocation(profiles, count);
    const rng = new SampleRandom();
    const taken: TakenValues = { names: new Set(), phones: new Set() };
    for (let index = 0; index < count; index++) {
      rng.reseed(recordState(state, index, STREAM.contactDetails));
      const id = contactId(index, rng);
      const slot = allocation.accountOf(index, rng.float());
      const account = rng.chance(UNATTACHED_SHARE) ? -1 : slot;
      const unique = index < UNIQUE_CONTACT_PREFIX ? taken : undefined;
      const values = contactValues(rng, profiles[account] ?? null, ids[account] ?? null, unique);
      yield { id, values };
    }
  })();
}

/** About 200 accounts and 800 contacts of a small business's customer base. */
export function generateSampleCompany(seed: number = DEFAULT_SEED): SampleCompany {
  const accounts = [...generateAccounts(SAMPLE_ACCOUNTS, seed)];
  const contacts = [
    ...generateContacts(
      SAMPLE_CONTACTS,
      accounts.map((a) => a.id),
      seed,
    ),
  ];
  const primary = new Map<string, string>();
  for (const contact of contacts) {
    const account = contact.values['account_id'];
    if (typeof account === 'string' && !primary.has(account)) primary.set(account, contact.id);
  }
  return {
    accounts: accounts.map((a) => ({
      id: a.id,
      values: { ...a.values, primary_contact_id: primary.get(a.id) ?? null },
    })),
    contacts,
  };
}
