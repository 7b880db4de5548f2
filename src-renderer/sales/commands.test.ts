import { describe, expect, it } from 'vitest';
import { CATALOGS, messageAt } from '../../src-shared/i18n';
import { isSalesRecordLocked, SALES_COMMANDS, salesCommandsFor } from './commands';

describe('sales commands on the form', () => {
  it('offer Qualify and Disqualify on an open lead, Reactivate on a closed one', () => {
    expect(salesCommandsFor('lead', { status: 'new' })).toEqual(['qualify', 'disqualify']);
    expect(salesCommandsFor('lead', { status: 'contacted' })).toEqual(['qualify', 'disqualify']);
    expect(salesCommandsFor('lead', { status: 'qualified' })).toEqual(['reactivate']);
    expect(salesCommandsFor('lead', { status: 'disqualified' })).toEqual(['reactivate']);
    expect(isSalesRecordLocked('lead', { status: 'new' })).toBe(false);
    expect(isSalesRecordLocked('lead', { status: 'qualified' })).toBe(true);
  });

  it('offer closing on an open opportunity and only Reopen on a closed one', () => {
    expect(salesCommandsFor('opportunity', { status: 'open' })).toEqual(['close_won', 'close_lost', 'new_quote']);
    expect(salesCommandsFor('opportunity', { status: 'won' })).toEqual(['reopen']);
    expect(salesCommandsFor('opportunity', { status: 'lost' })).toEqual(['reopen']);
    expect(isSalesRecordLocked('opportunity', { status: 'open' })).toBe(false);
    expect(isSalesRecordLocked('opportunity', { status: 'won' })).toBe(true);
  });

  it('follow the life of a quote', () => {
    expect(salesCommandsFor('quote', { status: 'draft' })).toEqual(['activate', 'close_quote']);
    expect(salesCommandsFor('quote', { status: 'active', quote_number: 'Q-1', revision: 0 })).toEqual([
      'win',
      'lose',
      'revise',
      'close_quote',
    ]);
    expect(salesCommandsFor('quote', { status: 'won' })).toEqual([]);
    expect(salesCommandsFor('quote', { status: 'lost' })).toEqual(['revise']);
    expect(salesCommandsFor('quote', { status: 'closed' })).toEqual(['revise']);
    expect(isSalesRecordLocked('quote', { status: 'draft' })).toBe(false);
    expect(isSalesRecordLocked('quote', { status: 'active' })).toBe(true);
  });

  it('lock or unlock an open order, and offer nothing but an invoice once it is fulfilled', () => {
    expect(salesCommandsFor('sales_order', { status: 'active', prices_locked: false })).toEqual([
      'lock_prices',
      'fulfill',
      'create_invoice',
      'cancel_order',
    ]);
    expect(salesCommandsFor('sales_order', { status: 'partially_fulfilled', prices_locked: true })).toEqual([
      'unlock_prices',
      'fulfill',
      'create_invoice',
      'cancel_order',
    ]);
    expect(salesCommandsFor('sales_order', { status: 'fulfilled', prices_locked: true })).toEqual(['create_invoice']);
    expect(salesCommandsFor('sales_order', { status: 'canceled', prices_locked: false })).toEqual([]);
    expect(isSalesRecordLocked('sales_order', { status: 'active' })).toBe(false);
    expect(isSalesRecordLocked('sales_order', { status: 'fulfilled' })).toBe(true);
  });

  it('take payments on an unpaid invoice and cancel only one without payments', () => {
    const active = { status: 'active', total_amount: '100', amount_paid: null };
    expect(salesCommandsFor('invoice', active)).toEqual(['record_payment', 'mark_paid', 'cancel_invoice']);
    expect(salesCommandsFor('invoice', { ...active, status: 'partially_paid', amount_paid: '40' })).toEqual([
      'record_payment',
      'mark_paid',
    ]);
    expect(salesCommandsFor('invoice', { ...active, status: 'paid', amount_paid: '100' })).toEqual([]);
    expect(salesCommandsFor('invoice', { ...active, status: 'canceled' })).toEqual([]);
    expect(isSalesRecordLocked('invoice', active)).toBe(false);
    expect(isSalesRecordLocked('invoice', { ...active, status: 'partially_paid' })).toBe(true);
  });

  it('offer nothing on other record types', () => {
    expect(salesCommandsFor('account', { status: 'open' })).toEqual([]);
    expect(isSalesRecordLocked('account', { status: 'won' })).toBe(false);
  });
});

describe('sales command labels', () => {
  // Built from the command's name at run time, so the literal-key test cannot see them.
  const keys = [
    ...SALES_COMMANDS.map((c) => `sales_form.command.${c}`),
    ...['account', 'contact'].flatMap((part) => [
      `sales_form.qualify.${part}`,
      `sales_form.qualify.${part}_existing`,
      `sales_form.qualify.${part}_none`,
      `sales_form.qualify.possible_${part}s`,
    ]),
  ];

  it.each(Object.keys(CATALOGS) as (keyof typeof CATALOGS)[])('all exist in %s', (lang) => {
    expect(keys.filter((key) => messageAt(CATALOGS[lang], key) === undefined)).toEqual([]);
  });
});
