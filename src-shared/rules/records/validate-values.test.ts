import { describe, expect, it } from 'vitest';
import { getEntity } from '../../entities';
import { isApplicable } from './applies-to';
import { displayNameOf, issue, sameFieldValue, validateField, validateValues } from './validate-values';

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

describe('the field types of activities', () => {
  const activity = getEntity('activity');
  const f = (name: string) => field(activity, name);

  it('normalise list values and check every item', () => {
    expect(validateField(f('recurrence_weekdays'), ['fri', 'mon', 'fri'])).toEqual({ value: ['mon', 'fri'] });
    expect(validateField(f('recurrence_weekdays'), [])).toEqual({ value: null });
    expect(validateField(f('recurrence_weekdays'), ['mon', 'noday'])).toMatchObject({
      issue: { messageKey: 'validation.choice' },
    });
    expect(validateField(f('to'), [`contact:${UUID.toUpperCase()}`, `user:${UUID}`])).toEqual({
      value: [`contact:${UUID}`, `user:${UUID}`],
    });
    expect(validateField(f('organizer'), [`contact:${UUID}`])).toMatchObject({
      issue: { messageKey: 'validation.id' },
    });
    expect(
      validateField(
        f('to'),
        Array.from({ length: 201 }, (_, i) => `user:${UUID.slice(0, -3)}${String(i).padStart(3, '0')}`),
      ),
    ).toMatchObject({
      issue: { messageKey: 'validation.too_many', params: { max: 200 } },
    });
    expect(validateField(f('regarding'), `activity:${UUID}`)).toMatchObject({ issue: { messageKey: 'validation.id' } });
  });

  it('tells lists apart from single values when comparing', () => {
    expect(sameFieldValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameFieldValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameFieldValue(null, undefined)).toBe(true);
    expect(sameFieldValue('a', ['a'])).toBe(false);
  });

  it('checks only the fields that apply, requires those that do, and clears those that stop applying', () => {
    const task = validateValues(activity, { activity_type: 'task', subject: 'x', phone_number: 'bad!' }, 'create');
    expect(task).toEqual({ values: { activity_type: 'task', subject: 'x' }, issues: [] });
    const series = validateValues(activity, { activity_type: 'recurring_appointment', subject: 'x' }, 'create');
    expect(series.issues.map((i) => i.path[1])).toEqual(['recurrence_frequency']);
    const stored = {
      activity_type: 'recurring_appointment',
      recurrence_frequency: 'weekly',
      recurrence_weekdays: ['mon'],
    };
    expect(validateValues(activity, { recurrence_frequency: 'daily' }, 'update', stored).values).toEqual({
      recurrence_frequency: 'daily',
      recurrence_weekdays: null,
    });
    // A field that starts to apply and is required must come along.
    expect(
      validateValues(activity, { recurrence_end: 'count' }, 'update', {
        ...stored,
        recurrence_end: 'never',
      }).issues.map((i) => [i.path[1], i.messageKey]),
    ).toEqual([['recurrence_count', 'validation.required']]);
    expect(
      isApplicable(activity, f('recurrence_weekdays'), { activity_type: 'task', recurrence_frequency: 'weekly' }),
    ).toBe(false);
  });

  it('refuses a choice that does not fit the choice it depends on', () => {
    const outcome = validateValues(activity, { status_reason: 'sent' }, 'update', {
      status: 'open',
      status_reason: 'open',
    });
    expect(outcome.issues.map((i) => i.messageKey)).toEqual(['validation.choice_mismatch']);
    expect(validateValues(activity, { status_reason: 'waiting' }, 'update', { status: 'open' }).issues).toEqual([]);
  });
});
