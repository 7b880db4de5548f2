import { describe, expect, it } from 'vitest';
import { account, opportunity, salesBackend, user, win } from './sales-reports-fixtures';

/** The weighted forecast: open opportunities by month of estimated close and by owner. */

describe('the weighted forecast', () => {
  it('weights open opportunities by month and owner, and sets apart earlier and undated ones', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const anna = await user(b, 'Anna');
    const boris = await user(b, 'Boris');
    const deal = (name: string, owner: string, date: string | null, revenue: string, probability: number) =>
      opportunity(b, acme, {
        name,
        owner_id: owner,
        sales_stage: 'develop',
        probability,
        estimated_revenue: revenue,
        ...(date ? { estimated_close_date: date } : {}),
      });
    await deal('A1', anna, '2026-03-31', '1000', 25); // 250
    await deal('A2', anna, '2026-03-01', '10.01', 50); // 5.005
    await deal('A3', anna, '2026-05-20', '300', 10); // 30
    await deal('B1', boris, '2026-03-15', '2000', 70); // 1400
    await opportunity(b, acme, {
      name: 'B2',
      owner_id: boris,
      currency: 'EUR',
      sales_stage: 'propose',
      probability: 80,
      estimated_revenue: '400', // 500 USD, weighted 400
      estimated_close_date: '2026-04-02',
    });
    await deal('Earlier', boris, '2026-02-27', '100', 50);
    await deal('Undated', anna, null, '80', 50);
    await deal('Later', anna, '2026-06-01', '5000', 90);
    const won = await deal('Won', anna, '2026-03-10', '777', 60);
    await win(b, won, '2026-03-10');

    const f = await b.ok('salesReports.forecast', { from: '2026-03', months: 3 });
    expect(f.months).toEqual(['2026-03', '2026-04', '2026-05']);
    // March: Anna 250 + 5.005 = 255.005 -> 255.01 (one rounding for the cell); Boris 1400.
    expect(f.cells.map((c) => [c.month, c.ownerId, c.count, c.total, c.weighted])).toEqual(
      [
        ['2026-03', anna, 2, '1010.01', '255.01'],
        ['2026-03', boris, 1, '2000', '1400'],
        ['2026-04', boris, 1, '500', '400'],
        ['2026-05', anna, 1, '300', '30'],
      ].sort((x, y) => `${x[0]}|${x[1]}`.localeCompare(`${y[0]}|${y[1]}`)),
    );
    expect(f.byMonth).toEqual([
      { month: '2026-03', count: 3, total: '3010.01', weighted: '1655.01' },
      { month: '2026-04', count: 1, total: '500', weighted: '400' },
      { month: '2026-05', count: 1, total: '300', weighted: '30' },
    ]);
    // Owners, largest weighted first.
    expect(f.owners.map((o) => [o.name, o.figures.count, o.figures.weighted])).toEqual([
      ['Boris', 2, '1800'],
      ['Anna', 3, '285.01'],
    ]);
    expect(f.total).toEqual({ count: 5, total: '3810.01', weighted: '2085.01' });
    expect(f.earlier).toEqual({ count: 1, total: '100', weighted: '50' });
    expect(f.undated).toEqual({ count: 1, total: '80', weighted: '40' });

    const annas = await b.ok('salesReports.forecast', { from: '2026-03', months: 3, ownerId: anna });
    expect(annas.owners.map((o) => o.id)).toEqual([anna]);
    expect(annas.total.weighted).toBe('285.01');
    expect(annas.earlier.count).toBe(0);
    expect(annas.undated.count).toBe(1);
  });

  it('refuses a range that is not months', async () => {
    const b = await salesBackend();
    expect((await b.fail('salesReports.forecast', { from: '2026-13', months: 3 })).code).toBe('VALIDATION');
    expect((await b.fail('salesReports.forecast', { from: '2026-01', months: 0 })).code).toBe('VALIDATION');
    expect((await b.fail('salesReports.forecast', { from: '2026-01', months: 25 })).code).toBe('VALIDATION');
  });
});
