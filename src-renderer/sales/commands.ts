import type { RecordValues } from '../../src-shared/api';
import {
  activateQuote,
  cancelInvoice,
  cancelOrder,
  checkCreateInvoice,
  checkInvoiceEdit,
  checkOrderEdit,
  checkQuoteEdit,
  closeQuote,
  fulfillOrder,
  isLeadOpen,
  isOpportunityClosed,
  lockPrices,
  loseQuote,
  markPaidInFull,
  reviseQuote,
  unlockPrices,
  type InvoiceStatus,
  type LeadStatus,
  type OpportunityStatus,
  type OrderStatus,
  type QuoteStatus,
} from '../../src-shared/rules/sales';

/**
 * Which sales lifecycle commands a record's form offers, and whether its
 * fields are read-only, decided by the same pure rules the backend applies
 * (src-shared/rules/sales), so a command is shown only when its status
 * allows it.
 */

export const SALES_COMMANDS = [
  'qualify',
  'disqualify',
  'reactivate',
  'close_won',
  'close_lost',
  'reopen',
  'new_quote',
  'activate',
  'revise',
  'win',
  'lose',
  'close_quote',
  'lock_prices',
  'unlock_prices',
  'fulfill',
  'create_invoice',
  'cancel_order',
  'record_payment',
  'mark_paid',
  'cancel_invoice',
] as const;
export type SalesCommand = (typeof SALES_COMMANDS)[number];

/** The record types with sales lifecycle commands. */
export const SALES_COMMAND_ENTITIES = ['lead', 'opportunity', 'quote', 'sales_order', 'invoice'] as const;

const text = (values: RecordValues, field: string, fallback: string) => {
  const value = values[field];
  return typeof value === 'string' && value !== '' ? value : fallback;
};

/** A valid date for asking the rules whether the status allows the step at all. */
const ANY_DATE = '2000-01-01';

export function salesCommandsFor(entity: string, values: RecordValues): SalesCommand[] {
  const commands: SalesCommand[] = [];
  const offer = (command: SalesCommand, allowed: boolean) => {
    if (allowed) commands.push(command);
  };
  switch (entity) {
    case 'lead': {
      const open = isLeadOpen(text(values, 'status', 'new') as LeadStatus);
      offer('qualify', open);
      offer('disqualify', open);
      offer('reactivate', !open);
      break;
    }
    case 'opportunity': {
      const closed = isOpportunityClosed(text(values, 'status', 'open') as OpportunityStatus);
      offer('close_won', !closed);
      offer('close_lost', !closed);
      offer('new_quote', !closed);
      offer('reopen', closed);
      break;
    }
    case 'quote': {
      const quote = {
        status: text(values, 'status', 'draft') as QuoteStatus,
        quote_number: text(values, 'quote_number', ''),
        revision: typeof values['revision'] === 'number' ? values['revision'] : 0,
      };
      offer('activate', activateQuote(quote).ok);
      offer('win', quote.status === 'active');
      offer('lose', loseQuote(quote).ok);
      offer('revise', reviseQuote(quote).ok);
      offer('close_quote', closeQuote(quote).ok);
      break;
    }
    case 'sales_order': {
      const order = {
        status: text(values, 'status', 'active') as OrderStatus,
        prices_locked: values['prices_locked'] === true,
      };
      offer('lock_prices', lockPrices(order).ok);
      offer('unlock_prices', unlockPrices(order).ok);
      offer('fulfill', fulfillOrder(order, { partly: false, date: ANY_DATE }).ok);
      offer('create_invoice', checkCreateInvoice(order).ok);
      offer('cancel_order', cancelOrder(order).ok);
      break;
    }
    case 'invoice': {
      const invoice = {
        status: text(values, 'status', 'active') as InvoiceStatus,
        total_amount: text(values, 'total_amount', '0'),
        amount_paid: typeof values['amount_paid'] === 'string' ? values['amount_paid'] : null,
      };
      const payable = markPaidInFull(invoice).ok;
      offer('record_payment', payable);
      offer('mark_paid', payable);
      offer('cancel_invoice', cancelInvoice(invoice).ok);
      break;
    }
  }
  return commands;
}

/** Whether the record's status keeps its fields as they are (only its commands, and Assign, change it). */
export function isSalesRecordLocked(entity: string, values: RecordValues): boolean {
  switch (entity) {
    case 'lead':
      return !isLeadOpen(text(values, 'status', 'new') as LeadStatus);
    case 'opportunity':
      return isOpportunityClosed(text(values, 'status', 'open') as OpportunityStatus);
    case 'quote':
      return !checkQuoteEdit({ status: text(values, 'status', 'draft') as QuoteStatus }).ok;
    case 'sales_order':
      return !checkOrderEdit({ status: text(values, 'status', 'active') as OrderStatus }).ok;
    case 'invoice':
      return !checkInvoiceEdit({ status: text(values, 'status', 'active') as InvoiceStatus }).ok;
    default:
      return false;
  }
}
