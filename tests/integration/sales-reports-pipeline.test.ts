import { describe, expect, it } from 'vitest';
import { account, lose, opportunity, salesBackend, user, win } from './sales-reports-fixtures';

/** The pipeline board and the funnel: open opportunities per stage, exact sums and weighted sums. */

describe('the pipeline', () => {
  it('sums open opportunities per stage, weighting each sum once, in the base currency', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const big = await opportunity(b, acme, {
      name: 'Big deal',
      sales_stage: 'develop',
      probability: 40,
      estimated_revenue: '1000',
      estimated_close_date: '2026-04-10',
    });
    // Two halves of a cent, weighted: 0.025 each; the column rounds their sum once (0.05), not each (0.06).
    await opportunity(b, acme, {
      name: 'Tiny one',
      sales_stage: 'propose',
      probability: 50,
      estimated_revenue: '0.05',
      estimated_close_date: '2026-05-01',
    });
    await opportunity(b, acme, {
      name: 'Tiny two',
      sales_stage: 'propose',
      probability: 50,
      estimated_revenue: '0.05',
    });
    // 100 EUR at 0.8 EUR per USD: 125 USD, weighted at 50%.
    await opportunity(b, acme, {
      name: 'Euro deal',
      currency: 'EUR',
      sales_stage: 'develop',
      probability: 50,
      estimated_revenue: '100',
      estimated_close_date: '2026-04-01',
    });
    // Closed opportunities are not in the pipeline.
    const won = await opportunity(b, acme, { name: 'Won', sales_stage: 'close', estimated_revenue: '999' });
    await win(b, won, '2026-03-01');
    const lost = await opportunity(b, acme, { name: 'Lost', sales_stage: 'close', estimated_revenue: '999' });
    await lose(b, lost, '2026-03-02');
    // Nor are deleted ones.
    const gone = await opportunity(b, acme, { name: 'Gone', sales_stage: 'qualify', estimated_revenue: '5' });
    await b.ok('records.delete', { entity: 'opportunity', id: gone });

    const pipeline = await b.ok('salesReports.pipeline', {});
    expect(pipeline.currency).toBe('USD');
    expect(pipeline.unconverted).toEqual([]);
    expect(
      pipeline.columns.map((c) => [c.stage, c.configured, c.count, c.total, c.weighted, c.cards.length, c.more]),
    ).toEqual([
      ['qualify', true, 0, '0', '0', 0, 0],
      ['develop', true, 2, '1125', '462.5', 2, 0],
      ['propose', true, 2, '0.1', '0.05', 2, 0],
      ['close', true, 0, '0', '0', 0, 0],
    ]);
    expect(pipeline.total).toEqual({ count: 4, total: '1125.1', weighted: '462.55' });

    // Cards: soonest close date first, in their own currency, with customer and owner.
    const develop = pipeline.columns[1]!;
    expect(develop.cards.map((c) => [c.name, c.estimatedRevenue, c.currency, c.probability])).toEqual([
      ['Euro deal', '100', 'EUR', 50],
      ['Big deal', '1000', 'USD', 40],
    ]);
    expect(develop.cards[1]).toMatchObject({
      id: big,
      customer: { ref: `account:${acme}`, name: 'Acme' },
      estimatedCloseDate: '2026-04-10',
      owner: { kind: 'user', name: expect.any(String) },
    });
    // Undated cards come last.
    expect(pipeline.columns[2]!.cards.map((c) => c.name)).toEqual(['Tiny one', 'Tiny two']);

    // At most `cardsPerStage` cards; the figures still count them all.
    const capped = await b.ok('salesReports.pipeline', { cardsPerStage: 1 });
    expect(capped.columns[1]).toMatchObject({ count: 2, total: '1125', more: 1 });
    expect(capped.columns[1]!.cards.map((c) => c.name)).toEqual(['Euro deal']);

    // The funnel has the same figures, without cards.
    const funnel = await b.ok('salesReports.funnel', {});
    expect(funnel.stages).toEqual(pipeline.columns.map(({ cards: _c, more: _m, ...figures }) => figures));
    expect(funnel.total).toEqual(pipeline.total);
  });

  it('moves a card to another stage through the command the board calls', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const id = await opportunity(b, acme, { name: 'Deal', sales_stage: 'qualify', estimated_revenue: '200' });
    expect((await b.ok('salesReports.pipeline', {})).columns[0]).toMatchObject({ count: 1, weighted: '20' });
    await b.ok('opportunities.moveStage', { id, stage: 'propose' });
    const after = await b.ok('salesReports.pipeline', {});
    expect(after.columns.map((c) => [c.stage, c.count, c.weighted])).toEqual([
      ['qualify', 0, '0'],
      ['develop', 0, '0'],
      ['propose', 1, '140'],
      ['close', 0, '0'],
    ]);
  });

  it('filters by owner, user or team', async () => {
    const b = await salesBackend();
    const acme = await account(b, 'Acme');
    const anna = await user(b, 'Anna');
    const team = (await b.ok('teams.create', { name: 'North' })).id;
    await opportunity(b, acme, { name: 'Mine', sales_stage: 'develop', estimated_revenue: '10' });
    await opportunity(b, acme, { name: 'Anna’s', sales_stage: 'develop', estimated_revenue: '20', owner_id: anna });
    await opportunity(b, acme, { name: 'Team’s', sales_stage: 'close', estimated_revenue: '30', owner_id: team });
    const annas = await b.ok('salesReports.pipeline', { ownerId: anna });
    expect(annas.total).toEqual({ count: 1, total: '20', weighted: '8' });
    expect(annas.columns[1]!.cards[0]!.owner).toEqual({ id: anna, name: 'Anna', kind: 'user' });
    const teams = await b.ok('salesReports.funnel', { ownerId: team });
    expect(teams.total).toEqual({ count: 1, total: '30', weighted: '27' });
  });

  it('converts with the rate each opportunity recorded, not a later rate in the settings', async () => {
    const b = await salesBackend({ rates: { EUR: '0.8' } });
    const acme = await account(b, 'Acme');
    await opportunity(b, acme, { name: 'Euros', currency: 'EUR', sales_stage: 'develop', estimated_revenue: '10' });
    await b.ok('sales.updateSettings', { exchangeRates: { EUR: '0.5' } });
    await opportunity(b, acme, {
      name: 'More euros',
      currency: 'EUR',
      sales_stage: 'develop',
      estimated_revenue: '10',
    });
    // 10 EUR at 0.8 = 12.50 USD, and 10 EUR at 0.5 = 20 USD.
    const pipeline = await b.ok('salesReports.pipeline', {});
    expect(pipeline.total).toEqual({ count: 2, total: '32.5', weighted: '13' });
    expect(pipeline.unconverted).toEqual([]);
  });

  it('refuses an owner that is not an id', async () => {
    const b = await salesBackend();
    const error = await b.fail('salesReports.pipeline', { ownerId: 'anna' });
    expect(error.code).toBe('VALIDATION');
  });
});
