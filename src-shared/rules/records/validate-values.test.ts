import { describe, expect, it } from 'vitest';
import { getEntity } from '../../entities';
import { displayNameOf, issue, validateField, validateValues } from './validate-values';

const account = getEntity('account');
const contact = getEntity('contact');
const field = (entity: typeof account, name: string) => {
  const f = entity.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const UUID = '0190b5a2-5d5e-7c5a-8f5e-1234567890ab';

describe('validateValues', () => {
  it('normalises: trims text, empty becomes null, money canonical, ids lower-case', () => {
    const { values, issues } = validateValues(
      account,
      { name: '  Acme  ', phone: '', annual_revenue: '0012.50', parent_account_id: UUID.toUpperCase() },
      'create',
    );
    expect(issues).toEqual([]);
    expect(values).toEqual({ name: 'Acme', phone: null, annual_revenue: '12.5', parent_account_id: UUID });
  });

  it('requires required fields on create, with the field path', () => {
    const { issues } = validateValues(account, { phone: '555 0100' }, 'create');
    expect(issues).toEqual([
      { path: ['values', 'name'], messageKey: 'validation.required', message: 'This field is required.' },
    ]);
  });

  it('checks only the fields sent on update, but a required field may not be emptied', () => {
    expect(validateValues(account, { phone: '555 0100' }, 'update').issues).toEqual([]);
    expect(validateValues(account, { name: '   ' }, 'update').issues.map((i) => i.messageKey)).toEqual([
      'validation.required',
    ]);
  });

  it('reports every bad field at once', () => {
    const { issues } = validateValues(
      contact,
      { last_name: 'x'.repeat(51), email: 'nope', birthday: '2023-02-30', do_not_email: 'yes', bogus: 1 },
      'create',
    );
    expect(issues.map((i) => [i.path.join('.'), i.messageKey])).toEqual([
      ['values.last_name', 'validation.too_long'],
      ['values.email', 'validation.email'],
      ['values.birthday', 'validation.date'],
      ['values.do_not_email', 'validation.boolean'],
      ['values.bogus', 'validation.unknown_field'],
    ]);
    expect(issues[0]?.params).toEqual({ max: 50 });
    expect(issues[0]?.message).toBe('Use at most 50 characters.');
  });
});

describe('validateField', () => {
  it('accepts integers given as numbers or digit strings, within bounds', () => {
    const employees = field(account, 'employees');
    expect(validateField(employees, 12)).toEqual({ value: 12 });
    expect(validateField(employees, ' 12 ')).toEqual({ value: 12 });
    expect(validateField(employees, 1.5)).toMatchObject({ issue: { messageKey: 'validation.integer' } });
    expect(validateField(employees, -1)).toMatchObject({ issue: { messageKey: 'validation.min', params: { min: 0 } } });
    expect(validateField(employees, 10_000_001)).toMatchObject({ issue: { messageKey: 'validation.max' } });
  });

  it('accepts only listed choices', () => {
    const type = field(account, 'relationship_type');
    expect(validateField(type, 'customer')).toEqual({ value: 'customer' });
    expect(validateField(type, 'friend')).toMatchObject({ issue: { messageKey: 'validation.choice' } });
  });

  it('accepts only ids for lookups and users', () => {
    expect(validateField(field(contact, 'account_id'), 'acme')).toMatchObject({
      issue: { messageKey: 'validation.id' },
    });
    expect(validateField(field(contact, 'owner_id'), UUID)).toEqual({ value: UUID });
  });

  it('refuses values of the wrong type', () => {
    expect(validateField(field(contact, 'first_name'), 12)).toMatchObject({ issue: { messageKey: 'validation.type' } });
    expect(validateField(field(account, 'annual_revenue'), true)).toMatchObject({
      issue: { messageKey: 'validation.money' },
    });
  });
});

describe('issue and displayNameOf', () => {
  it('falls back to the key for an unknown message', () => {
    expect(issue('x', 'validation.something_new').message).toBe('validation.something_new');
  });

  it('joins the display-name fields that have a value', () => {
    expect(displayNameOf(contact, { first_name: 'Anna', last_name: 'Petrova' })).toBe('Anna Petrova');
    expect(displayNameOf(contact, { first_name: null, last_name: 'Petrova' })).toBe('Petrova');
    expect(displayNameOf(account, { name: 'Acme' })).toBe('Acme');
  });
});
