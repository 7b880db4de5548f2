import { describe, expect, it } from 'vitest';
import { accountValuesOfLead, contactValuesOfLead, initialQualifyChoice, qualifyInputOf } from './qualify';

const LEAD = '0190a0b0-0000-7000-8000-000000000001';
const ACCOUNT = '0190a0b0-0000-7000-8000-000000000002';
const lead = {
  topic: 'Forklifts',
  first_name: 'Ann',
  last_name: 'Lee',
  company_name: 'Northwind',
  email: 'ann@northwind.example',
  business_phone: '+1 555 0100',
};

describe('qualifying a lead', () => {
  it('starts by creating what the lead has the data for, and an opportunity', () => {
    expect(initialQualifyChoice(lead)).toEqual({
      account: { mode: 'new', id: null },
      contact: { mode: 'new', id: null },
      createOpportunity: true,
    });
    expect(initialQualifyChoice({ topic: 'Anonymous' })).toMatchObject({
      account: { mode: 'none' },
      contact: { mode: 'none' },
    });
  });

  it('compares the account and contact it would create with the duplicate rules’ fields', () => {
    expect(accountValuesOfLead(lead)).toEqual({
      name: 'Northwind',
      email: 'ann@northwind.example',
      phone: '+1 555 0100',
    });
    expect(contactValuesOfLead(lead)).toEqual({
      first_name: 'Ann',
      last_name: 'Lee',
      email: 'ann@northwind.example',
      business_phone: '+1 555 0100',
    });
    // A contact made from a lead with only a first name takes it as the last name too, as Qualify does.
    expect(contactValuesOfLead({ first_name: 'Ann' })).toEqual({ first_name: 'Ann', last_name: 'Ann' });
  });

  it('builds the command input', () => {
    const result = qualifyInputOf(LEAD, {
      account: { mode: 'existing', id: ACCOUNT },
      contact: { mode: 'new', id: null },
      createOpportunity: true,
    });
    expect(result).toEqual({
      ok: true,
      input: {
        id: LEAD,
        account: { mode: 'existing', id: ACCOUNT },
        contact: { mode: 'new' },
        createOpportunity: true,
      },
    });
  });

  it('refuses a link without a record, and an opportunity without a customer', () => {
    expect(
      qualifyInputOf(LEAD, {
        account: { mode: 'existing', id: null },
        contact: { mode: 'none', id: null },
        createOpportunity: false,
      }),
    ).toEqual({ ok: false, errors: { account: 'sales_form.qualify.need_account' } });
    expect(
      qualifyInputOf(LEAD, {
        account: { mode: 'none', id: null },
        contact: { mode: 'none', id: null },
        createOpportunity: true,
      }),
    ).toEqual({ ok: false, errors: { opportunity: 'sales_form.qualify.need_customer' } });
  });
});
