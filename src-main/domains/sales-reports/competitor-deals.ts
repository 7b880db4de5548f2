import type { CompetitorDeal, CompetitorDealList, CompetitorDeals } from '../../../src-shared/api';
import { COMPETITOR_DEALS_LIMIT } from '../../../src-shared/api';
import { formatRef } from '../../../src-shared/rules/records';
import { Tally, unconvertedOf } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { notFound } from '../records/load-row';
import { scaledToMoney } from '../records/money-column';
import { referenceNames } from '../records/reference-names';
import { currencyOf, ownersById, rateFor, reportContext, units, type ReportContext } from './report-context';

/**
 * A competitor's record against us: the opportunities lost to it (their
 * winning competitor, set when closing as lost), with the revenue they were
 * estimated at, and the won opportunities that had named it among their
 * competitors (the `competitors` party list, read through the record_party
 * index), with their actual revenue.
 */

interface DealRow {
  id: string;
  name: string;
  customer: string | null;
  revenue: string | null;
  currency: string | null;
  close: string | null;
  owner_id: string | null;
}

const columns = (revenue: string) => `o.id, o.display_name AS name, o.customer, CAST(${revenue} AS TEXT) AS revenue,
  o.currency, o.actual_close_date AS close, o.owner_id`;
const ORDER = 'ORDER BY o.actual_close_date IS NULL, o.actual_close_date DESC, o.display_name, o.id';

const LOST = `FROM opportunity o WHERE o.competitor_id = ? AND o.deleted_at IS NULL AND o.status = 'lost'`;
const WON = `FROM opportunity o WHERE o.id IN (
    SELECT p.record_id FROM record_party p WHERE p.party = ? AND p.entity = 'opportunity' AND p.field = 'competitors'
  ) AND o.deleted_at IS NULL AND o.status = 'won'`;

function dealList(
  db: SqlDb,
  ctx: ReportContext,
  from: string,
  param: string,
  revenue: string,
): { list: CompetitorDealList; tally: Tally } {
  const sums = db
    .stmt(
      `SELECT o.currency, CAST(o.exchange_rate AS TEXT) AS rate, count(*) AS n,
         CAST(sum(${revenue}) AS TEXT) AS revenue ${from} GROUP BY 1, 2`,
    )
    .all(param) as { currency: string | null; rate: string | null; n: number; revenue: string | null }[];
  const tally = new Tally();
  for (const s of sums) tally.add(s.n, currencyOf(ctx, s.currency), rateFor(ctx, s.currency, s.rate), units(s.revenue));
  const rows = db
    .stmt(`SELECT ${columns(revenue)} ${from} ${ORDER} LIMIT ${COMPETITOR_DEALS_LIMIT}`)
    .all(param) as DealRow[];
  const names = referenceNames(
    db,
    rows.flatMap((r) => (r.customer ? [r.customer] : [])),
  );
  const owners = ownersById(
    db,
    rows.map((r) => r.owner_id),
  );
  const deals: CompetitorDeal[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    customer: r.customer ? { ref: r.customer, name: names[r.customer] ?? '' } : null,
    revenue: r.revenue === null ? null : scaledToMoney(r.revenue),
    currency: currencyOf(ctx, r.currency),
    closeDate: r.close,
    owner: r.owner_id ? (owners.get(r.owner_id) ?? null) : null,
  }));
  return { list: { deals, figures: tally.figures(ctx.baseCurrency) }, tally };
}

export function competitorDeals(db: SqlDb, id: string): CompetitorDeals {
  if (db.stmt('SELECT 1 FROM competitor WHERE id = ? AND deleted_at IS NULL').get(id) === undefined)
    throw notFound('competitor', id);
  const ctx = reportContext(db);
  const lost = dealList(db, ctx, LOST, id, 'o.estimated_revenue');
  const won = dealList(db, ctx, WON, formatRef('competitor', id), 'o.actual_revenue');
  return {
    currency: ctx.baseCurrency,
    unconverted: unconvertedOf([lost.tally, won.tally]),
    lost: lost.list,
    won: won.list,
  };
}
