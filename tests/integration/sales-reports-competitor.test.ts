import { describe, expect, it } from 'vitest';
import { account, lose, opportunity, salesBackend, win } from './sales-reports-fixtures';

/** A competitor's form: the opportunities lost to it and those won against it. */

describe('a competitor’s deals', () => {
  it('lists the opportunities lost to it and the won ones that named it', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const rival = (await b.ok('records.create', { entity: 'competitor', values: { name: 'Rival Inc' } })).id;
    const other = (await b.ok('records.create', { entity: 'competitor', values: { name: 'Other Co' } })).id;
    const deal = (name: string, values: Record<string, unknown> = {}) =>
      opportunity(b, acme, { name, estimated_revenue: '100', ...values });

    const lost1 = await deal('Lost early', { estimated_revenue: '250' });
    await lose(b, lost1, '2026-01-10', rival);
    const lost2 = await deal('Lost late', { currency: 'EUR', estimated_revenue: '40' });
    await lose(b, lost2, '2026-03-01', rival);
    const lostOther = await deal('Lost to other');
    await lose(b, lostOther, '2026-03-02', other);
    const won1 = await deal('Won against both', { competitors: [`competitor:${other}`, `competitor:${rival}`] });
    await win(b, won1, '2026-02-01', '1000');
    const won2 = await deal('Won against other', { competitors: [`competitor:${other}`] });
    await win(b, won2, '2026-02-02');
    await deal('Still open', { competitors: [`competitor:${rival}`] });
    const gone = await deal('Deleted', { competitors: [`competitor:${rival}`] });
    await win(b, gone, '2026-02-03');
    await b.ok('records.delete', { entity: 'opportunity', id: gone });

    const deals = await b.ok('salesReports.competitorDeals', { id: rival });
    expect(deals.lost.deals.map((d) => [d.name, d.revenue, d.currency, d.closeDate])).toEqual([
      ['Lost late', '40', 'EUR', '2026-03-01'],
      ['Lost early', '250', 'USD', '2026-01-10'],
    ]);
    // What was lost: the estimates, 250 USD and 40 EUR (50 USD).
    expect(deals.lost.figures).toEqual({ count: 2, total: '300', weighted: '0' });
    expect(deals.won.deals.map((d) => [d.name, d.revenue, d.customer?.name])).toEqual([
      ['Won against both', '1000', 'Acme'],
    ]);
    expect(deals.won.figures).toMatchObject({ count: 1, total: '1000' });

    const others = await b.ok('salesReports.competitorDeals', { id: other });
    expect(others.lost.deals.map((d) => d.name)).toEqual(['Lost to other']);
    expect(others.won.deals.map((d) => d.name).sort()).toEqual(['Won against both', 'Won against other']);
    expect(others.won.figures).toMatchObject({ count: 2, total: '1100' });
  });

  it('refuses a competitor that does not exist', async () => {
    const b = await salesBackend();
    const error = await b.fail('salesReports.competitorDeals', { id: '01900000-0000-7000-8000-000000000001' });
    expect(error.code).toBe('NOT_FOUND');
  });
});
