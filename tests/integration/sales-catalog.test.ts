import { describe, expect, it } from 'vitest';
import { count, openBackend, peek, tempDataDir } from './helpers';
import { createCatalog } from './sales-fixtures';

const NOW = Date.parse('2026-03-16T10:00:00Z');

describe('sales: catalog records checked against each other', () => {
  it('gives a unit group its base unit and keeps units, products and items within their groups', async () => {
    const dir = tempDataDir();
    const backend = openBackend(dir, { now: () => NOW });
    const catalog = await createCatalog(backend);
    const other = await backend.ok('records.create', {
      entity: 'unit_group',
      values: { name: 'Time', base_unit_name: 'Hour' },
    });
    const hours = await backend.ok('records.lookup', {
      entity: 'unit',
      text: '',
      where: { field: 'unit_group_id', value: other.id },
    });
    expect(hours.map((u) => u.name)).toEqual(['Hour']);
    const bottles = await backend.ok('records.lookup', {
      entity: 'unit',
      text: 'ca',
      where: { field: 'unit_group_id', value: catalog.unitGroupId },
    });
    expect(bottles.map((u) => u.name)).toEqual(['Case']);

    const crossGroup = await backend.fail('records.create', {
      entity: 'unit',
      values: { name: 'Day', unit_group_id: other.id, quantity: 8, base_unit_id: catalog.each },
    });
    expect(crossGroup.issues?.[0]?.messageKey).toBe('sales.catalog.unit_other_group');
    const wrongDefault = await backend.fail('records.update', {
      entity: 'product',
      id: catalog.productId,
      values: { default_unit_id: hours[0]?.id },
    });
    expect(wrongDefault.issues?.[0]?.messageKey).toBe('sales.catalog.unit_other_group');
    const baseKept = await backend.fail('records.delete', { entity: 'unit', id: catalog.each });
    expect(baseKept.issues?.[0]?.messageKey).toBe('sales.catalog.base_unit_kept');
    const typedBase = await backend.fail('records.update', {
      entity: 'unit',
      id: catalog.each,
      values: { is_base: false },
    });
    expect(typedBase.issues?.[0]?.messageKey).toBe('validation.command_field');

    const duplicate = await backend.fail('records.create', {
      entity: 'price_list_item',
      values: {
        price_list_id: catalog.priceListId,
        product_id: catalog.productId,
        unit_id: catalog.each,
        pricing_method: 'currency_amount',
        amount: '2',
      },
    });
    expect(duplicate.issues?.[0]?.messageKey).toBe('sales.catalog.item_duplicate');
    const euroDiscount = await backend.ok('records.create', {
      entity: 'discount_list',
      values: { name: 'Euro off', discount_type: 'amount', currency: 'EUR' },
    });
    const wrongCurrency = await backend.fail('records.create', {
      entity: 'price_list_item',
      values: {
        price_list_id: catalog.priceListId,
        product_id: catalog.productId,
        unit_id: catalog.sixPack,
        pricing_method: 'currency_amount',
        amount: '7',
        discount_list_id: euroDiscount.id,
      },
    });
    expect(wrongCurrency.issues?.[0]).toMatchObject({
      messageKey: 'sales.catalog.discount_currency',
      params: { currency: 'USD', discountCurrency: 'EUR' },
    });
    expect(count(peek(dir), 'price_list_item', 'deleted_at IS NULL')).toBe(2);
  });
});

