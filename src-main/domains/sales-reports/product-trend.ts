import type { ProductTrend, ProductTrendRow } from '../../../src-shared/api';
import { moneyFromUnits } from '../../../src-shared/rules/sales/money';
import { addMonths, firstDay, monthsFrom, Tally, unconvertedOf } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { currencyOf, rateFor, reportContext, units } from './report-context';

/**
 * Each product's sales by month, to see where it is in its life cycle.
 *
 * What counts as sold: the lines of invoices that are not canceled (active,
 * partly or fully paid), in the month of the invoice date (the creation day
 * for an invoice without one). Invoices rather than won opportunities or
 * orders, because an invoice is what was really billed; an order is
 * usually invoiced, so counting both would count a sale twice.
 *
 * - Amount: the line's amount after volume and manual discounts, before
 *   tax (document-level discount and freight are not spread over lines),
 *   converted with the exchange rate the invoice recorded.
 * - Quantity: in the product's base unit (a Case of 12 Each counts 12),
 *   exact in bigint; write-in products are gathered by name, as typed.
 */

interface LineSum {
  month: string;
  product_id: string | null;
  write_in: string | null;
  unit_id: string | null;
  currency: string | null;
  rate: string | null;
  quantity: string | null;
  amount: string | null;
}

const DATE = 'coalesce(i.invoice_date, substr(i.created_at, 1, 10))';

function lineSums(db: SqlDb, from: string, to: string): LineSum[] {
  return db
    .stmt(
      `SELECT substr(${DATE}, 1, 7) AS month, l.product_id,
         CASE WHEN l.product_id IS NULL THEN l.product_name END AS write_in, l.unit_id,
         i.currency, CAST(i.exchange_rate AS TEXT) AS rate,
         CAST(sum(l.quantity) AS TEXT) AS quantity, CAST(sum(l.amount) AS TEXT) AS amount
       FROM invoice i CROSS JOIN sales_line l ON l.document = 'invoice:' || i.id
       WHERE i.deleted_at IS NULL AND i.status <> 'canceled' AND ${DATE} >= ? AND ${DATE} < ?
         AND l.deleted_at IS NULL
       GROUP BY 1, 2, 3, 4, 5, 6`,
    )
    .all(from, to) as LineSum[];
}

interface UnitRow {
  id: string;
  quantity: number | null;
  base_unit_id: string | null;
}

/** How many base units one unit holds, following its chain (integers, so exact). */
function unitFactors(db: SqlDb, unitIds: Iterable<string>): Map<string, bigint> {
  const rows = db.stmt('SELECT id, quantity, base_unit_id FROM unit').all() as UnitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const factors = new Map<string, bigint>();
  for (const id of unitIds) {
    let factor = 1n;
    let current = byId.get(id);
    const seen = new Set<string>();
    while (current?.base_unit_id && !seen.has(current.id)) {
      seen.add(current.id);
      factor *= BigInt(current.quantity ?? 1);
      current = byId.get(current.base_unit_id);
    }
    factors.set(id, factor);
  }
  return factors;
}

interface ProductInfo {
  id: string;
  name: string;
  number: string | null;
  unit: string | null;
}

function productInfo(db: SqlDb, ids: string[]): Map<string, ProductInfo> {
  const rows = db
    .stmt(
      `SELECT p.id, p.display_name AS name, p.product_number AS number,
         coalesce((SELECT u.name FROM unit u WHERE u.unit_group_id = p.unit_group_id AND u.is_base = 1
                   AND u.deleted_at IS NULL), g.base_unit_name) AS unit
       FROM product p LEFT JOIN unit_group g ON g.id = p.unit_group_id
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as ProductInfo[];
  return new Map(rows.map((r) => [r.id, r]));
}

interface Acc {
  key: string;
  productId: string | null;
  writeIn: string | null;
  quantity: Map<string, bigint>;
  amount: Map<string, Tally>;
}

export function productTrend(db: SqlDb, input: { from: string; months: number }): ProductTrend {
  const ctx = reportContext(db);
  const base = ctx.baseCurrency;
  const months = monthsFrom(input.from, input.months);
  const sums = lineSums(db, firstDay(input.from), firstDay(addMonths(input.from, input.months)));
  const factors = unitFactors(db, new Set(sums.flatMap((s) => (s.unit_id ? [s.unit_id] : []))));

  const accs = new Map<string, Acc>();
  for (const s of sums) {
    const key = s.product_id ? `p:${s.product_id}` : `w:${s.write_in ?? ''}`;
    let acc = accs.get(key);
    if (!acc) {
      acc = { key, productId: s.product_id, writeIn: s.write_in, quantity: new Map(), amount: new Map() };
      accs.set(key, acc);
    }
    const factor = s.unit_id && s.product_id ? (factors.get(s.unit_id) ?? 1n) : 1n;
    acc.quantity.set(s.month, (acc.quantity.get(s.month) ?? 0n) + units(s.quantity) * factor);
    let tally = acc.amount.get(s.month);
    if (!tally) acc.amount.set(s.month, (tally = new Tally()));
    const currency = currencyOf(ctx, s.currency);
    const rate = rateFor(ctx, s.currency, s.rate);
    tally.add(1, currency, rate, units(s.amount));
  }

  const products = productInfo(
    db,
    [...accs.values()].flatMap((a) => (a.productId ? [a.productId] : [])),
  );
  const rows = [...accs.values()].map((acc) => {
    const info = acc.productId ? products.get(acc.productId) : undefined;
    let quantity = 0n;
    let amount = 0n;
    const monthUnits: bigint[] = [];
    const perMonth = months.map((month) => {
      const q = acc.quantity.get(month) ?? 0n;
      const a = acc.amount.get(month)?.totalUnits(base) ?? 0n;
      quantity += q;
      amount += a;
      monthUnits.push(a);
      return { month, quantity: moneyFromUnits(q), amount: moneyFromUnits(a) };
    });
    const row: ProductTrendRow = {
      product: acc.productId ? { id: acc.productId, name: info?.name ?? '', number: info?.number ?? null } : null,
      name: info?.name ?? acc.writeIn ?? '',
      unit: info?.unit ?? null,
      months: perMonth,
      quantity: moneyFromUnits(quantity),
      amount: moneyFromUnits(amount),
    };
    return { row, amount, monthUnits };
  });
  rows.sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0) || a.row.name.localeCompare(b.row.name));
  // Column totals add up the rows as shown (each product's month is converted once).
  const byMonth = months.map((month, i) => ({
    month,
    amount: moneyFromUnits(rows.reduce((sum, r) => sum + (r.monthUnits[i] ?? 0n), 0n)),
  }));
  return {
    currency: base,
    unconverted: unconvertedOf([...accs.values()].flatMap((a) => [...a.amount.values()])),
    months,
    rows: rows.map((r) => r.row),
    byMonth,
    amount: moneyFromUnits(rows.reduce((sum, r) => sum + r.amount, 0n)),
  };
}
