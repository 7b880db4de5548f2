import { describe, expect, it } from 'vitest';
import type { TestBackend } from './helpers';
import { account, opportunity, salesBackend, user, win } from './sales-reports-fixtures';

/** Planned sales: targets per owner and period against won revenue, per team and for the whole team. */

async function target(
  b: TestBackend,
  owner: string,
  periodType: 'month' | 'quarter',
  start: string,
  revenue: string | null,
  count: number | null = null,
): Promise<void> {
  await b.ok('records.create', {
    entity: 'sales_target',
    values: {
      name: `${periodType} ${start}`,
      owner_id: owner,
      period_type: periodType,
      period_start: start,
      ...(revenue === null ? {} : { target_revenue: revenue }),
      ...(count === null ? {} : { target_count: count }),
    },
  });
}

describe('sales targets', () => {
  it('compare each owner’s target with the revenue won in the period, by team and in total', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const anna = await user(b, 'Anna');
    const boris = await user(b, 'Boris');
    const vera = await user(b, 'Vera');
    const north = (await b.ok('teams.create', { name: 'North' })).id;
    const south = (await b.ok('teams.create', { name: 'South' })).id;
    await b.ok('teams.addMember', { teamId: north, userId: anna });
    await b.ok('teams.addMember', { teamId: north, userId: vera });
    await b.ok('teams.addMember', { teamId: south, userId: vera });

    await target(b, anna, 'month', '2026-03-01', '1000', 2);
    await target(b, boris, 'month', '2026-03-15', '500'); // any day of the month
    await target(b, vera, 'month', '2026-03-01', null, 3);
    await target(b, anna, 'quarter', '2026-01-01', '3000', 5);
    await target(b, boris, 'month', '2026-01-01', '100');
    await target(b, boris, 'month', '2026-02-01', '200');

    const won = async (owner: string, date: string, revenue: string, currency?: string) => {
      const id = await opportunity(b, acme, {
        name: `${date} ${revenue}`,
        owner_id: owner,
        estimated_revenue: revenue,
        ...(currency ? { currency } : {}),
      });
      await win(b, id, date);
    };
    await won(anna, '2026-03-05', '600');
    await won(anna, '2026-03-31', '200', 'EUR'); // 250 USD
    await won(boris, '2026-02-10', '100');
    await won(vera, '2026-03-10', '10');
    await won(anna, '2026-04-01', '999'); // next month
    // Open and lost ones do not count.
    await opportunity(b, acme, { name: 'Open', owner_id: anna, estimated_revenue: '5' });

    const march = await b.ok('salesReports.targets', { periodType: 'month', month: '2026-03' });
    expect(march).toMatchObject({ currency: 'USD', from: '2026-03-01', to: '2026-04-01', groupedBy: 'team' });
    const rows = (g: (typeof march.groups)[number]) =>
      g.rows.map((r) => [
        r.owner.name,
        r.targetRevenue,
        r.wonRevenue,
        r.revenueAttainment,
        r.targetCount,
        r.wonCount,
        r.countAttainment,
      ]);
    expect(march.groups.map((g) => g.team?.name ?? null)).toEqual(['North', 'South', null]);
    expect(rows(march.groups[0]!)).toEqual([
      ['Anna', '1000', '850', 85, 2, 2, 100],
      ['Vera', null, '10', null, 3, 1, 33],
    ]);
    expect(march.groups[0]).toMatchObject({
      targetRevenue: '1000',
      wonRevenue: '860',
      revenueAttainment: 86,
      targetCount: 5,
    });
    expect(rows(march.groups[1]!)).toEqual([['Vera', null, '10', null, 3, 1, 33]]);
    expect(rows(march.groups[2]!)).toEqual([['Boris', '500', '0', 0, null, 0, null]]);
    // Vera is in two teams but counts once for the whole team: 1500 target, 860 won = 57%.
    expect(march.total).toEqual({
      targetRevenue: '1500',
      targetCount: 5,
      wonRevenue: '860',
      wonCount: 3,
      revenueAttainment: 57,
      countAttainment: 60,
    });

    // The first quarter: Anna's quarter target; Boris's three monthly ones added up (100 + 200 + 500).
    const q1 = await b.ok('salesReports.targets', { periodType: 'quarter', month: '2026-02' });
    expect(q1.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const all = q1.groups.flatMap((g) => g.rows);
    expect(all.find((r) => r.owner.id === anna)).toMatchObject({
      targetRevenue: '3000',
      wonRevenue: '850',
      revenueAttainment: 28,
    });
    // 100 of 800 = 12.5% -> 13 (half away from zero).
    expect(all.find((r) => r.owner.id === boris)).toMatchObject({
      targetRevenue: '800',
      wonRevenue: '100',
      revenueAttainment: 13,
    });
    expect(q1.total).toMatchObject({ targetRevenue: '3800', wonRevenue: '960', wonCount: 4 });
  });

  it('show a team that owns a target as a row of its own group', async () => {
    const b = await salesBackend();
    const team = (await b.ok('teams.create', { name: 'Key accounts' })).id;
    await target(b, team, 'month', '2026-05-01', '250');
    const report = await b.ok('salesReports.targets', { periodType: 'month', month: '2026-05' });
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.team).toEqual({ id: team, name: 'Key accounts' });
    expect(report.groups[0]!.rows[0]!.owner).toEqual({ id: team, name: 'Key accounts', kind: 'team' });
    expect(report.total).toMatchObject({ targetRevenue: '250', wonRevenue: '0', revenueAttainment: 0 });
  });

  it('answer an empty period with no groups', async () => {
    const b = await salesBackend();
    const report = await b.ok('salesReports.targets', { periodType: 'quarter', month: '2027-11' });
    expect(report).toMatchObject({ from: '2027-10-01', to: '2028-01-01', groups: [] });
    expect(report.total).toEqual({
      targetRevenue: null,
      targetCount: null,
      wonRevenue: '0',
      wonCount: 0,
      revenueAttainment: null,
      countAttainment: null,
    });
  });
});
