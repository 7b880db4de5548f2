import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../../entities';
import { CATALOGS, messageAt } from '../../i18n';
import { DUPLICATE_KEYS_VERSION, duplicateKeysOf, duplicateRulesOf, touchesDuplicateRules } from './rules';

describe('duplicate rules', () => {
  it('are declared for accounts and contacts, over fields they really have', () => {
    expect(duplicateRulesOf('account').map((r) => r.name)).toEqual(['company_name', 'email_domain', 'phone']);
    expect(duplicateRulesOf('contact').map((r) => r.name)).toEqual(['email', 'phone', 'person_name']);
    expect(duplicateRulesOf('activity')).toEqual([]);
    expect(duplicateRulesOf('toString')).toEqual([]);
    for (const entity of ENTITIES) {
      const names = new Set(entity.fields.map((f) => f.name));
      for (const rule of duplicateRulesOf(entity.name)) for (const field of rule.fields) expect(names).toContain(field);
    }
  });

  it('explain each match in every language', () => {
    for (const entity of ENTITIES) {
      for (const rule of duplicateRulesOf(entity.name)) {
        for (const [lang, catalog] of Object.entries(CATALOGS)) {
          expect(messageAt(catalog, rule.label), `${lang}: ${rule.label}`).toBeTruthy();
        }
      }
    }
  });

  it('give an account keys for its name, company e-mail domain and phone', () => {
    expect(
      duplicateKeysOf('account', { name: 'Contoso Ltd', email: 'info@contoso.com', phone: '+1 555 0100 123' }),
    ).toEqual([
      { rule: 'company_name', key: 'contoso' },
      { rule: 'email_domain', key: 'contoso.com' },
      { rule: 'phone', key: '5550100123' },
    ]);
    expect(duplicateKeysOf('account', { name: 'Contoso', email: 'contoso@gmail.com', phone: null })).toEqual([
      { rule: 'company_name', key: 'contoso' },
    ]);
  });

  it('give a contact one phone key per distinct number', () => {
    const keys = duplicateKeysOf('contact', {
      first_name: 'Anna',
      last_name: 'Berg',
      email: 'Anna.Berg@Contoso.com',
      business_phone: '+49 30 1234567',
      mobile_phone: '030 1234567',
    });
    expect(keys).toEqual([
      { rule: 'email', key: 'anna.berg@contoso.com' },
      { rule: 'phone', key: '301234567' },
      { rule: 'person_name', key: 'anna|berg' },
    ]);
  });

  it('know which fields can change a match', () => {
    expect(touchesDuplicateRules('contact', ['job_title', 'mobile_phone'])).toBe(true);
    expect(touchesDuplicateRules('contact', ['job_title'])).toBe(false);
    expect(touchesDuplicateRules('activity', ['subject'])).toBe(false);
  });

  // Stored keys are rebuilt only when the version changes. If this fails
  // because a rule now gives other keys, bump DUPLICATE_KEYS_VERSION and
  // record the new keys here together with the new version.
  it('pin the keys of this version', () => {
    const samples = [
      duplicateKeysOf('account', { name: 'ООО «Ромашка»', email: 'x@romashka.ru', phone: '8 (495) 123-45-67' }),
      duplicateKeysOf('contact', {
        first_name: 'Пётр',
        last_name: 'Ершов',
        email: null,
        mobile_phone: '+7 916 1234567 доб. 5',
      }),
    ];
    expect({ version: DUPLICATE_KEYS_VERSION, samples }).toEqual({
      version: 1,
      samples: [
        [
          { rule: 'company_name', key: 'ромашка' },
          { rule: 'email_domain', key: 'romashka.ru' },
          { rule: 'phone', key: '4951234567' },
        ],
        [
          { rule: 'phone', key: '9161234567x5' },
          { rule: 'person_name', key: 'ершов|петр' },
        ],
      ],
    });
  });
});
