import type {
  LookupRef,
  ReportOwner,
  TargetFigures,
  TargetGroup,
  TargetRow,
  TargetsReport,
} from '../../../src-shared/api';
import { moneyFromUnits } from '../../../src-shared/rules/sales/money';
import {
  percentOf,
  periodOf,
  Tally,
  unconvertedOf,
  type TargetPeriodType,
} from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { currencyOf, ownersById, rateFor, reportContext, units } from './report-context';

/**
 * Planned sales (seed 001): each owner's target for a month or a calendar
 * quarter against the opportunities they won in it (by actual close date),
 * per team and for the whole sales team.
 *
 * - A target belongs to the period its start date falls in. Targets of the
 *   same owner and period add up. A quarter takes the owner's quarter
 *   targets, or when they have none, the sum of their monthly targets in
 *   it.
 * - Target revenue has no currency of its own: it is in the base currency.
 * - There is no manager field on users: owners are grouped by team instead.
 */

interface TargetSql {
  owner_id: string | null;
  period_type: string | null;
  revenue: string | null;
  target_count: number | null;
}

interface WonSql {
  owner_id: string | null;
  currency: string | null;
  rate: string | null;
  n: number;
  revenue: string | null;
}

interface Plan {
  revenue: bigint | null;
  count: number | null;
}

interface OwnerAcc {
  plan: Plan;
  won: Tally;
}

function addPlan(into: Plan, from: Plan): void {
  if (from.revenue !== null) into.revenue = (into.revenue ?? 0n) + from.revenue;
  if (from.count !== null) into.count = (into.count ?? 0) + from.count;
}

/** The owners' plans for the period, by the rule above. */
function plans(db: SqlDb, type: TargetPeriodType, from: string, to: string): Map<string, Plan> {
  const rows = db
    .stmt(
      `SELECT owner_id, period_type, CAST(target_revenue AS TEXT) AS revenue, target_count FROM sales_target
       WHERE deleted_at IS NULL AND period_start >= ? AND period_start < ? AND period_type IN ('month', 'quarter')`,
    )
    .all(from, to) as TargetSql[];
  const own = new Map<string, Plan>();
  const monthly = new Map<string, Plan>();
  for (const row of rows) {
    if (!row.owner_id) continue;
    const into = row.period_type === type ? own : type === 'quarter' ? monthly : null;
    if (!into) continue;
    let plan = into.get(row.owner_id);
    if (!plan) into.set(row.owner_id, (plan = { revenue: null, count: null }));
    addPlan(plan, { revenue: row.revenue === null ? null : units(row.revenue), count: row.target_count });
  }
  for (const [owner, plan] of monthly) if (!own.has(owner)) own.set(owner, plan);
  return own;
}

function figures(base: string, plan: Plan, won: Tally): TargetFigures {
  const wonUnits = won.totalUnits(base);
  return {
    targetRevenue: plan.revenue === null ? null : moneyFromUnits(plan.revenue),
    targetCount: plan.count,
    wonRevenue: moneyFromUnits(wonUnits),
    wonCount: won.count,
    revenueAttainment: plan.revenue === null ? null : percentOf(wonUnits, plan.revenue),
    countAttainment: plan.count === null ? null : percentOf(BigInt(won.count), BigInt(plan.count)),
  };
}

function sumOf(accs: Iterable<OwnerAcc>): OwnerAcc {
  const sum: OwnerAcc = { plan: { revenue: null, count: null }, won: new Tally() };
  for (const a of accs) {
    addPlan(sum.plan, a.plan);
    sum.won.merge(a.won);
  }
  return sum;
}

export function targets(db: SqlDb, input: { periodType: TargetPeriodType; month: string }): TargetsReport {
  const ctx = reportContext(db);
  const base = ctx.baseCurrency;
  const period = periodOf(input.periodType, input.month);
  const byOwner = new Map<string, OwnerAcc>();
  const acc = (owner: string): OwnerAcc => {
    let a = byOwner.get(owner);
    if (!a) byOwner.set(owner, (a = { plan: { revenue: null, count: null }, won: new Tally() }));
    return a;
  };
  for (const [owner, plan] of plans(db, input.periodType, period.from, period.to)) addPlan(acc(owner).plan, plan);
  const won = db
    .stmt(
      `SELECT owner_id, currency, CAST(exchange_rate AS TEXT) AS rate, count(*) AS n,
         CAST(sum(actual_revenue) AS TEXT) AS revenue FROM opportunity
       WHERE deleted_at IS NULL AND status = 'won' AND actual_close_date >= ? AND actual_close_date < ?
       GROUP BY 1, 2, 3`,
    )
    .all(period.from, period.to) as WonSql[];
  for (const row of won)
    acc(row.owner_id ?? '').won.add(
      row.n,
      currencyOf(ctx, row.currency),
      rateFor(ctx, row.currency, row.rate),
      units(row.revenue),
    );

  const owners = ownersById(db, byOwner.keys());
  const ownerOf = (id: string): ReportOwner => owners.get(id) ?? { id, name: '', kind: 'user' };
  const rowOf = (id: string): TargetRow => {
    const a = byOwner.get(id)!;
    return { owner: ownerOf(id), ...figures(base, a.plan, a.won) };
  };
  const byName = (a: string, b: string) => ownerOf(a).name.localeCompare(ownerOf(b).name) || a.localeCompare(b);

  // Teams: each team with its live members among the owners, and the team itself when it owns a target or a deal.
  const memberships = db
    .stmt(
      `SELECT t.id AS team_id, t.name AS team_name, m.user_id FROM team t
       LEFT JOIN team_member m ON m.team_id = t.id AND m.deleted_at IS NULL
       WHERE t.deleted_at IS NULL`,
    )
    .all() as { team_id: string; team_name: string; user_id: string | null }[];
  const teams = new Map<string, { team: LookupRef; members: Set<string> }>();
  const inTeam = new Set<string>();
  for (const m of memberships) {
    let entry = teams.get(m.team_id);
    if (!entry) teams.set(m.team_id, (entry = { team: { id: m.team_id, name: m.team_name }, members: new Set() }));
    if (m.user_id && byOwner.has(m.user_id)) {
      entry.members.add(m.user_id);
      inTeam.add(m.user_id);
    }
    if (byOwner.has(m.team_id)) {
      entry.members.add(m.team_id);
      inTeam.add(m.team_id);
    }
  }
  const groupOf = (team: LookupRef | null, ids: string[]): TargetGroup => {
    const sorted = [...ids].sort(byName);
    const sum = sumOf(sorted.map((id) => byOwner.get(id)!));
    return { team, rows: sorted.map(rowOf), ...figures(base, sum.plan, sum.won) };
  };
  const groups: TargetGroup[] = [...teams.values()]
    .filter((t) => t.members.size > 0)
    .sort((a, b) => a.team.name.localeCompare(b.team.name) || a.team.id.localeCompare(b.team.id))
    .map((t) => groupOf(t.team, [...t.members]));
  const loose = [...byOwner.keys()].filter((id) => !inTeam.has(id));
  if (loose.length > 0) groups.push(groupOf(null, loose));

  const all = sumOf(byOwner.values());
  return {
    currency: base,
    unconverted: unconvertedOf([all.won]),
    periodType: period.type,
    months: period.months,
    from: period.from,
    to: period.to,
    groupedBy: 'team',
    groups,
    total: figures(base, all.plan, all.won),
  };
}
