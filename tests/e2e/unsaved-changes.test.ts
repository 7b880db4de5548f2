import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppPage, type Session } from './harness';
import {
  command,
  dialog,
  field,
  gone,
  heading,
  openList,
  saveRecord,
  siteMap,
  soon,
  startEmpty,
  table,
  unsavedMark,
  visible,
} from './ui';

/**
 * Leaving a form with unsaved edits asks first: "Keep editing" stays with
 * the edits, "Discard changes" leaves and stores nothing. The same question
 * guards the browser's Back button. One host for the file, a page per test.
 */

const NAME = 'Guarded Ltd';
const PHONE = '+1 555 0142';
let app: Session;
let current: AppPage;
let accountId: string;

beforeAll(async () => {
  app = await openApp();
  await startEmpty(app.page);
  const created = okValue<{ id: string }>(
    await app.host.call('records.create', { entity: 'account', values: { name: NAME, phone: PHONE } }),
  );
  accountId = created.id;
});
afterAll(async () => {
  await app?.close();
});
beforeEach(async () => {
  current = await app.newPage();
  await openList(current.page, 'Accounts');
});
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveEvidence(current.page, task.name);
  await current.close();
});

async function openAccount(page: Page): Promise<void> {
  await table(page, 'Accounts').getByRole('link', { name: NAME }).click();
  await page.waitForURL(new RegExp(`#/sales/accounts/${accountId}$`));
  await soon(() => field(page, 'Phone').inputValue()).toBe(PHONE);
}

async function storedPhone(): Promise<string> {
  const record = okValue<{ values: { phone: string } }>(
    await app.host.call('records.get', { entity: 'account', id: accountId }),
  );
  return record.values.phone;
}

const guard = (page: Page) => dialog(page, 'Discard unsaved changes?');

describe('unsaved changes', () => {
  it('"Keep editing" stays on the form with the edit, which can then be saved', async () => {
    const { page } = current;
    await openAccount(page);
    await field(page, 'Phone').fill('+1 555 0143');
    await visible(unsavedMark(page));

    await command(page, 'Back to Accounts').click();
    await visible(guard(page).getByText('You have changes on this form that are not saved.'));
    await guard(page).getByRole('button', { name: 'Keep editing' }).click();
    await gone(guard(page));
    expect(page.url()).toMatch(new RegExp(`#/sales/accounts/${accountId}$`));
    expect(await field(page, 'Phone').inputValue()).toBe('+1 555 0143');
    await visible(unsavedMark(page));

    await saveRecord(page);
    expect(await storedPhone()).toBe('+1 555 0143');
    // Saved: leaving asks nothing now.
    await command(page, 'Back to Accounts').click();
    await visible(heading(page, 'Accounts'));
    expect(await guard(page).count()).toBe(0);

    // Put the phone back for the next test.
    okValue(await app.host.call('records.update', { entity: 'account', id: accountId, values: { phone: PHONE } }));
  });

  it('"Discard changes" leaves the form and stores nothing', async () => {
    const { page } = current;
    await openAccount(page);
    await field(page, 'Phone').fill('+1 555 0199');
    await command(page, 'Back to Accounts').click();
    await guard(page).getByRole('button', { name: 'Discard changes' }).click();
    await visible(heading(page, 'Accounts'));
    expect(await storedPhone()).toBe(PHONE);

    await openAccount(page);
    expect(await unsavedMark(page).count()).toBe(0);
  });

  it("guards the site map and the browser's Back button the same way", async () => {
    const { page } = current;
    await openAccount(page);
    await field(page, 'Phone').fill('+1 555 0177');

    await page.goBack();
    await visible(guard(page));
    await guard(page).getByRole('button', { name: 'Keep editing' }).click();
    await gone(guard(page));
    expect(page.url()).toMatch(new RegExp(`#/sales/accounts/${accountId}$`));
    expect(await field(page, 'Phone').inputValue()).toBe('+1 555 0177');

    await siteMap(page).getByRole('link', { name: 'Contacts' }).click();
    await guard(page).getByRole('button', { name: 'Discard changes' }).click();
    await visible(heading(page, 'Contacts'));
    await openList(page, 'Accounts');
    expect(await storedPhone()).toBe(PHONE);
  });
});
