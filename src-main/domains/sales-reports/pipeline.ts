import type { Funnel, Pipeline, PipelineCard } from '../../../src-shared/api';
import { PIPELINE_DEFAULT_CARDS } from '../../../src-shared/api';
import { unconvertedOf } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { scaledToMoney } from '../records/money-column';
import { referenceNames } from '../records/reference-names';
import { ownersById, reportContext } from './report-context';
import { OPEN, openTallies, stageFigures } from './stage-figures';

/**
 * The pipeline board: open opportunities in a column per stage, with each
 * column's count, estimated revenue and weighted revenue. A column lists
 * its first cards only (soonest estimated close date first, undated last)
 * and says how many more it holds; the figures always count them all.
 */

interface CardRow {
  id: string;
  stage: string;
  name: string;
  customer: string | null;
  revenue: string | null;
  currency: string | null;
  probability: number | null;
  close: string | null;
  owner_id: string | null;
}

function cardRows(db: SqlDb, ownerId: string | undefined, perStage: number): CardRow[] {
  return db
    .stmt(
      `SELECT id, stage, name, customer, revenue, currency, probability, close, owner_id FROM (
         SELECT o.id, coalesce(o.sales_stage, '') AS stage, o.display_name AS name, o.customer,
           CAST(o.estimated_revenue AS TEXT) AS revenue, o.currency, o.probability,
           o.estimated_close_date AS close, o.owner_id,
           row_number() OVER (PARTITION BY coalesce(o.sales_stage, '')
             ORDER BY o.estimated_close_date IS NULL, o.estimated_close_date, o.display_name, o.id) AS rn
         FROM opportunity o WHERE ${OPEN} ${ownerId ? 'AND o.owner_id = ?' : ''}
       ) WHERE rn <= ? ORDER BY stage, rn`,
    )
    .all(...(ownerId ? [ownerId, perStage] : [perStage])) as CardRow[];
}

export function pipeline(
  db: SqlDb,
  input: { ownerId?: string | undefined; cardsPerStage?: number | undefined },
): Pipeline {
  const ctx = reportContext(db);
  const tallies = openTallies(db, ctx, input.ownerId);
  const { stages, total } = stageFigures(ctx, tallies);
  const rows = cardRows(db, input.ownerId, input.cardsPerStage ?? PIPELINE_DEFAULT_CARDS);
  const names = referenceNames(
    db,
    rows.flatMap((r) => (r.customer ? [r.customer] : [])),
  );
  const owners = ownersById(
    db,
    rows.map((r) => r.owner_id),
  );
  const cards = new Map<string, PipelineCard[]>();
  for (const row of rows) {
    const list = cards.get(row.stage) ?? [];
    list.push({
      id: row.id,
      name: row.name,
      customer: row.customer ? { ref: row.customer, name: names[row.customer] ?? '' } : null,
      estimatedRevenue: row.revenue === null ? null : scaledToMoney(row.revenue),
      currency: row.currency || ctx.baseCurrency,
      probability: row.probability,
      estimatedCloseDate: row.close,
      owner: row.owner_id ? (owners.get(row.owner_id) ?? null) : null,
    });
    cards.set(row.stage, list);
  }
  return {
    currency: ctx.baseCurrency,
    unconverted: unconvertedOf(tallies.values()),
    columns: stages.map((s) => {
      const listed = cards.get(s.stage) ?? [];
      return { ...s, cards: listed, more: s.count - listed.length };
    }),
    total: total.figures(ctx.baseCurrency),
  };
}

export function funnel(db: SqlDb, input: { ownerId?: string | undefined }): Funnel {
  const ctx = reportContext(db);
  const tallies = openTallies(db, ctx, input.ownerId);
  const { stages, total } = stageFigures(ctx, tallies);
  return {
    currency: ctx.baseCurrency,
    unconverted: unconvertedOf(tallies.values()),
    stages,
    total: total.figures(ctx.baseCurrency),
  };
}
