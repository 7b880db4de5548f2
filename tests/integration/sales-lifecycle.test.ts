import { describe, expect, it } from 'vitest';
import { count, openBackend, peek, tempDataDir } from './helpers';
import { createCatalog } from './sales-fixtures';

const NOW = Date.parse('2026-03-16T10:00:00Z');

describe('sales: lead to paid invoice through the commands', () => {
  it('qualifies a lead, prices lines, quotes, wins into an order and an invoice, and closes the deal', async () => {
    const dir = tempDataDir();
    const backend = openBackend(dir, { now: () => NOW });
    const catalog = await createCatalog(backend);

    const lead = await backend.ok('records.create', {
      entity: 'lead',
      values: {
        topic: 'Water for the office',
        first_name: 'Olga',
        last_name: 'Smirnova',
        company_name: 'Northwind Traders',
        email: 'olga@northwind.example',
        lead_source: 'trade_show',
        estimated_value: '5000',
      },
    });
    expect(lead.values['status']).toBe('new');
    // Leads are not customers: they are in their own table, never in account or contact lists.
    expect((await backend.ok('records.list', { entity: 'account' })).rows).toHaveLength(0);

    const qualified = await backend.ok('leads.qualify', {
      id: lead.id,
      account: { mode: 'new' },
      contact: { mode: 'new' },
      createOpportunity: true,
    });
    expect(qualified.account?.name).toBe('Northwind Traders');
    expect(qualified.contact?.name).toBe('Olga Smirnova');
    const oppId = qualified.opportunity?.id as string;
    const opp = await backend.ok('records.get', { entity: 'opportunity', id: oppId });
    expect(opp.values).toMatchObject({
      name: 'Water for the office',
      customer: `account:${qualified.account?.id}`,
      estimated_revenue: '5000',
      lead_source: 'trade_show',
      originating_lead_id: lead.id,
      status: 'open',
      sales_stage: 'qualify',
      probability: 10,
      currency: 'USD',
    });
    const closedLead = await backend.ok('records.get', { entity: 'lead', id: lead.id });
    expect(closedLead.values).toMatchObject({ status: 'qualified', qualified_opportunity_id: oppId });
    // A qualified lead is read-only.
    const edit = await backend.fail('records.update', { entity: 'lead', id: lead.id, values: { topic: 'x' } });
    expect(edit.issues?.[0]?.messageKey).toBe('sales.lead.read_only');

    await backend.ok('records.update', {
      entity: 'opportunity',
      id: oppId,
      values: { price_list_id: catalog.priceListId, revenue_mode: 'calculated' },
    });
    const doc = `opportunity:${oppId}`;
    let lines = await backend.ok('lines.save', {
      document: doc,
      line: { kind: 'catalog', productId: catalog.productId, unitId: catalog.each, quantity: '120', taxPercent: '10' },
    });
    // 120 x 1.25 = 150.00, 10% volume discount = 15.00, amount 135.00, tax 13.50
    expect(lines.lines[0]).toMatchObject({
      baseAmount: '150',
      volumeDiscount: '15',
      amount: '135',
      tax: '13.5',
      extendedAmount: '148.5',
    });
    lines = await backend.ok('lines.save', {
      document: doc,
      line: { kind: 'catalog', productId: catalog.productId, unitId: catalog.case, quantity: '2' },
    });
    expect(lines.lines[1]).toMatchObject({ pricePerUnit: '12.95', amount: '25.9' });
    lines = await backend.ok('lines.save', {
      document: doc,
      line: { kind: 'write_in', name: 'Delivery setup', quantity: '1', pricePerUnit: '40' },
    });
    expect(lines.totals).toMatchObject({ detailAmount: '200.9', totalTax: '13.5', totalAmount: '214.4' });
    const withTotals = await backend.ok('records.get', { entity: 'opportunity', id: oppId });
    expect(withTotals.values['estimated_revenue']).toBe('214.4');

    const quote = await backend.ok('quotes.fromOpportunity', { opportunityId: oppId });
    expect(quote.number).toBe('Q-2026-00001');
    const quoteLines = await backend.ok('lines.list', { document: `quote:${quote.id}` });
    expect(quoteLines.lines.map((l) => l.extendedAmount)).toEqual(lines.lines.map((l) => l.extendedAmount));
    expect(quoteLines.totals.totalAmount).toBe('214.4');

    await backend.ok('quotes.activate', { id: quote.id });
    const locked = await backend.fail('lines.save', {
      document: `quote:${quote.id}`,
      line: { kind: 'write_in', name: 'Extra', quantity: '1', pricePerUnit: '1' },
    });
    expect(locked.messageKey).toBe('sales.lines.not_editable_quote');
    const lockedEdit = await backend.fail('records.update', { entity: 'quote', id: quote.id, values: { name: 'x' } });
    expect(lockedEdit.issues?.[0]?.messageKey).toBe('sales.quote.locked');

    const won = await backend.ok('quotes.win', { id: quote.id });
    expect(won.order.number).toBe('ORD-2026-00001');
    expect(won.opportunity?.id).toBe(oppId);
    const order = await backend.ok('records.get', { entity: 'sales_order', id: won.order.id });
    expect(order.values).toMatchObject({
      status: 'active',
      prices_locked: true,
      total_amount: '214.4',
      quote_id: quote.id,
    });

    const invoice = await backend.ok('orders.createInvoice', { id: won.order.id });
    expect(invoice.number).toBe('INV-2026-00001');
    const invoiceRecord = await backend.ok('records.get', { entity: 'invoice', id: invoice.id });
    expect(invoiceRecord.values).toMatchObject({
      total_amount: '214.4',
      invoice_date: '2026-03-16',
      payment_terms: 'net_30',
      due_date: '2026-04-15',
      status: 'active',
    });
    const invoiceLines = await backend.ok('lines.list', { document: `invoice:${invoice.id}` });
    expect(invoiceLines.lines).toHaveLength(3);

    await backend.ok('invoices.recordPayment', { id: invoice.id, amount: '100', date: '2026-03-20' });
    const over = await backend.fail('invoices.recordPayment', { id: invoice.id, amount: '200', date: '2026-03-21' });
    expect(over.messageKey).toBe('sales.invoice.overpaid');
    const paid = await backend.ok('invoices.recordPayment', { id: invoice.id, amount: '114.4', date: '2026-03-21' });
    expect(paid.values).toMatchObject({ status: 'paid', amount_paid: '214.4', date_paid: '2026-03-21' });

    const closed = await backend.ok('opportunities.close', {
      outcome: 'won',
      id: oppId,
      actualCloseDate: '2026-03-21',
      closeQuotes: false,
    });
    expect(closed.accountBecameCustomer?.name).toBe('Northwind Traders');
    const account = await backend.ok('records.get', { entity: 'account', id: qualified.account?.id as string });
    expect(account.values['relationship_type']).toBe('customer');
    const again = await backend.fail('opportunities.close', {
      outcome: 'lost',
      id: oppId,
      reason: 'canceled',
      actualCloseDate: '2026-03-21',
      closeQuotes: true,
    });
    expect(again.messageKey).toBe('sales.opportunity.closed');

    // Every step went through the write path: audited and in the outbox.
    const db = peek(dir);
    expect(count(db, 'outbox', "entity = 'sales_line'")).toBeGreaterThan(0);
    expect(count(db, 'sales_line', 'deleted_at IS NULL')).toBe(12);
  });
});
