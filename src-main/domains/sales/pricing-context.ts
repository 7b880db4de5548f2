import type { RecordValues } from '../../../src-shared/api';
import type {
  DiscountList,
  PriceList,
  PriceListItem,
  PricedProduct,
  PricingContext,
  PricingMethod,
  RoundingPolicy,
  UnitGroup,
} from '../../../src-shared/rules/pricing';
import type { SqlDb } from '../../db';
import { scaledToMoney } from '../records/money-column';

/**
 * Reads what pricing a document's lines needs from the catalog tables: the
 * document's price list, its items for the products on the lines, those
 * products with their unit groups, and the items' discount lists. One query
 * per kind, whatever the number of lines, so a 200-line quote is priced
 * from a handful of reads.
 */

const money = (v: unknown): string | null => (v === null || v === undefined ? null : scaledToMoney(v as number));

interface UnitRow {
  id: string;
  unit_group_id: string;
  name: string;
  quantity: number;
  base_unit_id: string | null;
  is_base: number;
}

export function unitGroupsOf(db: SqlDb, groupIds: readonly string[]): Map<string, UnitGroup> {
  const groups = new Map<string, UnitGroup>();
  if (groupIds.length === 0) return groups;
  const rows = db
    .stmt(
      `SELECT id, unit_group_id, name, quantity, base_unit_id, is_base FROM unit
       WHERE deleted_at IS NULL AND unit_group_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(groupIds)) as UnitRow[];
  for (const groupId of groupIds) {
    const units = rows.filter((r) => r.unit_group_id === groupId);
    const base = units.find((u) => u.is_base === 1);
    if (!base) continue;
    groups.set(groupId, {
      baseUnit: base.id,
      units: units
        .filter((u) => u !== base)
        .map((u) => ({ name: u.id, quantity: String(u.quantity), of: u.base_unit_id ?? base.id })),
    });
  }
  return groups;
}

interface ProductRow {
  id: string;
  structure: string | null;
  bundle_pricing: string | null;
  unit_group_id: string | null;
  default_unit_id: string | null;
  currency: string | null;
  list_price: number | null;
  current_cost: number | null;
  standard_cost: number | null;
  quantity_decimals: number | null;
}

type Components = NonNullable<PricedProduct['bundle']>['components'];

/** The components of the component-priced bundles among `productIds`. */
function bundleComponents(db: SqlDb, productIds: readonly string[]): Map<string, Components> {
  const rows = db
    .stmt(
      `SELECT b.bundle_id, b.product_id, b.unit_id, b.quantity FROM bundle_item b
       JOIN product p ON p.id = b.bundle_id AND p.structure = 'bundle' AND coalesce(p.bundle_pricing, 'components') = 'components'
       WHERE b.deleted_at IS NULL AND b.bundle_id IN (SELECT value FROM json_each(?)) ORDER BY b.id`,
    )
    .all(JSON.stringify(productIds)) as { bundle_id: string; product_id: string; unit_id: string; quantity: number }[];
  const bundles = new Map<string, Components>();
  for (const r of rows)
    bundles.set(r.bundle_id, [
      ...(bundles.get(r.bundle_id) ?? []),
      { productId: r.product_id, unit: r.unit_id, quantity: scaledToMoney(r.quantity) },
    ]);
  return bundles;
}

export function productsById(
  db: SqlDb,
  productIds: readonly string[],
  bundles: ReadonlyMap<string, Components> = new Map(),
): Map<string, PricedProduct> {
  const rows = db
    .stmt(
      `SELECT id, structure, bundle_pricing, unit_group_id, default_unit_id, currency, list_price, current_cost,
              standard_cost, quantity_decimals
       FROM product WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(productIds)) as ProductRow[];
  const groups = unitGroupsOf(db, [...new Set(rows.map((r) => r.unit_group_id).filter((g): g is string => !!g))]);
  const products = new Map<string, PricedProduct>();
  for (const r of rows) {
    const unitGroup = r.unit_group_id ? groups.get(r.unit_group_id) : undefined;
    if (!unitGroup) continue;
    products.set(r.id, {
      id: r.id,
      unitGroup,
      defaultUnit: r.default_unit_id ?? unitGroup.baseUnit,
      currency: r.currency ?? '',
      listPrice: money(r.list_price),
      currentCost: money(r.current_cost),
      standardCost: money(r.standard_cost),
      quantityDecimals: r.quantity_decimals ?? 0,
      ...(bundles.has(r.id) ? { bundle: { components: bundles.get(r.id) ?? [] } } : {}),
    });
  }
  return products;
}

