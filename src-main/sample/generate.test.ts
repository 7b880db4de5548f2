import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src-shared/entities';
import { validateValues } from '../../src-shared/rules/records';
import { generateAccounts, generateContacts, generateSampleCompany, type SampleRecord } from './generate';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const company = generateSampleCompany();
const accountIds = new Set(company.accounts.map((a) => a.id));
const contactsById = new Map(company.contacts.map((c) => [c.id, c]));

function str(record: SampleRecord, field: string): string | null {
  const value = record.values[field];
  if (value !== null && value !== undefined && typeof value !== 'string') throw new Error(`${field} is not text`);
  return value ?? null;
}

function expectValid(entity: 'account' | 'contact', records: Iterable<SampleRecord>): number {
  const def = getEntity(entity);
  const failures: unknown[] = [];
  let count = 0;
  for (const record of records) {
    const outcome = validateValues(def, record.values, 'create');
    if (outcome.issues.length > 0) failures.push({ values: record.values, issues: outcome.issues });
    // Already canonical: what the backend would store is exactly what was generated.
    else if (JSON.stringify(outcome.values) !== JSON.stringify(record.values))
      failures.push({ values: record.values, outcome });
    count++;
  }
  expect(failures.slice(0, 3)).toEqual([]);
  return count;
}

describe('generateSampleCompany', () => {
  it('is deterministic: the same seed gives byte-identical output, another seed other data', () => {
    expect(JSON.stringify(generateSampleCompany())).toBe(JSON.stringify(company));
    expect(JSON.stringify(generateSampleCompany(42))).toBe(JSON.stringify(generateSampleCompany(42)));
    const other = generateSampleCompany(43);
    expect(other.accounts[0]?.id).not.toBe(generateSampleCompany(42).accounts[0]?.id);
    expect(other.accounts.map((a) => a.values['name'])).not.toEqual(company.accounts.map((a) => a.values['name']));
  });

  it('has about 200 accounts and 800 contacts, about 4 per account with some at 0 and some at 10+', () => {
    expect(company.accounts).toHaveLength(200);
    expect(company.contacts).toHaveLength(800);
    const perAccount = new Map<string, number>();
    for (const c of company.contacts) {
      const account = str(c, 'account_id');
      if (account) perAccount.set(account, (perAccount.get(account) ?? 0) + 1);
    }
    const counts = company.accounts.map((a) => perAccount.get(a.id) ?? 0);
    const attached = counts.reduce((s, n) => s + n, 0);
    expect(attached / 200).toBeGreaterThan(3.2);
    expect(attached / 200).toBeLessThan(4.2);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(3);
    expect(counts.filter((n) => n >= 10).length).toBeGreaterThan(3);
    expect(800 - attached).toBeGreaterThan(10);
  });

  it('passes the shared validation rules with zero issues for every record', () => {
    expect(expectValid('account', company.accounts)).toBe(200);
    expect(expectValid('contact', company.contacts)).toBe(800);
  });

  it('uses unique UUIDv7 ids in creation order', () => {
    const ids = [...company.accounts, ...company.contacts].map((r) => r.id);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    const accountOrder = company.accounts.map((a) => a.id);
    expect([...accountOrder].sort()).toEqual(accountOrder);
  });

  it('keeps references inside the company: accounts, primary contacts, parents without cycles', () => {
    for (const contact of company.contacts) {
      const account = str(contact, 'account_id');
      if (account !== null) expect(accountIds.has(account)).toBe(true);
    }
    const withContacts = new Set(company.contacts.map((c) => str(c, 'account_id')));
    let parents = 0;
    for (const account of company.accounts) {
      const primary = str(account, 'primary_contact_id');
      expect(primary !== null).toBe(withContacts.has(account.id));
      if (primary !== null) expect(contactsById.get(primary)?.values['account_id']).toBe(account.id);
      const parent = str(account, 'parent_account_id');
      if (parent === null) continue;
      parents++;
      expect(accountIds.has(parent)).toBe(true);
    }
    expect(parents).toBeGreaterThanOrEqual(4);
    expect(parents).toBeLessThanOrEqual(20);
    const parentOf = new Map(company.accounts.map((a) => [a.id, str(a, 'parent_account_id')]));
    for (const start of accountIds) {
      const seen = new Set<string>();
      for (let at: string | null | undefined = start; at; at = parentOf.get(at)) {
        expect(seen.has(at), `cycle through ${at}`).toBe(false);
        seen.add(at);
      }
    }
  });

  it('gives accounts unique names, domains and sequential account numbers', () => {
    const names = company.accounts.map((a) => str(a, 'name'));
    expect(new Set(names).size).toBe(200);
    const sites = company.accounts.map((a) => str(a, 'website')).filter((w) => w !== null);
    expect(new Set(sites).size).toBe(sites.length);
    company.accounts.forEach((a, i) =>
      expect(a.values['account_number']).toBe(`ACC-${String(i + 1).padStart(5, '0')}`),
    );
  });
});

describe('streaming generators', () => {
  it('are deterministic and give the sample company the same first records', () => {
    const first = [...generateAccounts(200)];
    expect(first.map((a) => a.id)).toEqual(company.accounts.map((a) => a.id));
    expect(first.map((a) => a.values['name'])).toEqual(company.accounts.map((a) => a.values['name']));
    const ids = first.map((a) => a.id);
    expect(JSON.stringify([...generateContacts(800, ids)])).toBe(JSON.stringify(company.contacts));
    // A longer run starts with the same accounts: records do not depend on the count.
    expect([...generateAccounts(300)].slice(0, 200)).toEqual(first);
  });

  it('streams 20,000 contacts that all pass validation and point at streamed accounts', () => {
    const accounts = [...generateAccounts(5_000, 7)];
    expect(expectValid('account', accounts)).toBe(5_000);
    const ids = accounts.map((a) => a.id);
    const known = new Set(ids);
    const contacts = [...generateContacts(20_000, ids, 7)];
    expect(expectValid('contact', contacts)).toBe(20_000);
    expect(new Set(contacts.map((c) => c.id)).size).toBe(20_000);
    for (const c of contacts) {
      const account = str(c, 'account_id');
      if (account !== null) expect(known.has(account)).toBe(true);
    }
    for (const a of accounts) {
      const parent = str(a, 'parent_account_id');
      if (parent !== null) expect(ids.indexOf(parent)).toBeLessThan(ids.indexOf(a.id));
    }
  });

  it('makes contacts without accounts when there are none', () => {
    const contacts = [...generateContacts(300, [], 5)];
    expect(contacts.every((c) => c.values['account_id'] === null)).toBe(true);
    expect(expectValid('contact', contacts)).toBe(300);
  });

  it('rejects a bad count or seed with a clear error', () => {
    expect(() => generateAccounts(-1)).toThrow(RangeError);
    expect(() => generateAccounts(1.5)).toThrow(/whole number/);
    expect(() => generateContacts(Number.NaN, [])).toThrow(RangeError);
    expect(() => generateSampleCompany(Number.POSITIVE_INFINITY)).toThrow(/seed/);
    expect([...generateAccounts(0)]).toEqual([]);
  });
});
