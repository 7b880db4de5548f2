import { describe, expect, it } from 'vitest';
import { getEntity } from '../../entities';
import { defaultMergeChoices, mergeableFields, mergedChanges, unknownMergeFields } from './merge-choices';

const account = getEntity('account');

describe('merge choices', () => {
  const master = { name: 'Contoso', phone: null, email: 'info@contoso.com', industry: null };
  const subordinate = { name: 'Contoso Inc', phone: '+1 555 0100', email: 'sales@contoso.com', industry: 'retail' };

  it('default to the master where it has a value, else the subordinate', () => {
    const choices = defaultMergeChoices(account, master, subordinate);
    expect(choices).toMatchObject({ name: 'master', phone: 'subordinate', email: 'master', industry: 'subordinate' });
    expect(Object.keys(choices)).toEqual(mergeableFields(account).map((f) => f.name));
  });

  it('change the master only where the chosen value differs from its own', () => {
    expect(mergedChanges(account, master, subordinate, {})).toEqual({ phone: '+1 555 0100', industry: 'retail' });
    expect(mergedChanges(account, master, subordinate, { name: 'subordinate', industry: 'master' })).toEqual({
      name: 'Contoso Inc',
      phone: '+1 555 0100',
    });
    expect(mergedChanges(account, { ...master, phone: '1' }, subordinate, { phone: 'master' })).toEqual({
      industry: 'retail',
    });
  });

  it('choosing an empty value of the subordinate clears the master', () => {
    expect(mergedChanges(account, master, { ...subordinate, email: null }, { email: 'subordinate' })).toMatchObject({
      email: null,
    });
  });

  it('name the choices that are not fields', () => {
    expect(unknownMergeFields(account, { name: 'master', nope: 'subordinate', id: 'master' })).toEqual(['nope', 'id']);
  });
});
