import type { HandlerRegistry } from '../../backend/registry';
import { getRecord } from '../records/get-record';
import type { WriteContext } from '../records/write-context';
import {
  activate,
  cancel,
  cancelInvoiceCommand,
  close,
  documentFromOpportunity,
  fulfill,
  invoiceFromOrder,
  lockOrderPrices,
  lose,
  markPaid,
  pay,
  revise,
  today,
  unlockOrderPrices,
  win,
} from './document-commands';
import { deleteLine, documentLines, saveLine } from './lines';
import { disqualify, qualify, reactivate } from './lead-commands';
import { closeOpportunity, moveStage, reopen } from './opportunity-commands';
import { readSalesSettings, updateSalesSettings } from './sales-settings';

export function registerSalesHandlers(registry: HandlerRegistry): void {
  registry.register('sales.settings', (_input, ctx) => readSalesSettings(ctx.session.store().db));
  registry.register('sales.updateSettings', (input, ctx) => updateSalesSettings(ctx.session.store().db, input));

  registry.register('leads.qualify', (input, ctx) => qualify(ctx.session.store().writer, input));
  registry.register('leads.disqualify', (input, ctx) => {
    const store = ctx.session.store();
    disqualify(store.writer, input.id, input.reason);
    return getRecord(store.db, 'lead', input.id);
  });
  registry.register('leads.reactivate', (input, ctx) => {
    const store = ctx.session.store();
    reactivate(store.writer, input.id);
    return getRecord(store.db, 'lead', input.id);
  });

  registry.register('opportunities.close', (input, ctx) => closeOpportunity(ctx.session.store().writer, input));
  registry.register('opportunities.reopen', (input, ctx) => {
    const store = ctx.session.store();
    reopen(store.writer, input.id);
    return getRecord(store.db, 'opportunity', input.id);
  });
  registry.register('opportunities.moveStage', (input, ctx) => {
    const store = ctx.session.store();
    moveStage(store.writer, input.id, input.stage);
    return getRecord(store.db, 'opportunity', input.id);
  });

  registry.register('quotes.fromOpportunity', (input, ctx) =>
    documentFromOpportunity(ctx.session.store().writer, input.opportunityId, 'quote'),
  );
  registry.register('orders.fromOpportunity', (input, ctx) =>
    documentFromOpportunity(ctx.session.store().writer, input.opportunityId, 'sales_order'),
  );

  const step = (
    method:
      | 'quotes.activate'
      | 'quotes.lose'
      | 'quotes.close'
      | 'orders.lockPrices'
      | 'orders.unlockPrices'
      | 'orders.cancel'
      | 'invoices.cancel'
      | 'invoices.markPaid',
    entity: string,
    run: (writer: WriteContext, id: string) => void,
  ) =>
    registry.register(method, (input, ctx) => {
      const store = ctx.session.store();
      run(store.writer, input.id);
      return getRecord(store.db, entity, input.id);
    });
  step('quotes.activate', 'quote', activate);
  step('quotes.lose', 'quote', lose);
  step('quotes.close', 'quote', close);
  step('orders.lockPrices', 'sales_order', lockOrderPrices);
  step('orders.unlockPrices', 'sales_order', unlockOrderPrices);
  step('orders.cancel', 'sales_order', cancel);
  step('invoices.cancel', 'invoice', cancelInvoiceCommand);
  step('invoices.markPaid', 'invoice', (writer, id) => markPaid(writer, id, today(writer)));

  registry.register('quotes.win', (input, ctx) => win(ctx.session.store().writer, input.id));
  registry.register('quotes.revise', (input, ctx) => revise(ctx.session.store().writer, input.id));
  registry.register('orders.createInvoice', (input, ctx) => invoiceFromOrder(ctx.session.store().writer, input.id));
  registry.register('orders.fulfill', (input, ctx) => {
    const store = ctx.session.store();
    fulfill(store.writer, input.id, input.date, input.partial);
    return getRecord(store.db, 'sales_order', input.id);
  });
  registry.register('invoices.recordPayment', (input, ctx) => {
    const store = ctx.session.store();
    pay(store.writer, input.id, input.amount, input.date);
    return getRecord(store.db, 'invoice', input.id);
  });

  registry.register('lines.list', (input, ctx) => documentLines(ctx.session.store().writer, input.document));
  registry.register('lines.save', (input, ctx) => {
    const writer = ctx.session.store().writer;
    saveLine(writer, input.document, input.line);
    return documentLines(writer, input.document);
  });
  registry.register('lines.delete', (input, ctx) => {
    const writer = ctx.session.store().writer;
    deleteLine(writer, input.document, input.id);
    return documentLines(writer, input.document);
  });
}
