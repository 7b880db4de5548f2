import type { StageFigures } from '../../../src-shared/api';
import { Tally } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { currencyOf, rateFor, units, type ReportContext } from './report-context';

/**
 * Open opportunities per stage: how many, their estimated revenue and their
 * weighted revenue, Σ(estimated revenue × probability / 100). The sums are
 * taken in SQL per stage, currency and probability (at most 101 groups per
 * stage and currency) and weighted in bigint, so no sum is ever multiplied
 * inside SQLite's 64-bit integers.
 */

export const OPEN = "o.deleted_at IS NULL AND o.status = 'open'";

interface StageSum {
  stage: string;
  currency: string | null;
  rate: string | null;
  probability: number;
  n: number;
  revenue: string | null;
}

export function openTallies(db: SqlDb, ctx: ReportContext, ownerId: string | undefined): Map<string, Tally> {
  const rows = db
    .stmt(
      `SELECT coalesce(o.sales_stage, '') AS stage, o.currency, CAST(o.exchange_rate AS TEXT) AS rate,
         coalesce(o.probability, 0) AS probability, count(*) AS n, CAST(sum(o.estimated_revenue) AS TEXT) AS revenue
       FROM opportunity o WHERE ${OPEN} ${ownerId ? 'AND o.owner_id = ?' : ''}
       GROUP BY 1, 2, 3, 4`,
    )
    .all(...(ownerId ? [ownerId] : [])) as StageSum[];
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    let tally = tallies.get(row.stage);
    if (!tally) tallies.set(row.stage, (tally = new Tally()));
    const revenue = units(row.revenue);
    tally.add(
      row.n,
      currencyOf(ctx, row.currency),
      rateFor(ctx, row.currency, row.rate),
      revenue,
      revenue * BigInt(row.probability),
    );
  }
  return tallies;
}

/**
 * The stages to show: "no stage" first when open opportunities lack one,
 * then the configured stages in order (even when empty, so a card can be
 * dragged there), then stages no longer configured that records still hold.
 */
export function stageOrder(ctx: ReportContext, present: Iterable<string>): { stage: string; configured: boolean }[] {
  const configured = new Set(ctx.stages);
  const extra = [...present].filter((s) => s !== '' && !configured.has(s)).sort();
  const hasNone = [...present].includes('');
  return [
    ...(hasNone ? [{ stage: '', configured: false }] : []),
    ...ctx.stages.map((stage) => ({ stage, configured: true })),
    ...extra.map((stage) => ({ stage, configured: false })),
  ];
}

export function stageFigures(
  ctx: ReportContext,
  tallies: ReadonlyMap<string, Tally>,
): { stages: StageFigures[]; total: Tally } {
  const total = new Tally();
  const stages = stageOrder(ctx, tallies.keys()).map(({ stage, configured }) => {
    const tally = tallies.get(stage) ?? new Tally();
    total.merge(tally);
    return { stage, configured, ...tally.figures(ctx.baseCurrency) };
  });
  return { stages, total };
}
