import { describe, expect, it } from 'vitest';
import { count, openBackend, peek, tempDataDir } from './helpers';
import { createCatalog } from './sales-fixtures';

const NOW = Date.parse('2026-03-16T10:00:00Z');

async function setup() {
  const dir = tempDataDir();
  const backend = openBackend(dir, { now: () => NOW });
  const catalog = await createCatalog(backend);
  const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Contoso' } });
  const opp = await backend.ok('records.create', {
    entity: 'opportunity',
    values: { name: 'Deal', customer: `account:${account.id}`, price_list_id: catalog.priceListId },
  });
  return { dir, backend, catalog, account, opp, db: peek(dir) };
}

describe('sales: bad input is refused with a message naming what to do, and nothing is half-done', () => {
  it('refuses bad line quantities, products outside the price list and products not for sale', async () => {
    const { backend, catalog, opp, db } = await setup();
    const document = `opportunity:${opp.id}`;
    const line = (quantity: string, unitId = catalog.each) => ({
      document,
      line: { kind: 'catalog', productId: catalog.productId, unitId, quantity },
    });
    for (const [quantity, key] of [
      ['0', 'validation.pricing.quantity_not_positive'],
      ['-3', 'validation.pricing.quantity_not_positive'],
      ['1.5', 'validation.pricing.quantity_whole'],
    ] as const) {
      const error = await backend.fail('lines.save', line(quantity));
      expect(error.issues?.map((i) => [i.path.join('.'), i.messageKey])).toEqual([['line.quantity', key]]);
    }
    // Priced per Each and per Case, not per Six-pack.
    const missing = await backend.fail('lines.save', line('2', catalog.sixPack));
    expect(missing.issues?.[0]).toMatchObject({
      messageKey: 'validation.pricing.not_in_price_list',
      params: { unit: 'Six-pack' },
    });
    // A draft product is not for sale until it is made Active; a retired one no longer is.
    for (const [status, key] of [
      ['draft', 'sales.lines.product_draft'],
      ['retired', 'sales.lines.product_retired'],
    ] as const) {
      await backend.ok('records.update', { entity: 'product', id: catalog.productId, values: { status } });
      const refused = await backend.fail('lines.save', line('2'));
      expect(refused.messageKey).toBe(key);
    }
    expect(count(db, 'sales_line')).toBe(0);
    expect(count(db, 'outbox', "entity = 'sales_line'")).toBe(0);
  });

  it('refuses a price list in another currency and overlapping discount ranges', async () => {
    const { backend, catalog, opp, db } = await setup();
    const euros = await backend.ok('records.create', {
      entity: 'price_list',
      values: { name: 'Euro list', currency: 'EUR' },
    });
    const error = await backend.fail('records.update', {
      entity: 'opportunity',
      id: opp.id,
      values: { price_list_id: euros.id },
    });
    expect(error.issues?.[0]).toMatchObject({
      path: ['values', 'price_list_id'],
      messageKey: 'validation.pricing.currency_mismatch',
      params: { priceListCurrency: 'EUR', currency: 'USD' },
    });
    expect((await backend.ok('records.get', { entity: 'opportunity', id: opp.id })).values['price_list_id']).toBe(
      catalog.priceListId,
    );

    const before = count(db, 'discount_range');
    const overlap = await backend.fail('records.create', {
      entity: 'discount_range',
      values: { discount_list_id: catalog.discountListId, begin_quantity: '50', end_quantity: '150', amount: '7' },
    });
    expect(overlap.issues?.[0]?.messageKey).toBe('validation.pricing.range_overlap');
    expect(count(db, 'discount_range')).toBe(before);
  });

  it('refuses edits of an active quote and a closed opportunity, closing twice and converting a lost quote', async () => {
    const { backend, opp } = await setup();
    const quote = await backend.ok('quotes.fromOpportunity', { opportunityId: opp.id });
    await backend.ok('quotes.activate', { id: quote.id });
    const edit = await backend.fail('records.update', {
      entity: 'quote',
      id: quote.id,
      values: { description: 'changed' },
    });
    expect(edit.issues?.[0]?.messageKey).toBe('sales.quote.locked');
    const typedStatus = await backend.fail('records.update', {
      entity: 'quote',
      id: quote.id,
      values: { status: 'won' },
    });
    expect(typedStatus.issues?.[0]?.messageKey).toBe('validation.command_field');

    await backend.ok('quotes.lose', { id: quote.id });
    expect((await backend.fail('quotes.win', { id: quote.id })).messageKey).toBe('sales.quote.convert_lost');
    expect((await backend.fail('quotes.close', { id: quote.id })).messageKey).toBe('sales.quote.already_closed');

    // The opportunity has no open quote left (the lost one is closed): it closes without asking.
    await backend.ok('opportunities.close', {
      outcome: 'lost',
      id: opp.id,
      reason: 'out_sold',
      actualCloseDate: '2026-03-16',
      closeQuotes: false,
    });
    const closedEdit = await backend.fail('records.update', {
      entity: 'opportunity',
      id: opp.id,
      values: { name: 'Renamed' },
    });
    expect(closedEdit.issues?.[0]?.messageKey).toBe('sales.opportunity.read_only');
    const twice = await backend.fail('opportunities.close', {
      outcome: 'won',
      id: opp.id,
      actualCloseDate: '2026-03-16',
      closeQuotes: true,
    });
    expect(twice.messageKey).toBe('sales.opportunity.closed');
    // Reopen, and the deal can be edited again.
    await backend.ok('opportunities.reopen', { id: opp.id });
    await backend.ok('records.update', { entity: 'opportunity', id: opp.id, values: { name: 'Renamed' } });
  });

  it('asks before closing open quotes, and a refused qualify creates nothing', async () => {
    const { backend, opp, db } = await setup();
    await backend.ok('quotes.fromOpportunity', { opportunityId: opp.id });
    const ask = await backend.fail('opportunities.close', {
      outcome: 'won',
      id: opp.id,
      actualCloseDate: '2026-03-16',
      closeQuotes: false,
    });
    expect(ask).toMatchObject({ messageKey: 'sales.opportunity.open_quotes', params: { count: 1 } });
    const closed = await backend.ok('opportunities.close', {
      outcome: 'won',
      id: opp.id,
      actualCloseDate: '2026-03-16',
      closeQuotes: true,
    });
    expect(closed.closedQuotes).toBe(1);
    expect(count(db, 'quote', "status = 'closed' AND status_reason = 'canceled'")).toBe(1);

    const lead = await backend.ok('records.create', {
      entity: 'lead',
      values: { topic: 'No company', last_name: 'Ivanov' },
    });
    const accounts = count(db, 'account');
    const contacts = count(db, 'contact');
    const refused = await backend.fail('leads.qualify', {
      id: lead.id,
      account: { mode: 'new' },
      contact: { mode: 'new' },
      createOpportunity: true,
    });
    expect(refused.messageKey).toBe('sales.lead.no_company');
    expect([count(db, 'account'), count(db, 'contact')]).toEqual([accounts, contacts]);
    expect((await backend.ok('records.get', { entity: 'lead', id: lead.id })).values['status']).toBe('new');
    const bySelf = await backend.fail('records.update', {
      entity: 'lead',
      id: lead.id,
      values: { status: 'qualified' },
    });
    expect(bySelf.issues?.[0]?.messageKey).toBe('sales.lead.use_commands');
  });
});