describe('sales: numbers, revisions, price locks and currencies', () => {
  it('numbers documents per series and year, revises under the same number, and reprices only unlocked orders', async () => {
    const backend = openBackend(tempDataDir(), { now: () => NOW });
    const catalog = await createCatalog(backend);
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Fabrikam' } });
    const order = await backend.ok('records.create', {
      entity: 'sales_order',
      values: { name: 'Direct order', customer: `account:${account.id}`, price_list_id: catalog.priceListId },
    });
    expect(order.values['order_number']).toBe('ORD-2026-00001');
    const document = `sales_order:${order.id}`;
    await backend.ok('lines.save', {
      document,
      line: { kind: 'catalog', productId: catalog.productId, unitId: catalog.each, quantity: '4' },
    });
    const draft = await backend.ok('records.create', {
      entity: 'quote',
      values: { name: 'Draft on the same list', customer: `account:${account.id}`, price_list_id: catalog.priceListId },
    });
    await backend.ok('lines.save', {
      document: `quote:${draft.id}`,
      line: { kind: 'catalog', productId: catalog.productId, unitId: catalog.each, quantity: '4' },
    });
    await backend.ok('orders.lockPrices', { id: order.id });
    const item = await backend.ok('records.list', {
      entity: 'price_list_item',
      filters: [{ field: 'unit_id', op: 'eq', value: catalog.each }],
    });
    const itemId = item.rows[0]?.id as string;
    await backend.ok('records.update', { entity: 'price_list_item', id: itemId, values: { amount: '2' } });
    // A new price reprices the draft quote on that list, not the locked order.
    expect((await backend.ok('lines.list', { document: `quote:${draft.id}` })).totals.totalAmount).toBe('8');
    let lines = await backend.ok('lines.list', { document });
    expect(lines.totals.totalAmount).toBe('5');
    await backend.ok('orders.unlockPrices', { id: order.id });
    lines = await backend.ok('lines.list', { document });
    expect(lines.lines[0]?.pricePerUnit).toBe('2');
    expect(lines.totals.totalAmount).toBe('8');

    const q1 = await backend.ok('records.create', {
      entity: 'quote',
      values: { name: 'First', customer: `account:${account.id}` },
    });
    const q2 = await backend.ok('records.create', {
      entity: 'quote',
      values: { name: 'Second', customer: `account:${account.id}` },
    });
    expect([q1.values['quote_number'], q2.values['quote_number']]).toEqual(['Q-2026-00002', 'Q-2026-00003']);
    await backend.ok('quotes.activate', { id: q1.id });
    const revision = await backend.ok('quotes.revise', { id: q1.id });
    const revised = await backend.ok('records.get', { entity: 'quote', id: revision.id });
    expect(revised.values).toMatchObject({ quote_number: 'Q-2026-00002', revision: 1, status: 'draft' });
    const original = await backend.ok('records.get', { entity: 'quote', id: q1.id });
    expect(original.values).toMatchObject({ status: 'closed', status_reason: 'revised' });
  });

  it('keeps each document in one currency with its exchange rate, and totals in the base currency', async () => {
    const backend = openBackend(tempDataDir(), { now: () => NOW });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Tehran Trading' } });
    const noRate = await backend.fail('records.create', {
      entity: 'quote',
      values: { name: 'In rials', customer: `account:${account.id}`, currency: 'IRR' },
    });
    expect(noRate).toMatchObject({ messageKey: 'sales.settings.no_rate', params: { currency: 'IRR', base: 'USD' } });
    await backend.ok('sales.updateSettings', { exchangeRates: { IRR: '42000' } });
    const quote = await backend.ok('records.create', {
      entity: 'quote',
      values: { name: 'In rials', customer: `account:${account.id}`, currency: 'IRR' },
    });
    expect(quote.values['exchange_rate']).toBe('42000');
    const lines = await backend.ok('lines.save', {
      document: `quote:${quote.id}`,
      line: { kind: 'write_in', name: 'Carpet', quantity: '3', pricePerUnit: '14000000' },
    });
    expect(lines.totals).toMatchObject({ totalAmount: '42000000', totalAmountBase: '1000' });
    const fraction = await backend.fail('lines.save', {
      document: `quote:${quote.id}`,
      line: { kind: 'write_in', name: 'Tea', quantity: '1', pricePerUnit: '10.5' },
    });
    expect(fraction.issues?.[0]).toMatchObject({ messageKey: 'validation.pricing.too_many_decimals' });
    // A later rate does not change the document: it keeps the rate it used.
    await backend.ok('sales.updateSettings', { exchangeRates: { IRR: '50000' } });
    const again = await backend.ok('records.get', { entity: 'quote', id: quote.id });
    expect(again.values['total_amount_base']).toBe('1000');
  });
});

