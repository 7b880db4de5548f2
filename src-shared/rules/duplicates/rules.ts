import type { RecordValues } from '../../api/records';
import { companyNameKey } from './company-name';
import { emailDomainKey, emailKey } from './email-key';
import { personNameKey } from './person-name-key';
import { phoneKey } from './phone-key';

/**
 * Duplicate-detection rules, declared per record type. A rule turns a
 * record's values into match keys; two live records of a type sharing a
 * key under one rule are possible duplicates. The keys are stored in a side
 * table by the write path, so finding the records that share a key is one
 * index lookup however many records there are.
 */
export interface DuplicateRule {
  /** Stored with every key; a new rule needs a new name. */
  readonly name: string;
  /** i18n key explaining the match, e.g. "Same e-mail address". */
  readonly label: string;
  /** The fields the keys come from: changing one of them is what can make or break a match. */
  readonly fields: readonly string[];
  keys(values: RecordValues): readonly string[];
}

/**
 * Bump whenever a rule's keys change for the same values (a new legal form,
 * a new free-mail domain, a different phone rule): opening a data file whose
 * keys were built by another version rebuilds them all.
 */
export const DUPLICATE_KEYS_VERSION = 1;

function text(values: RecordValues, field: string): string {
  const value = values[field];
  return typeof value === 'string' ? value : '';
}

function keysOf(key: (value: string) => string | null, ...values: string[]): string[] {
  const keys = values.map(key).filter((k): k is string => k !== null);
  return [...new Set(keys)];
}

const ACCOUNT_RULES: readonly DuplicateRule[] = [
  {
    name: 'company_name',
    label: 'duplicates.rule.account.company_name',
    fields: ['name'],
    keys: (v) => keysOf(companyNameKey, text(v, 'name')),
  },
  {
    name: 'email_domain',
    label: 'duplicates.rule.account.email_domain',
    fields: ['email'],
    keys: (v) => keysOf(emailDomainKey, text(v, 'email')),
  },
  {
    name: 'phone',
    label: 'duplicates.rule.account.phone',
    fields: ['phone'],
    keys: (v) => keysOf(phoneKey, text(v, 'phone')),
  },
];

const CONTACT_RULES: readonly DuplicateRule[] = [
  {
    name: 'email',
    label: 'duplicates.rule.contact.email',
    fields: ['email'],
    keys: (v) => keysOf(emailKey, text(v, 'email')),
  },
  {
    name: 'phone',
    label: 'duplicates.rule.contact.phone',
    fields: ['business_phone', 'mobile_phone'],
    keys: (v) => keysOf(phoneKey, text(v, 'business_phone'), text(v, 'mobile_phone')),
  },
  {
    name: 'person_name',
    label: 'duplicates.rule.contact.person_name',
    fields: ['first_name', 'last_name'],
    keys: (v) => {
      const key = personNameKey(text(v, 'first_name'), text(v, 'last_name'));
      return key === null ? [] : [key];
    },
  },
];

/** Record types with duplicate detection (and merge), by entity name. */
const DUPLICATE_RULES: Readonly<Record<string, readonly DuplicateRule[]>> = {
  account: ACCOUNT_RULES,
  contact: CONTACT_RULES,
};

/** The rules of a record type; empty for types without duplicate detection. */
export function duplicateRulesOf(entity: string): readonly DuplicateRule[] {
  return Object.prototype.hasOwnProperty.call(DUPLICATE_RULES, entity) ? (DUPLICATE_RULES[entity] ?? []) : [];
}

/** Whether a record type declares duplicate detection, and so may be merged. */
export function hasDuplicateRules(entity: string): boolean {
  return duplicateRulesOf(entity).length > 0;
}

export function deduplicatedEntities(): string[] {
  return Object.keys(DUPLICATE_RULES);
}

export interface DuplicateKey {
  readonly rule: string;
  readonly key: string;
}

/** Every match key of a record's values. */
export function duplicateKeysOf(entity: string, values: RecordValues): DuplicateKey[] {
  return duplicateRulesOf(entity).flatMap((rule) => rule.keys(values).map((key) => ({ rule: rule.name, key })));
}

/** Whether changing these fields can change the record's keys. */
export function touchesDuplicateRules(entity: string, fields: Iterable<string>): boolean {
  const watched = new Set(duplicateRulesOf(entity).flatMap((r) => r.fields));
  for (const field of fields) if (watched.has(field)) return true;
  return false;
}
