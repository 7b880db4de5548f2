import { describe, expect, it } from 'vitest';
import type { TestBackend } from './helpers';
import { account, clock, opportunity, salesBackend, win } from './sales-reports-fixtures';

/** Lead-source effectiveness: leads, qualified leads, won opportunities and won revenue per source. */

async function lead(b: TestBackend, topic: string, source: string | null): Promise<string> {
  const values = { topic, company_name: `${topic} Ltd`, last_name: topic, ...(source ? { lead_source: source } : {}) };
  return (await b.ok('records.create', { entity: 'lead', values })).id;
}

async function qualify(b: TestBackend, id: string): Promise<string> {
  const result = await b.ok('leads.qualify', {
    id,
    account: { mode: 'new' },
    contact: { mode: 'none' },
    createOpportunity: true,
  });
  return result.opportunity!.id;
}

describe('lead sources', () => {
  it('count leads by source and the revenue won from them, in the period', async () => {
    const c = clock('2025-12-20T09:00:00.000Z');
    const b = await salesBackend({ clock: c });
    await lead(b, 'Old web lead', 'website'); // before the period
    c.set('2026-01-05T09:00:00.000Z');
    const web1 = await lead(b, 'Web one', 'website');
    const web2 = await lead(b, 'Web two', 'website');
    await lead(b, 'Web three', 'website');
    const show = await lead(b, 'Show one', 'trade_show');
    const bare = await lead(b, 'No source', null);
    c.set('2026-02-10T09:00:00.000Z');
    // Qualify: the opportunity carries the lead's source; win it with a revenue.
    const o1 = await qualify(b, web1);
    await b.ok('records.update', { entity: 'opportunity', id: o1, values: { estimated_revenue: '1200.5' } });
    await win(b, o1, '2026-02-10');
    const o2 = await qualify(b, web2);
    await win(b, o2, '2026-02-11', '99.5');
    await b.ok('leads.disqualify', { id: show, reason: 'no_longer_interested' });
    const o3 = await qualify(b, bare);
    // Its source is set on the opportunity later: that counts.
    await b.ok('records.update', { entity: 'opportunity', id: o3, values: { lead_source: 'referral' } });
    await win(b, o3, '2026-02-12', '300');
    // A won opportunity typed with a source (no lead), in euros: 80 EUR = 100 USD.
    const acme = await account(b, 'Acme');
    const direct = await opportunity(b, acme, {
      name: 'Fair deal',
      currency: 'EUR',
      lead_source: 'trade_show',
      estimated_revenue: '80',
    });
    await win(b, direct, '2026-02-20');
    // Won, but no lead business: neither source nor lead.
    const plain = await opportunity(b, acme, { name: 'Plain', estimated_revenue: '5000' });
    await win(b, plain, '2026-02-20');
    // Won after the period.
    const late = await opportunity(b, acme, { name: 'Late', lead_source: 'website', estimated_revenue: '7' });
    await win(b, late, '2026-04-01');

    const report = await b.ok('salesReports.leadSources', { from: '2026-01-01', to: '2026-03-31' });
    expect(report.currency).toBe('USD');
    expect(
      report.rows.map((r) => [r.source, r.leads, r.qualified, r.disqualified, r.wonOpportunities, r.wonRevenue]),
    ).toEqual([
      ['website', 3, 2, 0, 2, '1300'],
      ['referral', 0, 0, 0, 1, '300'],
      ['trade_show', 1, 0, 1, 1, '100'],
      [null, 1, 1, 0, 0, '0'],
    ]);
    expect(report.total).toEqual({ leads: 5, qualified: 3, disqualified: 1, wonOpportunities: 4, wonRevenue: '1700' });

    // Without a period: every lead and every won opportunity from a source or a lead.
    const all = await b.ok('salesReports.leadSources', {});
    expect(all.rows.find((r) => r.source === 'website')).toMatchObject({
      leads: 4,
      wonOpportunities: 3,
      wonRevenue: '1307',
    });

    // A period can end on the very day a lead came in.
    const day = await b.ok('salesReports.leadSources', { from: '2026-01-05', to: '2026-01-05' });
    expect(day.total).toMatchObject({ leads: 5, wonOpportunities: 0 });
  });

  it('refuses dates that are not dates', async () => {
    const b = await salesBackend();
    expect((await b.fail('salesReports.leadSources', { from: '2026-02-30' })).code).toBe('VALIDATION');
  });
});
