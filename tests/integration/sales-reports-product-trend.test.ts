import { describe, expect, it } from 'vitest';
import type { TestBackend } from './helpers';
import { account, salesBackend } from './sales-reports-fixtures';

/** Each product's invoiced sales by month, from the lines of invoices that are not canceled. */

async function create(b: TestBackend, entity: string, values: Record<string, unknown>): Promise<string> {
  return (await b.ok('records.create', { entity, values })).id;
}

async function catalog(b: TestBackend) {
  const group = await create(b, 'unit_group', { name: 'Drinks', base_unit_name: 'Each' });
  const units = await b.ok('records.list', {
    entity: 'unit',
    filters: [{ field: 'unit_group_id', op: 'eq', value: group }],
    columns: ['name'],
    sort: { field: 'display_name', dir: 'asc' },
    limit: 10,
  });
  const each = units.rows[0]!.id;
  const sixPack = await create(b, 'unit', { name: 'Six-pack', unit_group_id: group, quantity: 6, base_unit_id: each });
  // A case is two six-packs: 12 each, through the chain.
  const box = await create(b, 'unit', { name: 'Case', unit_group_id: group, quantity: 2, base_unit_id: sixPack });
  const cola = await create(b, 'product', {
    product_number: 'COLA',
    name: 'Cola',
    unit_group_id: group,
    default_unit_id: each,
    currency: 'USD',
    list_price: '1.5',
    status: 'active',
  });
  const lemonade = await create(b, 'product', {
    product_number: 'LEMON',
    name: 'Lemonade',
    unit_group_id: group,
    default_unit_id: each,
    currency: 'USD',
    list_price: '2',
    status: 'active',
  });
  const usd = await create(b, 'price_list', { name: 'Retail', currency: 'USD' });
  const item = (product: string, unit: string, amount: string) =>
    create(b, 'price_list_item', {
      price_list_id: usd,
      product_id: product,
      unit_id: unit,
      pricing_method: 'currency_amount',
      amount,
    });
  await item(cola, each, '1.5');
  await item(cola, box, '15');
  await item(lemonade, each, '2');
  return { each, box, cola, lemonade, usd };
}

describe('the product trend', () => {
  it('adds up invoiced quantities in base units and amounts by month, leaving out canceled invoices', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const { each, box, cola, lemonade, usd } = await catalog(b);
    const invoice = (name: string, date: string, extra: Record<string, unknown> = {}) =>
      create(b, 'invoice', { name, customer: `account:${acme}`, invoice_date: date, ...extra });
    const line = (id: string, line: Record<string, unknown>) =>
      b.ok('lines.save', { document: `invoice:${id}`, line: { taxPercent: '10', ...line } });

    const jan = await invoice('January', '2026-01-15', { price_list_id: usd });
    await line(jan, { kind: 'catalog', productId: cola, unitId: box, quantity: '2' }); // 24 each, 30.00
    await line(jan, { kind: 'catalog', productId: cola, unitId: each, quantity: '5', manualDiscount: '0.5' }); // 7.00
    await line(jan, { kind: 'write_in', name: 'Installation', pricePerUnit: '100', quantity: '1' });
    const feb = await invoice('February', '2026-02-03', { price_list_id: usd });
    await line(feb, { kind: 'catalog', productId: lemonade, unitId: each, quantity: '3' }); // 6.00
    // 80 EUR at 0.8 EUR per USD: 100 USD.
    const euros = await invoice('Euros', '2026-02-20', { currency: 'EUR' });
    await line(euros, { kind: 'write_in', name: 'Installation', pricePerUnit: '40', quantity: '2' });
    const canceled = await invoice('Canceled', '2026-02-21', { price_list_id: usd });
    await line(canceled, { kind: 'catalog', productId: cola, unitId: each, quantity: '1000' });
    await b.ok('invoices.cancel', { id: canceled });
    const outside = await invoice('April', '2026-04-01', { price_list_id: usd });
    await line(outside, { kind: 'catalog', productId: cola, unitId: each, quantity: '1' });

    const trend = await b.ok('salesReports.productTrend', { from: '2026-01', months: 3 });
    expect(trend.months).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(
      trend.rows.map((r) => [
        r.name,
        r.product?.id ?? null,
        r.unit,
        r.months.map((m) => [m.quantity, m.amount]),
        r.quantity,
        r.amount,
      ]),
    ).toEqual([
      [
        'Installation',
        null,
        null,
        [
          ['1', '100'],
          ['2', '100'],
          ['0', '0'],
        ],
        '3',
        '200',
      ],
      [
        'Cola',
        cola,
        'Each',
        [
          ['29', '37'],
          ['0', '0'],
          ['0', '0'],
        ],
        '29',
        '37',
      ],
      [
        'Lemonade',
        lemonade,
        'Each',
        [
          ['0', '0'],
          ['3', '6'],
          ['0', '0'],
        ],
        '3',
        '6',
      ],
    ]);
    expect(trend.rows[1]!.product).toEqual({ id: cola, name: 'Cola', number: 'COLA' });
    expect(trend.byMonth).toEqual([
      { month: '2026-01', amount: '137' },
      { month: '2026-02', amount: '106' },
      { month: '2026-03', amount: '0' },
    ]);
    expect(trend.amount).toBe('243');
    expect(trend.unconverted).toEqual([]);
  });
});
