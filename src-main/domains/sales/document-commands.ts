import type { CreatedDocument, LookupRef, RecordValues, WonQuote } from '../../../src-shared/api';
import { formatRef } from '../../../src-shared/rules/records/field-formats';
import {
  activateQuote,
  DOCUMENT_FIELDS_CARRIED,
  cancelInvoice,
  cancelOrder,
  checkCreateInvoice,
  closeQuote,
  fulfillOrder,
  lockPrices,
  loseQuote,
  markPaidInFull,
  recordPayment,
  reviseQuote,
  unlockPrices,
  winQuote,
  type InvoiceState,
  type OrderState,
  type QuoteStatus,
} from '../../../src-shared/rules/sales';
import { findRecord, notFound, type StoredRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { copyLines, recalculateTotals, repriceLines } from './lines';
import { NUMBERING } from './number-series';
import { loadOpportunity } from './opportunity-commands';
import { allowed, refusal } from './rule-errors';

/**
 * The steps of quotes, orders and invoices. Every conversion (opportunity to
 * quote or order, quote to order, a quote's revision, order to invoice)
 * creates the new document with the values it carries and copies every line
 * exactly as priced, then adds up the copy, in one transaction: the new
 * document's total is the old one's to the cent.
 */

function loadLive(ctx: WriteContext, entity: string, id: string): StoredRecord {
  const record = findRecord(ctx.db, recordTable(entity), id);
  if (!record || record.deletedAt !== null) throw notFound(entity, id);
  return record;
}

function carried(values: RecordValues, fields: readonly string[]): RecordValues {
  const out: RecordValues = {};
  for (const f of fields) if (values[f] !== null && values[f] !== undefined) out[f] = values[f];
  return out;
}

function today(ctx: WriteContext): string {
  const d = new Date(ctx.now());
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Creates a document from another one's values and copies its lines. */
function convert(
  ctx: WriteContext,
  from: { entity: string; record: StoredRecord },
  to: string,
  values: RecordValues,
): CreatedDocument {
  const { id } = mutateRecord(ctx, { op: 'create', entity: to, values, command: true });
  copyLines(ctx, formatRef(from.entity, from.record.id), formatRef(to, id));
  recalculateTotals(ctx, formatRef(to, id));
  const created = loadLive(ctx, to, id);
  const numberField = NUMBERING[to]?.field;
  return { entity: to, id, number: numberField ? String(created.values[numberField] ?? '') : '' };
}

export function documentFromOpportunity(
  ctx: WriteContext,
  opportunityId: string,
  to: 'quote' | 'sales_order',
): CreatedDocument {
  return ctx.db.transaction(() => {
    const opportunity = loadOpportunity(ctx, opportunityId);
    if (opportunity.values['status'] !== 'open')
      throw refusal('sales.opportunity.closed', { status: String(opportunity.values['status']) });
    return convert(ctx, { entity: 'opportunity', record: opportunity }, to, {
      ...carried(opportunity.values, DOCUMENT_FIELDS_CARRIED),
      opportunity_id: opportunity.id,
      ...(to === 'quote' ? { effective_from: today(ctx) } : {}),
    });
  });
}

function quoteStatus(record: StoredRecord): QuoteStatus {
  return record.values['status'] as QuoteStatus;
}

function setValues(ctx: WriteContext, entity: string, id: string, values: object): void {
  mutateRecord(ctx, { op: 'update', entity, id, values: { ...values } as RecordValues, command: true });
}

export function activate(ctx: WriteContext, id: string): void {
  const quote = loadLive(ctx, 'quote', id);
  setValues(ctx, 'quote', id, allowed(activateQuote({ status: quoteStatus(quote) })));
}

export function lose(ctx: WriteContext, id: string): void {
  const quote = loadLive(ctx, 'quote', id);
  setValues(ctx, 'quote', id, allowed(loseQuote({ status: quoteStatus(quote) })));
}

export function close(ctx: WriteContext, id: string): void {
  const quote = loadLive(ctx, 'quote', id);
  setValues(ctx, 'quote', id, allowed(closeQuote({ status: quoteStatus(quote) })));
}

export function revise(ctx: WriteContext, id: string): CreatedDocument {
  return ctx.db.transaction(() => {
    const quote = loadLive(ctx, 'quote', id);
    const changes = allowed(
      reviseQuote({
        status: quoteStatus(quote),
        quote_number: String(quote.values['quote_number'] ?? ''),
        revision: Number(quote.values['revision'] ?? 0),
      }),
    );
    if (Object.keys(changes.original).length > 0) setValues(ctx, 'quote', id, changes.original);
    return convert(ctx, { entity: 'quote', record: quote }, 'quote', {
      ...carried(quote.values, [...DOCUMENT_FIELDS_CARRIED, 'effective_from', 'effective_to']),
      ...changes.revision,
    });
  });
}

export function win(ctx: WriteContext, id: string): WonQuote {
  return ctx.db.transaction(() => {
    const quote = loadLive(ctx, 'quote', id);
    const changes = allowed(
      winQuote({
        ...quote.values,
        id,
        status: quoteStatus(quote),
        opportunity_id: typeof quote.values['opportunity_id'] === 'string' ? quote.values['opportunity_id'] : null,
        lines: [],
      }),
    );
    setValues(ctx, 'quote', id, changes.quote);
    // The order keeps the quoted prices: they are what the customer accepted.
    // The rule decides what the order carries; the lines are copied as priced by `convert`.
    const { lines: _lines, ...orderValues } = changes.order;
    const order = convert(ctx, { entity: 'quote', record: quote }, 'sales_order', {
      ...carried(orderValues as RecordValues, Object.keys(orderValues)),
      exchange_rate: quote.values['exchange_rate'] ?? null,
      prices_locked: true,
    });
    let opportunity: LookupRef | null = null;
    if (changes.offerToCloseOpportunityId) {
      const record = findRecord(ctx.db, recordTable('opportunity'), changes.offerToCloseOpportunityId);
      if (record && record.deletedAt === null && record.values['status'] === 'open')
        opportunity = { id: record.id, name: record.displayName };
    }
    return { order, opportunity };
  });
}

function orderState(record: StoredRecord): OrderState {
  return {
    status: record.values['status'] as OrderState['status'],
    prices_locked: record.values['prices_locked'] === true,
  };
}

export function lockOrderPrices(ctx: WriteContext, id: string): void {
  const order = loadLive(ctx, 'sales_order', id);
  setValues(ctx, 'sales_order', id, allowed(lockPrices(orderState(order))));
}

export function unlockOrderPrices(ctx: WriteContext, id: string): void {
  ctx.db.transaction(() => {
    const order = loadLive(ctx, 'sales_order', id);
    allowed(unlockPrices(orderState(order)));
    setValues(ctx, 'sales_order', id, { prices_locked: false });
    repriceLines(ctx, formatRef('sales_order', id));
  });
}

export function fulfill(ctx: WriteContext, id: string, date: string, partial: boolean): void {
  const order = loadLive(ctx, 'sales_order', id);
  setValues(ctx, 'sales_order', id, allowed(fulfillOrder(orderState(order), { partly: partial, date })));
}

export function cancel(ctx: WriteContext, id: string): void {
  const order = loadLive(ctx, 'sales_order', id);
  setValues(ctx, 'sales_order', id, allowed(cancelOrder(orderState(order))));
}

export function invoiceFromOrder(ctx: WriteContext, id: string): CreatedDocument {
  return ctx.db.transaction(() => {
    const order = loadLive(ctx, 'sales_order', id);
    allowed(checkCreateInvoice(orderState(order)));
    return convert(ctx, { entity: 'sales_order', record: order }, 'invoice', {
      ...carried(order.values, DOCUMENT_FIELDS_CARRIED),
      order_id: id,
      invoice_date: today(ctx),
      payment_terms: order.values['payment_terms'] ?? 'net_30',
    });
  });
}

function invoiceState(record: StoredRecord): InvoiceState {
  const v = record.values;
  return {
    status: v['status'] as InvoiceState['status'],
    total_amount: typeof v['total_amount'] === 'string' ? v['total_amount'] : '0',
    amount_paid: typeof v['amount_paid'] === 'string' ? v['amount_paid'] : null,
  };
}

export function pay(ctx: WriteContext, id: string, amount: string, date: string): void {
  const invoice = loadLive(ctx, 'invoice', id);
  const changes = allowed(recordPayment(invoiceState(invoice), amount));
  setValues(ctx, 'invoice', id, { ...changes, date_paid: date });
}

export function markPaid(ctx: WriteContext, id: string, date: string): void {
  const invoice = loadLive(ctx, 'invoice', id);
  setValues(ctx, 'invoice', id, { ...allowed(markPaidInFull(invoiceState(invoice))), date_paid: date });
}

export function cancelInvoiceCommand(ctx: WriteContext, id: string): void {
  const invoice = loadLive(ctx, 'invoice', id);
  setValues(ctx, 'invoice', id, allowed(cancelInvoice(invoiceState(invoice))));
}

export { today };
