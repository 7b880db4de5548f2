import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordData } from '../../src-shared/api';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { dialog, heading, siteMap, soon, startEmpty, visible } from './ui';

/**
 * An administrator words the lead sources and sales stages the business's
 * own way in Settings: a new source is offered on the lead form and a hidden
 * one is not; a stage added under Settings › Sales gets a probability and a
 * column on the pipeline board.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Work area' }).getByRole('link', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
}

async function create(host: AppHost, entity: string, values: Record<string, unknown>): Promise<string> {
  return okValue<RecordData>(await host.call('records.create', { entity, values })).id;
}

/** The options a form's choice field offers, opened as a user opens it. */
async function offered(page: Page, label: string): Promise<string[]> {
  await page.getByRole('main').getByRole('combobox', { name: label, exact: true }).click();
  const options = await visible(page.getByRole('listbox'));
  const names = await options.getByRole('option').allTextContents();
  await page.keyboard.press('Escape');
  return names;
}

describe('choice lists', () => {
  it('adds a lead source, hides another, and the lead form offers the list as edited', async () => {
    app = await openApp();
    const { page } = app;
    await startEmpty(page);
    await openSettings(page);
    await page.getByRole('button', { name: 'Edit Lead sources' }).click();
    const editor = await visible(dialog(page, 'Edit Lead sources'));
    await editor.getByRole('button', { name: 'Add a value' }).click();
    await editor.getByRole('textbox', { name: 'New value: Label (English)' }).fill('Partner portal');
    await editor.getByRole('textbox', { name: 'Partner portal: Label (Russian)' }).fill('Портал партнёров');
    await editor.getByRole('switch', { name: 'Offer Purchased list' }).uncheck({ force: true }); // Mantine draws the track; the input is visually hidden.
    await editor.getByRole('button', { name: 'Move Partner portal up' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog(page, 'Edit Lead sources').count()).toBe(0);
    await visible(page.getByText('1 hidden'));

    await siteMap(page).getByRole('link', { name: 'Leads', exact: true }).click();
    await visible(heading(page, 'Leads'));
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await visible(page.getByRole('main').getByRole('combobox', { name: 'Lead source', exact: true }));
    const sources = await offered(page, 'Lead source');
    expect(sources.at(-2)).toBe('Partner portal');
    expect(sources).not.toContain('Purchased list');
    expect(sources).toContain('Referral');
  });

  it('adds a sales stage under Settings › Sales that gets a probability and a pipeline column', async () => {
    app = await openApp();
    const { page, host } = app;
    await startEmpty(page);
    await openSettings(page);
    await page.getByRole('button', { name: 'Edit stages' }).click();
    const editor = await visible(dialog(page, 'Edit Sales stages'));
    await editor.getByRole('button', { name: 'Add a value' }).click();
    await editor.getByRole('textbox', { name: 'New value: Label (English)' }).fill('Demo');
    // From the end to between Develop and Propose.
    await editor.getByRole('button', { name: 'Move Demo up' }).click();
    await editor.getByRole('button', { name: 'Move Demo up' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog(page, 'Edit Sales stages').count()).toBe(0);
    const demo = await visible(page.getByRole('textbox', { name: 'Demo', exact: true }));
    await soon(() => demo.inputValue()).toBe('55%');

    const acme = await create(host, 'account', { name: 'Acme Trading' });
    await create(host, 'opportunity', { name: 'Demo deal', customer: `account:${acme}`, sales_stage: 'cc_demo' });
    await siteMap(page).getByRole('link', { name: 'Pipeline' }).click();
    await visible(heading(page, 'Pipeline'));
    const columns = page.getByRole('list', { name: 'Pipeline' }).getByRole('listitem');
    await soon(() => columns.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')))).toEqual([
      'Qualify',
      'Develop',
      'Demo',
      'Propose',
      'Close',
    ]);
  });
});
