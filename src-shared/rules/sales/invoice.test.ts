import { describe, expect, it } from 'vitest';
import { cancelInvoice, checkInvoiceEdit, dueDate, markPaidInFull, recordPayment, type InvoiceStatus } from './invoice';

const invoice = (status: InvoiceStatus, amount_paid: string | null = null) => ({
  status,
  total_amount: '1000.10',
  amount_paid,
});
const key = (r: { ok: boolean; issue?: { messageKey: string } }) => (r.ok ? null : r.issue?.messageKey);

describe('invoice due date', () => {
  it('follows the payment terms in calendar days, across months and leap years', () => {
    expect(dueDate('2026-01-20', 'due_on_receipt')).toBe('2026-01-20');
    expect(dueDate('2026-01-20', 'net_15')).toBe('2026-02-04');
    expect(dueDate('2026-01-31', 'net_30')).toBe('2026-03-02');
    expect(dueDate('2028-02-01', 'net_45')).toBe('2028-03-17');
    expect(dueDate('2026-11-15', 'net_60')).toBe('2027-01-14');
  });

  it('rejects an impossible invoice date', () => {
    expect(() => dueDate('2026-02-30', 'net_30')).toThrow(RangeError);
  });
});

describe('invoice payments', () => {
  it('accumulates partial payments exactly, then becomes paid when the total is reached', () => {
    const first = recordPayment(invoice('active'), '400.05');
    expect(first).toEqual({ ok: true, changes: { status: 'partially_paid', amount_paid: '400.05' } });
    const second = recordPayment(invoice('partially_paid', '400.05'), '0.1');
    expect(second).toEqual({ ok: true, changes: { status: 'partially_paid', amount_paid: '400.15' } });
    expect(recordPayment(invoice('partially_paid', '400.15'), '599.95')).toEqual({
      ok: true,
      changes: { status: 'paid', amount_paid: '1000.1' },
    });
  });

  it('refuses a payment above what is still owed, naming the outstanding amount', () => {
    expect(recordPayment(invoice('partially_paid', '400'), '600.2')).toEqual({
      ok: false,
      issue: { messageKey: 'sales.invoice.overpaid', params: { outstanding: '600.1' } },
    });
  });

  it('refuses a zero, negative or malformed payment, and paying a paid or canceled invoice', () => {
    for (const amount of ['0', '-5', 'ten', ''])
      expect(key(recordPayment(invoice('active'), amount)), amount).toBe('sales.invoice.payment_positive');
    expect(key(recordPayment(invoice('paid', '1000.1'), '1'))).toBe('sales.invoice.not_payable');
    expect(key(recordPayment(invoice('canceled'), '1'))).toBe('sales.invoice.not_payable');
  });

  it('marks paid in full from active or partly paid', () => {
    expect(markPaidInFull(invoice('partially_paid', '10'))).toEqual({
      ok: true,
      changes: { status: 'paid', amount_paid: '1000.1' },
    });
    expect(key(markPaidInFull(invoice('paid', '1000.1')))).toBe('sales.invoice.not_payable');
  });
});

describe('invoice cancel and edit', () => {
  it('cancels an active invoice only', () => {
    expect(cancelInvoice(invoice('active'))).toEqual({ ok: true, changes: { status: 'canceled' } });
    expect(key(cancelInvoice(invoice('partially_paid', '5')))).toBe('sales.invoice.cancel_with_payments');
    expect(key(cancelInvoice(invoice('paid')))).toBe('sales.invoice.not_payable');
    expect(key(cancelInvoice(invoice('canceled')))).toBe('sales.invoice.not_payable');
  });

  it('is edited only while active without payments', () => {
    expect(checkInvoiceEdit(invoice('active')).ok).toBe(true);
    for (const status of ['partially_paid', 'paid', 'canceled'] as const)
      expect(key(checkInvoiceEdit(invoice(status)))).toBe('sales.invoice.read_only');
  });
});
