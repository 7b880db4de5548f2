import type { LeadSourceRow, LeadSources } from '../../../src-shared/api';
import { nextDay, Tally, unconvertedOf } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { currencyOf, rateFor, reportContext, units } from './report-context';

/**
 * Lead-source effectiveness, for ROI: per lead source, the leads created in
 * the period (creation day in UTC), how many of them are qualified or
 * disqualified, and the opportunities won in the period (by actual close
 * date) that came from that source with their actual revenue. An
 * opportunity's source is its own lead source (copied from its lead when
 * qualified, or typed), else its originating lead's; won opportunities with
 * neither a source nor an originating lead are not lead business and are
 * left out.
 */

interface LeadRow {
  source: string | null;
  status: string | null;
  n: number;
}

interface WonRow {
  source: string | null;
  currency: string | null;
  rate: string | null;
  n: number;
  revenue: string | null;
}

export function leadSources(db: SqlDb, input: { from?: string | undefined; to?: string | undefined }): LeadSources {
  const ctx = reportContext(db);
  const to = input.to ? nextDay(input.to) : undefined;
  const leadWhere = ['deleted_at IS NULL'];
  const leadParams: string[] = [];
  if (input.from) {
    leadWhere.push('created_at >= ?');
    leadParams.push(input.from);
  }
  if (to) {
    leadWhere.push('created_at < ?');
    leadParams.push(to);
  }
  const leads = db
    .stmt(
      `SELECT lead_source AS source, status, count(*) AS n FROM lead WHERE ${leadWhere.join(' AND ')} GROUP BY 1, 2`,
    )
    .all(...leadParams) as LeadRow[];

  const wonWhere = [
    "o.deleted_at IS NULL AND o.status = 'won'",
    '(o.lead_source IS NOT NULL OR o.originating_lead_id IS NOT NULL)',
  ];
  const wonParams: string[] = [];
  if (input.from) {
    wonWhere.push('o.actual_close_date >= ?');
    wonParams.push(input.from);
  }
  if (to) {
    wonWhere.push('o.actual_close_date < ?');
    wonParams.push(to);
  }
  const won = db
    .stmt(
      `SELECT coalesce(o.lead_source, l.lead_source) AS source, o.currency, CAST(o.exchange_rate AS TEXT) AS rate,
         count(*) AS n,
         CAST(sum(o.actual_revenue) AS TEXT) AS revenue
       FROM opportunity o LEFT JOIN lead l ON l.id = o.originating_lead_id
       WHERE ${wonWhere.join(' AND ')} GROUP BY 1, 2, 3`,
    )
    .all(...wonParams) as WonRow[];

  interface Acc {
    leads: number;
    qualified: number;
    disqualified: number;
    won: Tally;
  }
  const bySource = new Map<string | null, Acc>();
  const acc = (source: string | null): Acc => {
    let a = bySource.get(source);
    if (!a) bySource.set(source, (a = { leads: 0, qualified: 0, disqualified: 0, won: new Tally() }));
    return a;
  };
  for (const row of leads) {
    const a = acc(row.source);
    a.leads += row.n;
    if (row.status === 'qualified') a.qualified += row.n;
    if (row.status === 'disqualified') a.disqualified += row.n;
  }
  for (const row of won)
    acc(row.source).won.add(
      row.n,
      currencyOf(ctx, row.currency),
      rateFor(ctx, row.currency, row.rate),
      units(row.revenue),
    );

  const base = ctx.baseCurrency;
  const rows = [...bySource].map(([source, a]) => ({
    row: {
      source,
      leads: a.leads,
      qualified: a.qualified,
      disqualified: a.disqualified,
      wonOpportunities: a.won.count,
      wonRevenue: a.won.figures(base).total,
    } satisfies LeadSourceRow,
    revenue: a.won.totalUnits(base),
  }));
  rows.sort(
    (a, b) =>
      (b.revenue > a.revenue ? 1 : b.revenue < a.revenue ? -1 : 0) ||
      b.row.leads - a.row.leads ||
      (a.row.source ?? '\uffff').localeCompare(b.row.source ?? '\uffff'),
  );
  const allWon = new Tally();
  for (const a of bySource.values()) allWon.merge(a.won);
  const sum = (pick: (r: LeadSourceRow) => number) => rows.reduce((s, r) => s + pick(r.row), 0);
  return {
    currency: base,
    unconverted: unconvertedOf([allWon]),
    rows: rows.map((r) => r.row),
    total: {
      leads: sum((r) => r.leads),
      qualified: sum((r) => r.qualified),
      disqualified: sum((r) => r.disqualified),
      wonOpportunities: allWon.count,
      wonRevenue: allWon.figures(base).total,
    },
  };
}