interface ItemRow {
  product_id: string;
  unit_id: string;
  pricing_method: string;
  amount: number | null;
  percent: number | null;
  rounding_policy: string | null;
  rounding_amount: number | null;
  discount_list_id: string | null;
}

function discountLists(db: SqlDb, ids: readonly string[]): Map<string, DiscountList> {
  const lists = new Map<string, DiscountList>();
  if (ids.length === 0) return lists;
  const heads = db
    .stmt(
      `SELECT id, discount_type FROM discount_list WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { id: string; discount_type: string }[];
  const ranges = db
    .stmt(
      `SELECT discount_list_id, begin_quantity, end_quantity, amount FROM discount_range
       WHERE deleted_at IS NULL AND discount_list_id IN (SELECT value FROM json_each(?)) ORDER BY begin_quantity`,
    )
    .all(JSON.stringify(ids)) as {
    discount_list_id: string;
    begin_quantity: number;
    end_quantity: number;
    amount: number;
  }[];
  for (const head of heads) {
    lists.set(head.id, {
      type: head.discount_type === 'amount' ? 'amount' : 'percentage',
      ranges: ranges
        .filter((r) => r.discount_list_id === head.id)
        .map((r) => ({
          begin: scaledToMoney(r.begin_quantity),
          end: scaledToMoney(r.end_quantity),
          value: scaledToMoney(r.amount),
        })),
    });
  }
  return lists;
}

export function priceListOf(db: SqlDb, priceListId: string | null): PriceList | null {
  if (!priceListId) return null;
  const row = db
    .stmt('SELECT currency, valid_from, valid_to FROM price_list WHERE id = ? AND deleted_at IS NULL')
    .get(priceListId) as { currency: string | null; valid_from: string | null; valid_to: string | null } | undefined;
  return row ? { currency: row.currency ?? '', validFrom: row.valid_from, validTo: row.valid_to } : null;
}

/** Everything needed to price lines of these products on a document with these values. */
export function loadPricingContext(
  db: SqlDb,
  document: RecordValues,
  productIds: readonly string[],
  date: string | null,
): PricingContext {
  const priceListId = typeof document['price_list_id'] === 'string' ? document['price_list_id'] : null;
  const priceList = priceListOf(db, priceListId);
  // A component-priced bundle is priced from its components' items: read those too.
  const bundles = bundleComponents(db, [...new Set(productIds)]);
  const ids = [...new Set([...productIds, ...[...bundles.values()].flat().map((c) => c.productId)])];
  const items: PriceListItem[] = [];
  if (priceListId && ids.length > 0) {
    const rows = db
      .stmt(
        `SELECT product_id, unit_id, pricing_method, amount, percent, rounding_policy, rounding_amount, discount_list_id
         FROM price_list_item WHERE deleted_at IS NULL AND price_list_id = ?
         AND product_id IN (SELECT value FROM json_each(?))`,
      )
      .all(priceListId, JSON.stringify(ids)) as ItemRow[];
    for (const r of rows)
      items.push({
        productId: r.product_id,
        unit: r.unit_id,
        method: r.pricing_method as PricingMethod,
        amount: money(r.amount),
        percent: money(r.percent),
        rounding: { policy: (r.rounding_policy ?? 'none') as RoundingPolicy, amount: money(r.rounding_amount) },
        discountListId: r.discount_list_id,
      });
  }
  const listIds = [...new Set(items.map((i) => i.discountListId).filter((d): d is string => !!d))];
  return {
    currency: typeof document['currency'] === 'string' ? document['currency'] : '',
    date,
    priceList,
    priceListItems: items,
    products: productsById(db, ids, bundles),
    discountLists: discountLists(db, listIds),
  };
}