describe('sales settings', () => {
  it('refuses unknown currencies, bad rates and renamed stages, and keeps what was saved', async () => {
    const backend = openBackend(tempDataDir(), { now: () => NOW });
    const bad = await backend.fail('sales.updateSettings', {
      baseCurrency: 'XYZ',
      exchangeRates: { EUR: '-1', RUB: '1.23456' },
      stages: [{ stage: 'qualify', probability: 120 }],
      defaultTaxPercent: '101',
    });
    expect(bad.issues?.map((i) => [i.path.join('.'), i.messageKey])).toEqual([
      ['baseCurrency', 'sales.settings.unknown_currency'],
      ['exchangeRates.EUR', 'sales.settings.rate_invalid'],
      ['exchangeRates.RUB', 'sales.settings.rate_invalid'],
      ['stages', 'sales.opportunity.probability_range'],
      ['defaultTaxPercent', 'sales.document.percent_range'],
    ]);
    const renamed = await backend.fail('sales.updateSettings', { stages: [{ stage: 'negotiate', probability: 50 }] });
    expect(renamed.issues?.[0]?.messageKey).toBe('sales.settings.unknown_stage');
    const saved = await backend.ok('sales.updateSettings', {
      baseCurrency: 'EUR',
      exchangeRates: { USD: '1.08' },
      stages: [
        { stage: 'qualify', probability: 5 },
        { stage: 'develop', probability: 30 },
        { stage: 'propose', probability: 60 },
        { stage: 'close', probability: 85 },
      ],
      defaultTaxPercent: '19',
    });
    expect(saved).toMatchObject({ baseCurrency: 'EUR', exchangeRates: { USD: '1.08' }, defaultTaxPercent: '19' });
    // A new opportunity takes the configured probability of its stage, and a stage move the next one's.
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Northwind' } });
    const opp = await backend.ok('records.create', {
      entity: 'opportunity',
      values: { name: 'Deal', customer: `account:${account.id}` },
    });
    expect(opp.values).toMatchObject({ probability: 5, currency: 'EUR', exchange_rate: '1' });
    const moved = await backend.ok('opportunities.moveStage', { id: opp.id, stage: 'propose' });
    expect(moved.values).toMatchObject({ sales_stage: 'propose', probability: 60 });
    const typed = await backend.ok('records.update', {
      entity: 'opportunity',
      id: opp.id,
      values: { sales_stage: 'close' },
    });
    expect(typed.values['probability']).toBe(85);
  });
});

describe('sales: bundles', () => {
  it('prices a bundle from its components, or at its own price, and names a component the list lacks', async () => {
    const backend = openBackend(tempDataDir(), { now: () => NOW });
    const catalog = await createCatalog(backend);
    const bundle = await backend.ok('records.create', {
      entity: 'product',
      values: {
        product_number: 'KIT-1',
        name: 'Party kit',
        structure: 'bundle',
        unit_group_id: catalog.unitGroupId,
        default_unit_id: catalog.each,
        currency: 'USD',
        status: 'active',
      },
    });
    expect(bundle.values['bundle_pricing']).toBe('components');
    for (const [unit, quantity] of [
      [catalog.each, '6'],
      [catalog.case, '1'],
    ] as const)
      await backend.ok('records.create', {
        entity: 'bundle_item',
        values: { bundle_id: bundle.id, product_id: catalog.productId, unit_id: unit, quantity },
      });
    const account = await backend.ok('records.create', { entity: 'account', values: { name: 'Contoso' } });
    const quote = await backend.ok('records.create', {
      entity: 'quote',
      values: { name: 'Kits', customer: `account:${account.id}`, price_list_id: catalog.priceListId },
    });
    const document = `quote:${quote.id}`;
    // 6 x 1.25 + 1 Case at 12.95 = 20.45 a kit.
    const lines = await backend.ok('lines.save', {
      document,
      line: { kind: 'catalog', productId: bundle.id, unitId: catalog.each, quantity: '2' },
    });
    expect(lines.lines[0]).toMatchObject({ pricePerUnit: '20.45', amount: '40.9', productName: 'Party kit' });

    const water = await backend.ok('records.create', {
      entity: 'product',
      values: {
        product_number: 'W-200',
        name: 'Sparkling water',
        unit_group_id: catalog.unitGroupId,
        default_unit_id: catalog.each,
        currency: 'USD',
        status: 'active',
      },
    });
    await backend.ok('records.create', {
      entity: 'bundle_item',
      values: { bundle_id: bundle.id, product_id: water.id, unit_id: catalog.each, quantity: '1' },
    });
    const missing = await backend.fail('lines.save', {
      document,
      line: { kind: 'catalog', productId: bundle.id, unitId: catalog.each, quantity: '1' },
    });
    expect(missing.issues?.[0]).toMatchObject({
      messageKey: 'validation.pricing.bundle_component_missing',
      params: { product: 'Sparkling water', unit: 'Each' },
    });

    // At its own price, the bundle needs (and uses) an item of its own.
    await backend.ok('records.update', { entity: 'product', id: bundle.id, values: { bundle_pricing: 'own_price' } });
    await backend.ok('records.create', {
      entity: 'price_list_item',
      values: {
        price_list_id: catalog.priceListId,
        product_id: bundle.id,
        unit_id: catalog.each,
        pricing_method: 'currency_amount',
        amount: '19.99',
      },
    });
    const own = await backend.ok('lines.list', { document });
    expect(own.lines[0]).toMatchObject({ pricePerUnit: '19.99', amount: '39.98' });
  });
});
