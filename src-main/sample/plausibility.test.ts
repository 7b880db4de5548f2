import { describe, expect, it } from 'vitest';
import { CONTACT_METHODS, INDUSTRIES, RELATIONSHIP_TYPES } from '../../src-shared/entities';
import { generateAccounts, generateContacts, generateSampleCompany, type SampleRecord } from './generate';

const company = generateSampleCompany();
const accountsById = new Map(company.accounts.map((a) => [a.id, a]));

function text(record: SampleRecord, field: string): string | null {
  const value = record.values[field];
  return typeof value === 'string' ? value : null;
}

/** Phone prefix and postal code format of each country, as written in address_country. */
const COUNTRY_FORMATS: Record<string, { phone: string; postal: RegExp }> = {
  'United States': { phone: '+1 ', postal: /^\d{5}$/ },
  Canada: { phone: '+1 ', postal: /^[A-Z]\d[A-Z] \d[A-Z]\d$/ },
  'United Kingdom': { phone: '+44 ', postal: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/ },
  Australia: { phone: '+61 ', postal: /^\d{4}$/ },
  Deutschland: { phone: '+49 ', postal: /^\d{5}$/ },
  France: { phone: '+33 ', postal: /^\d{5}$/ },
  Россия: { phone: '+7 ', postal: /^\d{6}$/ },
  ایران: { phone: '+98 ', postal: /^\d{5}-\d{5}$/ },
};

function domainOf(account: SampleRecord): string | null {
  const website = text(account, 'website');
  if (website) return website.replace(/^https:\/\/www\./, '');
  return text(account, 'email')?.split('@')[1] ?? null;
}

describe('sample accounts look like a small business customer base', () => {
  it('spread over industries, relationship types (mostly customers and prospects) and countries', () => {
    const values = (field: string) => company.accounts.map((a) => a.values[field]);
    expect(new Set(values('industry')).size).toBeGreaterThanOrEqual(12);
    expect(values('industry').every((i) => (INDUSTRIES as readonly unknown[]).includes(i))).toBe(true);
    const relations = values('relationship_type');
    expect(relations.every((r) => (RELATIONSHIP_TYPES as readonly unknown[]).includes(r))).toBe(true);
    expect(relations.filter((r) => r === 'customer' || r === 'prospect').length).toBeGreaterThan(140);
    expect(new Set(relations).size).toBeGreaterThanOrEqual(5);
    expect(new Set(values('address_country')).size).toBeGreaterThanOrEqual(6);
  });

  it('write addresses, phones and postal codes the way each country does', () => {
    for (const account of company.accounts) {
      const format = COUNTRY_FORMATS[text(account, 'address_country') ?? ''];
      expect(format, text(account, 'address_country') ?? 'no country').toBeDefined();
      expect(text(account, 'address_postal_code')).toMatch(format?.postal ?? /never/);
      expect(text(account, 'address_city')).toBeTruthy();
      const phone = text(account, 'phone');
      if (phone) expect(phone.startsWith(format?.phone ?? '?')).toBe(true);
    }
  });

  it('derive e-mail and website from one ASCII domain', () => {
    for (const account of company.accounts) {
      const website = text(account, 'website');
      const email = text(account, 'email');
      if (website) expect(website).toMatch(/^https:\/\/www\.[a-z0-9-]+(\.[a-z]{2,})+$/);
      if (email) expect(email).toMatch(/^[a-z]+@[a-z0-9-]+(\.[a-z]{2,})+$/);
      if (website && email) expect(email.split('@')[1]).toBe(domainOf(account));
    }
  });

  it('state revenue as a money string that grows with the head count', () => {
    const withBoth = company.accounts.filter(
      (a) => a.values['annual_revenue'] !== null && a.values['employees'] !== null,
    );
    expect(withBoth.length).toBeGreaterThan(100);
    for (const a of withBoth) {
      const perHead = Number(a.values['annual_revenue']) / Number(a.values['employees']);
      expect(perHead).toBeGreaterThanOrEqual(40_000);
      expect(perHead).toBeLessThanOrEqual(320_000);
    }
  });
});

