import type { Forecast, ForecastCell, ForecastOwner } from '../../../src-shared/api';
import { addMonths, firstDay, monthsFrom, Tally, unconvertedOf } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { currencyOf, ownersById, rateFor, reportContext, units } from './report-context';
import { OPEN } from './stage-figures';

/**
 * The weighted forecast: open opportunities by the month of their estimated
 * close date and by owner, each figure Σ(estimated revenue × probability /
 * 100). Open opportunities expected before the range (overdue ones, when
 * the range starts this month) and undated ones are summed apart, so the
 * page can point at them rather than lose them.
 */

interface Row {
  month: string | null;
  owner_id: string | null;
  currency: string | null;
  rate: string | null;
  probability: number;
  n: number;
  revenue: string | null;
}

export function forecast(db: SqlDb, input: { from: string; months: number; ownerId?: string | undefined }): Forecast {
  const ctx = reportContext(db);
  const months = monthsFrom(input.from, input.months);
  const from = firstDay(input.from);
  const to = firstDay(addMonths(input.from, input.months));
  const rows = db
    .stmt(
      `SELECT substr(o.estimated_close_date, 1, 7) AS month, o.owner_id, o.currency,
         CAST(o.exchange_rate AS TEXT) AS rate, coalesce(o.probability, 0) AS probability, count(*) AS n, CAST(sum(o.estimated_revenue) AS TEXT) AS revenue
       FROM opportunity o
       WHERE ${OPEN} AND (o.estimated_close_date IS NULL OR o.estimated_close_date < ?) ${input.ownerId ? 'AND o.owner_id = ?' : ''}
       GROUP BY 1, 2, 3, 4, 5`,
    )
    .all(...(input.ownerId ? [to, input.ownerId] : [to])) as Row[];

  const cells = new Map<string, Tally>();
  const byOwner = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>(months.map((m) => [m, new Tally()]));
  const earlier = new Tally();
  const undated = new Tally();
  const total = new Tally();
  for (const row of rows) {
    const revenue = units(row.revenue);
    const add = (t: Tally) =>
      t.add(
        row.n,
        currencyOf(ctx, row.currency),
        rateFor(ctx, row.currency, row.rate),
        revenue,
        revenue * BigInt(row.probability),
      );
    if (row.month === null) {
      add(undated);
      continue;
    }
    if (`${row.month}-01` < from) {
      add(earlier);
      continue;
    }
    const owner = row.owner_id ?? '';
    const key = `${row.month}|${owner}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new Tally()));
    add(cell);
    let ownerTally = byOwner.get(owner);
    if (!ownerTally) byOwner.set(owner, (ownerTally = new Tally()));
    add(ownerTally);
    const monthTally = byMonth.get(row.month);
    if (monthTally) add(monthTally);
    add(total);
  }

  const base = ctx.baseCurrency;
  const names = ownersById(db, byOwner.keys());
  const owners: ForecastOwner[] = [...byOwner]
    .map(([id, tally]) => ({
      id,
      name: names.get(id)?.name ?? '',
      kind: names.get(id)?.kind ?? ('user' as const),
      figures: tally.figures(base),
      weightedUnits: tally.weightedUnits(base),
    }))
    .sort(
      (a, b) =>
        (b.weightedUnits > a.weightedUnits ? 1 : b.weightedUnits < a.weightedUnits ? -1 : 0) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    )
    .map(({ weightedUnits: _, ...owner }) => owner);
  const cellList: ForecastCell[] = [...cells].map(([key, tally]) => {
    const [month = '', ownerId = ''] = key.split('|');
    return { month, ownerId, ...tally.figures(base) };
  });
  cellList.sort((a, b) => a.month.localeCompare(b.month) || a.ownerId.localeCompare(b.ownerId));
  return {
    currency: base,
    unconverted: unconvertedOf([total, earlier, undated]),
    months,
    owners,
    cells: cellList,
    byMonth: months.map((month) => ({ month, ...(byMonth.get(month) ?? new Tally()).figures(base) })),
    total: total.figures(base),
    earlier: earlier.figures(base),
    undated: undated.figures(base),
  };
}
