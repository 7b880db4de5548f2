import { isDate } from '../records/field-formats';
import { moneyFromUnits, moneyUnits } from './money';
import { allow, refuse, type Transition } from './transition';

/**
 * The life of an invoice (Dynamics 365 Sales): active until it is paid, in
 * part (amount paid accumulates) and then in full, or canceled. The due
 * date follows from the invoice date and the payment terms.
 */

export const INVOICE_STATUSES = ['active', 'partially_paid', 'paid', 'canceled'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const PAYMENT_TERMS = ['due_on_receipt', 'net_15', 'net_30', 'net_45', 'net_60'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

const TERM_DAYS: Readonly<Record<PaymentTerms, number>> = {
  due_on_receipt: 0,
  net_15: 15,
  net_30: 30,
  net_45: 45,
  net_60: 60,
};

/** The due date (`YYYY-MM-DD`) of an invoice dated `invoiceDate`; calendar days, as "Net N" means. */
export function dueDate(invoiceDate: string, terms: PaymentTerms): string {
  if (!isDate(invoiceDate)) throw new RangeError(`Not a date: ${invoiceDate}`);
  const [y, m, d] = invoiceDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + TERM_DAYS[terms])).toISOString().slice(0, 10);
}

export interface InvoiceState {
  readonly status: InvoiceStatus;
  readonly total_amount: string;
  readonly amount_paid: string | null;
}

export interface PaymentChanges {
  readonly status: 'partially_paid' | 'paid';
  readonly amount_paid: string;
}

function isPayable(status: InvoiceStatus): boolean {
  return status === 'active' || status === 'partially_paid';
}

export function checkInvoiceEdit(invoice: Pick<InvoiceState, 'status'>): Transition<null> {
  return invoice.status === 'active' ? allow(null) : refuse('sales.invoice.read_only', { status: invoice.status });
}

/** Records a payment of `amount`; paying the rest makes the invoice paid in full. */
export function recordPayment(invoice: InvoiceState, amount: string): Transition<PaymentChanges> {
  if (!isPayable(invoice.status)) return refuse('sales.invoice.not_payable', { status: invoice.status });
  const paying = moneyUnits(amount);
  if (paying === null || paying <= 0n) return refuse('sales.invoice.payment_positive');
  const total = moneyUnits(invoice.total_amount) ?? 0n;
  const paid = (invoice.amount_paid === null ? 0n : moneyUnits(invoice.amount_paid)) ?? 0n;
  const outstanding = total - paid;
  if (paying > outstanding) return refuse('sales.invoice.overpaid', { outstanding: moneyFromUnits(outstanding) });
  const after = paid + paying;
  return allow({ status: after === total ? 'paid' : 'partially_paid', amount_paid: moneyFromUnits(after) });
}

/** Paid in full: whatever is still outstanding is recorded as paid. */
export function markPaidInFull(invoice: InvoiceState): Transition<PaymentChanges> {
  if (!isPayable(invoice.status)) return refuse('sales.invoice.not_payable', { status: invoice.status });
  return allow({ status: 'paid', amount_paid: moneyFromUnits(moneyUnits(invoice.total_amount) ?? 0n) });
}

/** An invoice with payments on it is not canceled: the money received would vanish from the books. */
export function cancelInvoice(invoice: Pick<InvoiceState, 'status'>): Transition<{ status: 'canceled' }> {
  if (invoice.status === 'partially_paid') return refuse('sales.invoice.cancel_with_payments');
  if (invoice.status !== 'active') return refuse('sales.invoice.not_payable', { status: invoice.status });
  return allow({ status: 'canceled' });
}
