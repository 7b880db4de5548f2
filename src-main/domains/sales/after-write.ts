import { validationError, type FieldIssue, type RecordValues } from '../../../src-shared/api';
import { issueAt } from '../../../src-shared/query/issues';
import { validateDiscountList } from '../../../src-shared/rules/pricing';
import { formatRef } from '../../../src-shared/rules/records/field-formats';
import { findRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { scaledToMoney } from '../records/money-column';
import { recordTable } from '../records/record-table';
import type { AfterWrite, WriteContext, WrittenRecord } from '../records/write-context';
import { linesEditable, recalculateTotals, repriceFromPriceList, repriceLines } from './lines';
import { LocalNumberSeries, NUMBERING } from './number-series';
import { priceListOf } from './pricing-context';
import { exchangeRateFor, readSalesSettings, stageProbability } from './sales-settings';

/**
 * What writing a sales record sets off, in the same transaction:
 * - a new quote, order or invoice takes the next number of its series;
 * - a document takes its currency (from its price list, else the base
 *   currency) and that currency's exchange rate, and refuses a price list in
 *   another currency; changing the price list reprices its lines (unless the
 *   order's prices are locked), changing discount or freight its totals;
 * - an opportunity moved to another stage takes the stage's probability;
 * - a unit group gets its base unit; catalog records are checked against
 *   each other (a unit of the product's group, ranges that do not overlap).
 */

const DOCUMENTS = new Set(['opportunity', 'quote', 'sales_order', 'invoice']);
const REPRICE = ['price_list_id', 'currency'];
const RETOTAL = ['discount_percent', 'discount_amount', 'freight_amount'];

const fieldIssue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue =>
  issueAt(['values', field], messageKey, params);

const refuse = (field: string, key: string, params: Record<string, string | number> = {}) =>
  validationError([fieldIssue(field, key, params)]);

export const salesAfterWrite: AfterWrite = (ctx, written) => {
  const priceLists = affectedPriceLists(ctx, written);
  if (written.op === 'delete' || written.op === 'restore') {
    if (written.entity === 'unit' && written.op === 'delete' && written.after['is_base'] === true)
      throw refuse('name', 'sales.catalog.base_unit_kept');
    for (const id of priceLists) repriceFromPriceList(ctx, id);
    return;
  }
  if (DOCUMENTS.has(written.entity)) onDocumentWritten(ctx, written);
  switch (written.entity) {
    case 'unit_group':
      onUnitGroupWritten(ctx, written);
      return;
    case 'unit':
      checkUnit(ctx, written.id, written.after);
      return;
    case 'product':
      checkProduct(ctx, written.id, written.after);
      return;
    case 'price_list_item':
      checkPriceListItem(ctx, written.id, written.after);
      break;
    case 'discount_range':
    case 'discount_list':
      checkDiscountRanges(ctx, written.entity === 'discount_list' ? written.id : written.after['discount_list_id']);
      break;
    case 'bundle_item':
      checkBundleItem(ctx, written.after);
      return;
  }
  for (const id of priceLists) repriceFromPriceList(ctx, id);
};

/** The price lists whose prices a catalog write changes. */
function affectedPriceLists(ctx: WriteContext, written: WrittenRecord): string[] {
  switch (written.entity) {
    case 'price_list':
      return written.op === 'create' ? [] : [written.id];
    case 'price_list_item': {
      const id = str(written.after['price_list_id']);
      return id ? [id] : [];
    }
    case 'discount_range': {
      // A discount list may serve several price lists: each follows.
      const rows = ctx.db
        .stmt(
          'SELECT DISTINCT price_list_id AS id FROM price_list_item WHERE discount_list_id = ? AND deleted_at IS NULL',
        )
        .all(written.after['discount_list_id']) as { id: string }[];
      return rows.map((r) => r.id);
    }
    default:
      return [];
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function onDocumentWritten(ctx: WriteContext, written: WrittenRecord): void {
  const { entity, id, after } = written;
  const settings = readSalesSettings(ctx.db);
  const patch: RecordValues = {};
  const changed = new Set(written.changed);
  const numbering = NUMBERING[entity];
  if (written.op === 'create' && numbering && !str(after[numbering.field])) {
    patch[numbering.field] = new LocalNumberSeries(ctx.db).allocate(
      numbering.series,
      new Date(ctx.now()).getFullYear(),
    );
  }
  const priceList = priceListOf(ctx.db, str(after['price_list_id']));
  let currency = str(after['currency']);
  if (!currency) {
    currency = priceList?.currency || settings.baseCurrency;
    patch['currency'] = currency;
  }
  if (priceList && priceList.currency !== currency)
    throw refuse('price_list_id', 'validation.pricing.currency_mismatch', {
      priceListCurrency: priceList.currency,
      currency,
    });
  // A converted document keeps the rate of the one it came from; a new currency takes today's rate.
  if (!str(after['exchange_rate']) || (written.op === 'update' && changed.has('currency')))
    patch['exchange_rate'] = exchangeRateFor(settings, currency);
  if (entity === 'opportunity') {
    // A stage change brings the stage's probability unless the user typed one with it.
    const stageMoved = written.op === 'update' && changed.has('sales_stage') && !changed.has('probability');
    const missing = after['probability'] === null || after['probability'] === undefined;
    const byStage = stageProbability(settings, String(after['sales_stage'] ?? ''));
    if ((stageMoved || missing) && byStage !== undefined) patch['probability'] = byStage;
  }
  const meaningful = Object.entries(patch).filter(([k, v]) => after[k] !== v);
  if (meaningful.length > 0)
    mutateRecord(ctx, { op: 'update', entity, id, values: Object.fromEntries(meaningful), command: true });

  const ref = formatRef(entity, id);
  const reprice =
    written.op === 'update' &&
    REPRICE.some((f) => changed.has(f)) &&
    linesEditable(entity, after) &&
    after['prices_locked'] !== true;
  if (reprice) repriceLines(ctx, ref);
  else if (written.op === 'create' || RETOTAL.some((f) => changed.has(f)) || changed.has('currency'))
    recalculateTotals(ctx, ref);
}

function onUnitGroupWritten(ctx: WriteContext, written: WrittenRecord): void {
  const name = str(written.after['base_unit_name']);
  if (!name) return;
  const base = ctx.db
    .stmt('SELECT id, name FROM unit WHERE unit_group_id = ? AND is_base = 1 AND deleted_at IS NULL')
    .get(written.id) as { id: string; name: string } | undefined;
  if (!base) {
    mutateRecord(ctx, {
      op: 'create',
      entity: 'unit',
      values: { name, unit_group_id: written.id, quantity: 1, is_base: true },
      command: true,
    });
  } else if (base.name !== name) {
    mutateRecord(ctx, { op: 'update', entity: 'unit', id: base.id, values: { name }, command: true });
  }
}

function unitGroupOf(ctx: WriteContext, unitId: string): string | null {
  const row = ctx.db.stmt('SELECT unit_group_id FROM unit WHERE id = ? AND deleted_at IS NULL').get(unitId) as
    { unit_group_id: string } | undefined;
  return row?.unit_group_id ?? null;
}

function checkUnit(ctx: WriteContext, id: string, values: RecordValues): void {
  if (values['is_base'] === true) {
    if (values['quantity'] !== 1 || str(values['base_unit_id']))
      throw refuse('quantity', 'sales.catalog.base_unit_fixed');
    return;
  }
  const of = str(values['base_unit_id']);
  if (!of) throw refuse('base_unit_id', 'validation.required');
  if (of === id) throw refuse('base_unit_id', 'validation.pricing.unit_cycle', { unit: String(values['name']) });
  if (unitGroupOf(ctx, of) !== values['unit_group_id']) throw refuse('base_unit_id', 'sales.catalog.unit_other_group');
  // A unit defined through a chain that comes back to it would have no size.
  const seen = new Set([id]);
  let next: string | null = of;
  while (next) {
    if (seen.has(next)) throw refuse('base_unit_id', 'validation.pricing.unit_cycle', { unit: String(values['name']) });
    seen.add(next);
    const row = ctx.db.stmt('SELECT base_unit_id FROM unit WHERE id = ?').get(next) as
      { base_unit_id: string | null } | undefined;
    next = row?.base_unit_id ?? null;
  }
}

function checkProduct(ctx: WriteContext, id: string, values: RecordValues): void {
  const unit = str(values['default_unit_id']);
  if (unit && unitGroupOf(ctx, unit) !== values['unit_group_id'])
    throw refuse('default_unit_id', 'sales.catalog.unit_other_group');
  const parent = str(values['parent_id']);
  if (parent) {
    if (parent === id) throw refuse('parent_id', 'sales.catalog.family_self');
    const row = ctx.db.stmt('SELECT structure FROM product WHERE id = ?').get(parent) as
      { structure: string | null } | undefined;
    if (row?.structure !== 'family') throw refuse('parent_id', 'sales.catalog.parent_not_family');
  }
}

function checkPriceListItem(ctx: WriteContext, id: string, values: RecordValues): void {
  const product = findRecord(ctx.db, recordTable('product'), String(values['product_id']));
  const unit = str(values['unit_id']);
  if (product && unit && unitGroupOf(ctx, unit) !== product.values['unit_group_id'])
    throw refuse('unit_id', 'sales.catalog.unit_not_of_product');
  const duplicate = ctx.db
    .stmt(
      `SELECT 1 FROM price_list_item WHERE price_list_id = ? AND product_id = ? AND unit_id = ? AND id <> ?
       AND deleted_at IS NULL`,
    )
    .get(values['price_list_id'], values['product_id'], unit, id);
  if (duplicate) throw refuse('unit_id', 'sales.catalog.item_duplicate');
  const discountListId = str(values['discount_list_id']);
  if (discountListId) {
    const list = ctx.db.stmt('SELECT discount_type, currency FROM discount_list WHERE id = ?').get(discountListId) as
      { discount_type: string; currency: string | null } | undefined;
    const priceList = priceListOf(ctx.db, str(values['price_list_id']));
    if (list?.discount_type === 'amount' && priceList && list.currency !== priceList.currency)
      throw refuse('discount_list_id', 'sales.catalog.discount_currency', {
        currency: priceList.currency,
        discountCurrency: list.currency ?? '',
      });
  }
}

function checkDiscountRanges(ctx: WriteContext, listId: unknown): void {
  if (typeof listId !== 'string') return;
  const list = ctx.db.stmt('SELECT discount_type, currency FROM discount_list WHERE id = ?').get(listId) as
    { discount_type: string; currency: string | null } | undefined;
  if (!list) return;
  if (list.discount_type === 'amount' && !list.currency)
    throw refuse('currency', 'sales.catalog.discount_needs_currency');
  const rows = ctx.db
    .stmt(
      `SELECT begin_quantity, end_quantity, amount FROM discount_range
       WHERE discount_list_id = ? AND deleted_at IS NULL ORDER BY begin_quantity, id`,
    )
    .all(listId) as { begin_quantity: number; end_quantity: number; amount: number }[];
  const issues = validateDiscountList(
    {
      type: list.discount_type === 'amount' ? 'amount' : 'percentage',
      ranges: rows.map((r) => ({
        begin: scaledToMoney(r.begin_quantity),
        end: scaledToMoney(r.end_quantity),
        value: scaledToMoney(r.amount),
      })),
    },
    list.discount_type === 'amount' ? (list.currency ?? undefined) : undefined,
  );
  const first = issues[0];
  if (first) {
    const field =
      first.messageKey.endsWith('range_overlap') || first.messageKey.endsWith('range_order')
        ? 'begin_quantity'
        : 'amount';
    throw refuse(field, first.messageKey, { ...(first.params ?? {}) });
  }
}

function checkBundleItem(ctx: WriteContext, values: RecordValues): void {
  if (values['bundle_id'] === values['product_id']) throw refuse('product_id', 'sales.catalog.bundle_self');
  const bundle = ctx.db.stmt('SELECT structure FROM product WHERE id = ?').get(values['bundle_id']) as
    { structure: string | null } | undefined;
  if (bundle?.structure !== 'bundle') throw refuse('bundle_id', 'sales.catalog.not_a_bundle');
  const product = findRecord(ctx.db, recordTable('product'), String(values['product_id']));
  const unit = str(values['unit_id']);
  if (product && unit && unitGroupOf(ctx, unit) !== product.values['unit_group_id'])
    throw refuse('unit_id', 'sales.catalog.unit_not_of_product');
}
