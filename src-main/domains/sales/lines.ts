import type { DocumentLine, DocumentLines, FieldValue, LineInputData, RecordValues } from '../../../src-shared/api';
import {
  baseCurrencyTotals,
  documentTotals,
  priceLine,
  type LineInput,
  type PricedLine,
  type PricingContext,
} from '../../../src-shared/rules/pricing';
import { formatRef, parseRef } from '../../../src-shared/rules/records/field-formats';
import { findRecord, notFound, type StoredRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { scaledToMoney } from '../records/money-column';
import { loadPricingContext } from './pricing-context';
import { pricingError, refusal } from './rule-errors';
import { readSalesSettings } from './sales-settings';

/**
 * The product lines of an opportunity, quote, order or invoice. Saving a
 * line prices it with the pricing rules from the document's price list, writes
 * it and updates the document's totals, in one transaction; every line keeps
 * what it was priced at, so a locked order and a converted document keep
 * their amounts exactly.
 */

export interface SalesDocument {
  readonly ref: string;
  readonly entity: string;
  readonly record: StoredRecord;
}

export function loadDocument(ctx: WriteContext, ref: string): SalesDocument {
  const parsed = parseRef(ref);
  if (!parsed) throw notFound('document', ref);
  const record = findRecord(ctx.db, recordTable(parsed.entity), parsed.id);
  if (!record || record.deletedAt !== null) throw notFound(parsed.entity, parsed.id);
  return { ref: formatRef(parsed.entity, parsed.id), entity: parsed.entity, record };
}

/** Whether the document's status lets its lines change (a draft quote, an open opportunity, an active order…). */
export function linesEditable(entity: string, values: RecordValues): boolean {
  const status = values['status'];
  switch (entity) {
    case 'opportunity':
      return status === 'open';
    case 'quote':
      return status === 'draft';
    case 'sales_order':
      return status === 'active' || status === 'partially_fulfilled';
    case 'invoice':
      return status === 'active';
    default:
      return false;
  }
}

function checkEditable(doc: SalesDocument): void {
  if (!linesEditable(doc.entity, doc.record.values))
    throw refusal(`sales.lines.not_editable_${doc.entity}`, { status: String(doc.record.values['status'] ?? '') });
}

interface LineRow extends Record<string, unknown> {
  id: string;
  line_number: number;
  kind: string;
  product_id: string | null;
  product_name: string;
  product_number: string | null;
  unit_id: string | null;
  unit_name: string | null;
}

const MONEY_COLUMNS = [
  'quantity',
  'price_per_unit',
  'listed_price',
  'price_override',
  'base_amount',
  'volume_discount',
  'manual_discount',
  'amount',
  'tax_percent',
  'tax',
  'extended_amount',
] as const;

function money(v: unknown): string | null {
  return v === null || v === undefined ? null : scaledToMoney(v as number);
}

/** The document's live lines in line order, with product and unit names. */
export function readLines(ctx: WriteContext, ref: string): DocumentLine[] {
  const rows = ctx.db
    .stmt(
      `SELECT l.id, l.line_number, l.kind, l.product_id, l.product_name, p.product_number, l.unit_id,
              u.name AS unit_name, l.price_overridden, l.description, ${MONEY_COLUMNS.map((c) => `l.${c}`).join(', ')}
       FROM sales_line l LEFT JOIN product p ON p.id = l.product_id LEFT JOIN unit u ON u.id = l.unit_id
       WHERE l.document = ? AND l.deleted_at IS NULL ORDER BY l.line_number`,
    )
    .all(ref) as LineRow[];
  return rows.map((r) => ({
    id: r.id,
    lineNumber: r.line_number,
    kind: r.kind === 'write_in' ? 'write_in' : 'catalog',
    productId: r.product_id,
    productName: r.product_name,
    productNumber: r.product_number,
    unitId: r.unit_id,
    unitName: r.unit_name,
    quantity: money(r['quantity']) ?? '0',
    pricePerUnit: money(r['price_per_unit']) ?? '0',
    listedPrice: money(r['listed_price']),
    priceOverridden: r['price_overridden'] === 1,
    priceOverride: money(r['price_override']),
    baseAmount: money(r['base_amount']) ?? '0',
    volumeDiscount: money(r['volume_discount']) ?? '0',
    manualDiscount: money(r['manual_discount']) ?? '0',
    amount: money(r['amount']) ?? '0',
    taxPercent: money(r['tax_percent']),
    tax: money(r['tax']) ?? '0',
    extendedAmount: money(r['extended_amount']) ?? '0',
    description: typeof r['description'] === 'string' ? r['description'] : null,
  }));
}

/** The lines and totals of a document as the lines grid shows them. */
export function documentLines(ctx: WriteContext, ref: string): DocumentLines {
  const doc = loadDocument(ctx, ref);
  const v = doc.record.values;
  const text = (name: string, fallback = '0') => (typeof v[name] === 'string' ? (v[name] as string) : fallback);
  return {
    document: doc.ref,
    currency: text('currency', ''),
    editable: linesEditable(doc.entity, v),
    lines: readLines(ctx, doc.ref),
    totals: {
      detailAmount: text('detail_amount'),
      discountPercent: text('discount_percent'),
      totalDiscount: text('total_discount'),
      preFreightAmount: text('pre_freight_amount'),
      freightAmount: text('freight_amount'),
      totalTax: text('total_tax'),
      totalAmount: text('total_amount'),
      totalAmountBase: text('total_amount_base'),
    },
  };
}

function documentDate(entity: string, values: RecordValues, now: number): string {
  const own = entity === 'invoice' ? values['invoice_date'] : entity === 'quote' ? values['effective_from'] : null;
  return typeof own === 'string' ? own : new Date(now).toISOString().slice(0, 10);
}

function toLineInput(data: LineInputData, defaultTax: string): LineInput {
  const tax = { percent: data.taxPercent?.trim() ? data.taxPercent : defaultTax };
  const common = { quantity: data.quantity, manualDiscount: data.manualDiscount?.trim() || '0', tax };
  return data.kind === 'catalog'
    ? {
        ...common,
        kind: 'catalog',
        productId: data.productId,
        unit: data.unitId,
        priceOverride: data.priceOverride?.trim() || null,
      }
    : { ...common, kind: 'write_in', name: data.name, pricePerUnit: data.pricePerUnit };
}

/** A stored line as pricing input again (to reprice it from the current price list). */
function storedLineInput(line: DocumentLine): LineInput {
  const common = {
    quantity: line.quantity,
    manualDiscount: line.manualDiscount,
    tax: { percent: line.taxPercent ?? '0' },
  };
  return line.kind === 'catalog' && line.productId && line.unitId
    ? { ...common, kind: 'catalog', productId: line.productId, unit: line.unitId, priceOverride: line.priceOverride }
    : { ...common, kind: 'write_in', name: line.productName, pricePerUnit: line.pricePerUnit };
}

function lineValues(input: LineInput, priced: PricedLine, productName: string): RecordValues {
  const tax = input.tax && 'percent' in input.tax ? input.tax.percent : null;
  return {
    kind: input.kind,
    product_id: input.kind === 'catalog' ? input.productId : null,
    product_name: productName,
    unit_id: input.kind === 'catalog' ? input.unit : null,
    quantity: priced.quantity,
    price_per_unit: priced.pricePerUnit,
    listed_price: priced.listedPrice ?? null,
    price_overridden: priced.priceOverridden,
    price_override: input.kind === 'catalog' && priced.priceOverridden ? priced.pricePerUnit : null,
    base_amount: priced.baseAmount,
    volume_discount: priced.volumeDiscount,
    manual_discount: priced.manualDiscount,
    amount: priced.amount,
    tax_percent: tax,
    tax: priced.tax,
    extended_amount: priced.extendedAmount,
  };
}

/** Unit and product ids in pricing messages become their names, which is what the user knows them by. */
function withUnitNames(ctx: WriteContext, error: ReturnType<typeof pricingError>): ReturnType<typeof pricingError> {
  const names: readonly [string, string][] = [
    ['unit', 'SELECT name FROM unit WHERE id = ?'],
    ['product', 'SELECT name FROM product WHERE id = ?'],
  ];
  for (const issue of error.issues ?? []) {
    for (const [param, sql] of names) {
      const id = issue.params?.[param];
      if (typeof id !== 'string') continue;
      const row = ctx.db.stmt(sql).get(id) as { name: string } | undefined;
      if (row) Object.assign(issue.params as Record<string, string>, { [param]: row.name });
    }
  }
  return error;
}

function productName(ctx: WriteContext, id: string): { name: string; status: string | null } | null {
  const row = ctx.db.stmt('SELECT name, status FROM product WHERE id = ? AND deleted_at IS NULL').get(id) as
    { name: string; status: string | null } | undefined;
  return row ?? null;
}

/** Prices and writes one line (a new one, or a change to `data.id`), then the document's totals. */
export function saveLine(ctx: WriteContext, ref: string, data: LineInputData): void {
  ctx.db.transaction(() => {
    const doc = loadDocument(ctx, ref);
    checkEditable(doc);
    const settings = readSalesSettings(ctx.db);
    const input = toLineInput(data, settings.defaultTaxPercent);
    let name = input.kind === 'write_in' ? input.name.trim() : '';
    if (input.kind === 'catalog') {
      const product = productName(ctx, input.productId);
      if (!product)
        throw pricingError([{ path: ['productId'], messageKey: 'validation.pricing.unknown_product' }], ['line']);
      if (product.status === 'retired') throw refusal('sales.lines.product_retired', { product: product.name });
      // As in Dynamics 365, a product is sold only once published (Active); a draft is still being set up.
      if (product.status === 'draft') throw refusal('sales.lines.product_draft', { product: product.name });
      name = product.name;
    }
    const context = pricingContextFor(ctx, doc, input.kind === 'catalog' ? [input.productId] : []);
    const priced = priceLine(input, context);
    if (!priced.ok) throw withUnitNames(ctx, pricingError(priced.issues, ['line']));
    const values = { ...lineValues(input, priced.value, name), description: data.description?.trim() || null };
    if (data.id) {
      const existing = findRecord(ctx.db, recordTable('sales_line'), data.id);
      if (!existing || existing.deletedAt !== null || existing.values['document'] !== doc.ref)
        throw notFound('sales_line', data.id);
      mutateRecord(ctx, { op: 'update', entity: 'sales_line', id: data.id, values, command: true });
    } else {
      mutateRecord(ctx, {
        op: 'create',
        entity: 'sales_line',
        values: { ...values, document: doc.ref, line_number: nextLineNumber(ctx, doc.ref) },
        command: true,
      });
    }
    recalculateTotals(ctx, doc.ref);
  });
}

export function deleteLine(ctx: WriteContext, ref: string, lineId: string): void {
  ctx.db.transaction(() => {
    const doc = loadDocument(ctx, ref);
    checkEditable(doc);
    const existing = findRecord(ctx.db, recordTable('sales_line'), lineId);
    if (!existing || existing.deletedAt !== null || existing.values['document'] !== doc.ref)
      throw notFound('sales_line', lineId);
    mutateRecord(ctx, { op: 'delete', entity: 'sales_line', id: lineId });
    recalculateTotals(ctx, doc.ref);
  });
}

function nextLineNumber(ctx: WriteContext, ref: string): number {
  const row = ctx.db.stmt('SELECT max(line_number) AS n FROM sales_line WHERE document = ?').get(ref) as {
    n: number | null;
  };
  return (row.n ?? 0) + 1;
}

function pricingContextFor(ctx: WriteContext, doc: SalesDocument, productIds: readonly string[]): PricingContext {
  return loadPricingContext(
    ctx.db,
    doc.record.values,
    productIds,
    documentDate(doc.entity, doc.record.values, ctx.now()),
  );
}

/**
 * Works the document's totals out from its lines and its discount and
 * freight, in its currency and in the base currency, and writes them (and,
 * for an opportunity whose revenue is calculated, its estimated revenue).
 */
export function recalculateTotals(ctx: WriteContext, ref: string): void {
  const doc = loadDocument(ctx, ref);
  const v = doc.record.values;
  const currency = typeof v['currency'] === 'string' ? v['currency'] : '';
  if (!currency) return;
  const lines = readLines(ctx, doc.ref);
  const totals = documentTotals(
    lines,
    {
      discountPercent: (v['discount_percent'] as string | null) ?? null,
      discountAmount: (v['discount_amount'] as string | null) ?? null,
      freight: (v['freight_amount'] as string | null) ?? null,
    },
    currency,
  );
  if (!totals.ok) throw pricingError(totals.issues, ['values']);
  const settings = readSalesSettings(ctx.db);
  const rate = typeof v['exchange_rate'] === 'string' ? v['exchange_rate'] : '1';
  const base = baseCurrencyTotals(totals.value, rate, settings.baseCurrency);
  const t = totals.value;
  const values: Record<string, FieldValue> = {
    detail_amount: t.detailAmount,
    total_discount: t.discountAmount,
    pre_freight_amount: t.preFreightAmount,
    total_tax: t.totalTax,
    total_amount: t.totalAmount,
    total_amount_base: base.ok ? base.value.totalAmount : null,
  };
  if (doc.entity === 'opportunity' && v['revenue_mode'] === 'calculated') values['estimated_revenue'] = t.totalAmount;
  mutateRecord(ctx, { op: 'update', entity: doc.entity, id: doc.record.id, values, command: true });
}

/**
 * Prices every catalog line again from the document's current price list (a
 * price-list change, Unlock prices). `lenient`: a line that no longer prices
 * (its item was removed from the list) keeps its last price instead of
 * refusing the change that set this off.
 */
export function repriceLines(ctx: WriteContext, ref: string, lenient = false): void {
  const doc = loadDocument(ctx, ref);
  const lines = readLines(ctx, doc.ref);
  const catalog = lines.filter((l) => l.kind === 'catalog' && l.productId);
  if (catalog.length > 0) {
    const context = pricingContextFor(
      ctx,
      doc,
      catalog.map((l) => l.productId as string),
    );
    for (const line of catalog) {
      const input = storedLineInput(line);
      const priced = priceLine(input, context);
      if (!priced.ok) {
        if (lenient) continue;
        throw withUnitNames(ctx, pricingError(priced.issues, ['lines', line.lineNumber]));
      }
      mutateRecord(ctx, {
        op: 'update',
        entity: 'sales_line',
        id: line.id,
        values: lineValues(input, priced.value, line.productName),
        command: true,
      });
    }
  }
  recalculateTotals(ctx, doc.ref);
}

/** Copies every line of one document to another exactly as priced (a quote from an opportunity, an order from a quote…). */
export function copyLines(ctx: WriteContext, fromRef: string, toRef: string): void {
  const table = recordTable('sales_line');
  const ids = ctx.db
    .stmt('SELECT id FROM sales_line WHERE document = ? AND deleted_at IS NULL ORDER BY line_number')
    .all(fromRef) as { id: string }[];
  for (const { id } of ids) {
    const line = findRecord(ctx.db, table, id);
    if (!line) continue;
    mutateRecord(ctx, {
      op: 'create',
      entity: 'sales_line',
      values: { ...line.values, document: toRef },
      command: true,
    });
  }
}

/**
 * After a price list (or one of its items or discount ranges) changes: the
 * documents still priced from it follow — open opportunities, draft quotes
 * and orders whose prices are not locked. Active quotes, locked orders and
 * invoices keep what the customer was shown.
 */
export function repriceFromPriceList(ctx: WriteContext, priceListId: string): void {
  const refs = ctx.db
    .stmt(
      `SELECT 'opportunity:' || id AS ref FROM opportunity WHERE price_list_id = ? AND status = 'open' AND deleted_at IS NULL
       UNION ALL SELECT 'quote:' || id FROM quote WHERE price_list_id = ? AND status = 'draft' AND deleted_at IS NULL
       UNION ALL SELECT 'sales_order:' || id FROM sales_order WHERE price_list_id = ? AND deleted_at IS NULL
         AND status IN ('active', 'partially_fulfilled') AND coalesce(prices_locked, 0) = 0`,
    )
    .all(priceListId, priceListId, priceListId) as { ref: string }[];
  for (const { ref } of refs) repriceLines(ctx, ref, true);
}
