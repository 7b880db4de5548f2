import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src-shared/entities';
import { changedValues, createValues, initialDraft, splitIssues } from './form-values';

const account = getEntity('account');
const contact = getEntity('contact');
const ID = '0190f3a2-1c2d-7abc-8def-0123456789ab';

describe('record form values', () => {
  it('sends only fields whose normalised value changed', () => {
    const original = { name: 'Acme', employees: 1000, annual_revenue: '1500.5', phone: null };
    const draft = { name: 'Acme ', employees: '1000', annual_revenue: '1500.50', phone: '+1 555 0100' };
    expect(changedValues(account, draft, original)).toEqual({ phone: '+1 555 0100' });
  });

  it('sends a cleared field as null', () => {
    expect(changedValues(account, { email: '' }, { email: 'a@b.co' })).toEqual({ email: '' });
  });

  it('passes invalid input through so validation can report it', () => {
    expect(changedValues(account, { employees: 'many' }, { employees: 5 })).toEqual({ employees: 'many' });
  });

  it('creates with every non-empty field only', () => {
    expect(createValues(contact, { last_name: 'Petrova', first_name: ' ', do_not_email: false, email: null })).toEqual({
      last_name: 'Petrova',
      do_not_email: false,
    });
  });

  it('starts a new form from link prefill and the current user as owner', () => {
    expect(initialDraft(contact, { account_id: ID, do_not_phone: 'true' }, 'u1')).toEqual({
      account_id: ID,
      do_not_phone: true,
      owner_id: 'u1',
    });
  });

  it('puts each field issue beside its field and keeps the others apart', () => {
    const issues = [
      { path: ['values', 'email'], messageKey: 'validation.email', message: 'bad' },
      { path: ['values', 'email'], messageKey: 'validation.too_long', message: 'long' },
      { path: ['entity'], messageKey: 'validation.choice', message: 'no' },
    ];
    const { byField, other } = splitIssues(issues);
    expect(byField['email']?.messageKey).toBe('validation.email');
    expect(other).toHaveLength(1);
  });
});

describe('record form values of list fields', () => {
  const activity = getEntity('activity');
  it('compares lists by their items and prefills them from a comma-separated link', () => {
    const refs = [`contact:${ID}`];
    expect(changedValues(activity, { to: [`contact:${ID}`] }, { to: refs })).toEqual({});
    expect(changedValues(activity, { to: [] }, { to: refs })).toEqual({ to: [] });
    expect(createValues(activity, { subject: 'x', to: [] })).toEqual({ subject: 'x' });
    const draft = initialDraft(activity, { to: `contact:${ID},account:${ID}`, activity_type: 'phone_call' }, null);
    expect(draft).toMatchObject({ activity_type: 'phone_call', to: [`contact:${ID}`, `account:${ID}`] });
    // Field defaults fill the rest of a new form.
    expect(draft).toMatchObject({ status: 'open', priority: 'normal', direction: 'outgoing' });
  });
});
