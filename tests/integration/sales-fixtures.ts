import type { TestBackend } from './helpers';

/**
 * A small catalog through the API, in the order the UI enforces: a unit
 * group (Each; Six-pack = 6 Each; Case = 12 Each), a product priced per Each
 * and per Case, a percentage volume discount (5% from 10 to 99, 10% from
 * 100), and a USD price list holding both items.
 */
export interface SalesCatalog {
  readonly unitGroupId: string;
  readonly each: string;
  readonly sixPack: string;
  readonly case: string;
  readonly productId: string;
  readonly discountListId: string;
  readonly priceListId: string;
}

export async function createCatalog(backend: TestBackend): Promise<SalesCatalog> {
  const group = await backend.ok('records.create', {
    entity: 'unit_group',
    values: { name: 'Bottles', base_unit_name: 'Each' },
  });
  const units = await backend.ok('records.list', {
    entity: 'unit',
    filters: [{ field: 'unit_group_id', op: 'eq', value: group.id }],
    columns: ['is_base'],
  });
  const each = units.rows[0]?.id as string;
  const sixPack = await backend.ok('records.create', {
    entity: 'unit',
    values: { name: 'Six-pack', unit_group_id: group.id, quantity: 6, base_unit_id: each },
  });
  const caseUnit = await backend.ok('records.create', {
    entity: 'unit',
    values: { name: 'Case', unit_group_id: group.id, quantity: 12, base_unit_id: each },
  });
  const product = await backend.ok('records.create', {
    entity: 'product',
    values: {
      product_number: 'W-100',
      name: 'Spring water 0.5 l',
      unit_group_id: group.id,
      default_unit_id: each,
      currency: 'USD',
      list_price: '1.20',
      standard_cost: '0.50',
      status: 'active',
    },
  });
  const discounts = await backend.ok('records.create', {
    entity: 'discount_list',
    values: { name: 'Volume', discount_type: 'percentage' },
  });
  for (const [begin, end, amount] of [
    ['10', '99', '5'],
    ['100', '100000', '10'],
  ])
    await backend.ok('records.create', {
      entity: 'discount_range',
      values: { discount_list_id: discounts.id, begin_quantity: begin, end_quantity: end, amount },
    });
  const priceList = await backend.ok('records.create', {
    entity: 'price_list',
    values: { name: 'Retail 2026', currency: 'USD', valid_from: '2026-01-01', valid_to: '2026-12-31' },
  });
  await backend.ok('records.create', {
    entity: 'price_list_item',
    values: {
      price_list_id: priceList.id,
      product_id: product.id,
      unit_id: each,
      pricing_method: 'currency_amount',
      amount: '1.25',
      discount_list_id: discounts.id,
    },
  });
  await backend.ok('records.create', {
    entity: 'price_list_item',
    values: {
      price_list_id: priceList.id,
      product_id: product.id,
      unit_id: caseUnit.id,
      pricing_method: 'percent_of_list',
      percent: '90',
      rounding_policy: 'nearest',
      rounding_amount: '0.05',
    },
  });
  return {
    unitGroupId: group.id,
    each,
    sixPack: sixPack.id,
    case: caseUnit.id,
    productId: product.id,
    discountListId: discounts.id,
    priceListId: priceList.id,
  };
}