describe('sample contacts work for their accounts', () => {
  const attached = company.contacts.flatMap((c) => {
    const account = accountsById.get(text(c, 'account_id') ?? '');
    return account ? [{ contact: c, account }] : [];
  });

  it('have e-mails first.last@ the company domain and direct lines beside its switchboard', () => {
    let checked = 0;
    for (const { contact, account } of attached) {
      const email = text(contact, 'email');
      const domain = domainOf(account);
      if (email && domain) {
        expect(email).toMatch(/^[a-z]+\.[a-z]+@/);
        expect(email.endsWith(`@${domain}`)).toBe(true);
        checked++;
      }
      const phone = text(account, 'phone');
      const direct = text(contact, 'business_phone');
      if (phone && direct) expect(direct.startsWith(phone.slice(0, -2))).toBe(true);
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('mostly live in the account city and write names in the script of the country', () => {
    const withAddress = attached.filter(({ contact }) => contact.values['address_city'] !== null);
    const sameCity = withAddress.filter(
      ({ contact, account }) => contact.values['address_city'] === account.values['address_city'],
    );
    expect(sameCity.length / withAddress.length).toBeGreaterThan(0.6);
    for (const { contact, account } of attached) {
      const name = `${text(contact, 'first_name') ?? ''}${text(contact, 'last_name') ?? ''}`;
      if (account.values['address_country'] === 'Россия') expect(name).toMatch(/^[А-Яа-яЁё -]+$/u);
      if (account.values['address_country'] === 'ایران') expect(name).toMatch(/^[\u0600-\u06FF\u200c ]+$/u);
    }
  });

  it('have birthdays of working-age adults and mostly allow e-mail and calls', () => {
    const birthdays = company.contacts.map((c) => text(c, 'birthday')).filter((b) => b !== null);
    expect(birthdays.length).toBeGreaterThan(300);
    for (const b of birthdays) expect(Number(b.slice(0, 4))).toBeGreaterThanOrEqual(1958);
    const noEmail = company.contacts.filter((c) => c.values['do_not_email'] === true);
    expect(noEmail.length).toBeLessThan(80);
    for (const c of company.contacts) {
      const method = c.values['preferred_contact_method'];
      if (method !== null) expect(CONTACT_METHODS).toContain(method);
      if (c.values['do_not_email'] === true) expect(method).not.toBe('email');
      if (c.values['do_not_phone'] === true) expect(method).not.toBe('phone');
    }
  });
});

describe('streamed contacts for search benchmarks', () => {
  it('are name-diverse: a typical 3-letter prefix matches well under 1% of them', () => {
    const ids = [...generateAccounts(2_000, 11)].map((a) => a.id);
    const contacts = [...generateContacts(20_000, ids, 11)];
    expect(new Set(contacts.map((c) => c.values['first_name'])).size).toBeGreaterThan(400);
    expect(new Set(contacts.map((c) => c.values['last_name'])).size).toBeGreaterThan(600);
    const hits = new Map<string, number>();
    for (const c of contacts) {
      const tokens = `${text(c, 'first_name') ?? ''} ${text(c, 'last_name') ?? ''}`.toLowerCase().split(/[\s'-]+/);
      for (const prefix of new Set(tokens.filter((t) => t.length >= 3).map((t) => t.slice(0, 3)))) {
        hits.set(prefix, (hits.get(prefix) ?? 0) + 1);
      }
    }
    const shares = [...hits.values()].map((n) => n / contacts.length).sort((a, b) => a - b);
    const quantile = (q: number) => shares[Math.floor(q * (shares.length - 1))] ?? 1;
    expect(shares.length).toBeGreaterThan(500);
    expect(quantile(0.5)).toBeLessThan(0.003);
    expect(quantile(0.9)).toBeLessThan(0.006);
  });
});
