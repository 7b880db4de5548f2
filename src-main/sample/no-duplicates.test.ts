import { describe, expect, it } from 'vitest';
import { duplicateKeysOf } from '../../src-shared/rules/duplicates';
import { generateAccounts, generateContacts, generateSampleCompany, type SampleRecord } from './generate';

/**
 * Duplicate detection must stay quiet on the sample company: a warning
 * there should only ever come from a duplicate someone typed.
 */

function clashes(entity: string, records: readonly SampleRecord[]): string[] {
  const owners = new Map<string, string>();
  const found: string[] = [];
  for (const record of records) {
    for (const { rule, key } of duplicateKeysOf(entity, record.values)) {
      const seen = owners.get(`${rule}=${key}`);
      if (seen !== undefined && seen !== record.id) found.push(`${rule}=${key}`);
      else owners.set(`${rule}=${key}`, record.id);
    }
  }
  return found;
}

describe('the sample data and duplicate detection', () => {
  it('has no accounts or contacts that the duplicate rules would match', () => {
    const company = generateSampleCompany();
    expect(clashes('account', company.accounts)).toEqual([]);
    expect(clashes('contact', company.contacts)).toEqual([]);
  });

  // Names are re-drawn a few times on a clash, then accepted: a rare one remains.
  it('keeps the first thousands of streamed records apart, but for a rare clash', () => {
    const accounts = [...generateAccounts(1_000, 7)];
    const contacts = [
      ...generateContacts(
        5_000,
        accounts.map((a) => a.id),
        7,
      ),
    ];
    expect(clashes('account', accounts).length).toBeLessThan(5);
    expect(clashes('contact', contacts).length).toBeLessThan(5);
  });
});
