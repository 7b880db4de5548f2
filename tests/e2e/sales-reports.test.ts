import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { heading, siteMap, soon, startEmpty, visible } from './ui';

/**
 * The pipeline board in the browser: an empty board says what to do; cards
 * appear by stage with their column figures; dragging a card to another
 * column moves the opportunity (and its probability), and so does "Move to
 * stage" from the keyboard. A competitor's "Win / loss" tab lists the
 * deal lost to it.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

async function create(host: AppHost, entity: string, values: Record<string, unknown>): Promise<string> {
  return okValue<{ id: string }>(await host.call('records.create', { entity, values })).id;
}

async function stageOf(host: AppHost, id: string): Promise<[unknown, unknown]> {
  const record = okValue<{ values: Record<string, unknown> }>(
    await host.call('records.get', { entity: 'opportunity', id }),
  );
  return [record.values['sales_stage'], record.values['probability']];
}

function column(page: Page, stage: string): Locator {
  return page.getByRole('list', { name: 'Pipeline' }).getByRole('listitem', { name: stage, exact: true });
}

/** A real pointer drag (press, move in steps, release), as a user does it. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('nothing to drag');
  await page.mouse.move(a.x + a.width / 2, a.y + 12);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + 30, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
  await page.mouse.up();
}

describe('sales reports', () => {
  it('move an opportunity on the pipeline board and show a competitor’s lost deals', async () => {
    app = await openApp();
    const { page, host } = app;
    await startEmpty(page);
    await siteMap(page).getByRole('link', { name: 'Pipeline' }).click();
    await visible(heading(page, 'Pipeline'));
    await visible(page.getByText('No open opportunities. Create one from Opportunities.'));

    const acme = await create(host, 'account', { name: 'Acme Trading' });
    const deal = await create(host, 'opportunity', {
      name: 'Fleet telematics',
      customer: `account:${acme}`,
      sales_stage: 'qualify',
      estimated_revenue: '1000',
    });
    await create(host, 'opportunity', {
      name: 'Office network',
      customer: `account:${acme}`,
      sales_stage: 'develop',
      estimated_revenue: '500',
    });

    // The board follows the new records by itself.
    const qualify = column(page, 'Qualify');
    const propose = column(page, 'Propose');
    await visible(qualify.getByRole('link', { name: 'Fleet telematics' }));
    await visible(qualify.getByText('Acme Trading'));
    await visible(qualify.getByText('$100.00'));
    await visible(column(page, 'Develop').getByText('$200.00'));

    await drag(page, qualify.locator(`[data-opportunity="${deal}"]`), propose);
    await visible(page.getByText('“Fleet telematics” moved to Propose (70%)'));
    await visible(propose.getByRole('link', { name: 'Fleet telematics' }));
    await visible(propose.getByText('$700.00'));
    await soon(() => stageOf(host, deal)).toEqual(['propose', 70]);

    // Without a mouse: the card's "Move to stage" menu.
    await propose.getByRole('button', { name: 'Move “Fleet telematics” to another stage' }).click();
    await page.getByRole('menuitem', { name: 'Close', exact: true }).click();
    await visible(column(page, 'Close').getByRole('link', { name: 'Fleet telematics' }));
    await soon(() => stageOf(host, deal)).toEqual(['close', 90]);

    // Lost to a competitor: its form's "Win / loss" tab lists the deal.
    const rival = await create(host, 'competitor', { name: 'Northwind Systems' });
    okValue(
      await host.call('opportunities.close', {
        outcome: 'lost',
        id: deal,
        reason: 'out_sold',
        competitorId: rival,
        actualCloseDate: '2026-03-02',
        closeQuotes: false,
      }),
    );
    await siteMap(page).getByRole('link', { name: 'Competitors', exact: true }).click();
    await page.getByRole('link', { name: 'Northwind Systems' }).click();
    await page.getByRole('tab', { name: 'Win / loss' }).click();
    const lost = page.getByRole('region', { name: 'Lost to Northwind Systems' });
    await visible(lost.getByRole('link', { name: 'Fleet telematics' }));
    await visible(lost.getByText('Opportunities: 1 · $1,000.00'));
    await visible(page.getByText('No won opportunity named Northwind Systems among its competitors.'));
    expect(await lost.getByRole('row').count()).toBe(2);
  });
});
