import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppPage, type Session } from './harness';
import { chooseLookup, command, field, heading, openList, recordIdInUrl, rowNames, soon, table, visible } from './ui';

/**
 * First run with the sample company, and what a list of a few hundred
 * accounts must do with it: sort by a column, narrow with quick find,
 * filter a column, and find an account from a contact's lookup.
 * One host for the file; the sample is loaded once.
 */

interface AccountRow {
  readonly id: string;
  readonly display_name: string;
  readonly values: { account_number: string | null; relationship_type: string | null };
}

let app: Session;
let current: AppPage;

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Every live account, straight from the host: the oracle the list is checked against. */
async function allAccounts(): Promise<AccountRow[]> {
  return okValue<{ rows: AccountRow[] }>(await app.host.call('records.list', { entity: 'account', limit: 500 })).rows;
}

/** The rows the grid has rendered (it is virtualized: those in view, plus a few). */
function bodyRows(grid: Locator): Locator {
  return grid.getByRole('rowgroup').nth(1).getByRole('row');
}

/** The text of column `index` in every rendered row, top to bottom. */
async function columnTexts(grid: Locator, index: number): Promise<string[]> {
  const rows = await bodyRows(grid).all();
  return Promise.all(rows.map(async (row) => ((await row.getByRole('cell').nth(index).textContent()) ?? '').trim()));
}

/** Scrolls the grid to its end and reads how many rows it holds (from the last row's aria-rowindex). */
async function scrolledRowCount(page: Page, grid: Locator): Promise<number> {
  await grid.hover();
  await page.mouse.wheel(0, 4000);
  const indexes = await bodyRows(grid).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-rowindex'))));
  const linked = await bodyRows(grid).getByRole('link').count();
  // Row indexes start at 2 (the header row is 1); a trailing "Loading more…" row has no link.
  return linked === 0 ? 0 : Math.max(...indexes) - 1 - (indexes.length - linked);
}

describe('first run', () => {
  it('"Load sample company" fills the app with about 200 accounts', async () => {
    const { page } = app;
    await visible(heading(page, 'Welcome to Offline CRM', 1));
    await page.getByRole('button', { name: 'Load sample company' }).click();

    const loaded = await visible(page.getByText(/^Sample company loaded: [\d,]+ accounts, [\d,]+ contacts\.$/));
    const [, accounts = '0', contacts = '0'] =
      /([\d,]+) accounts, ([\d,]+) contacts/.exec(await loaded.innerText()) ?? [];
    const shownAccounts = Number(accounts.replace(/,/g, ''));
    expect(shownAccounts).toBeGreaterThanOrEqual(150);
    expect(shownAccounts).toBeLessThanOrEqual(250);
    expect(Number(contacts.replace(/,/g, ''))).toBeGreaterThan(shownAccounts);

    await visible(heading(page, 'Dashboard'));
    await openList(page, 'Accounts');
    const grid = table(page, 'Accounts');
    await soon(() => scrolledRowCount(page, grid)).toBe(shownAccounts);
    expect((await allAccounts()).length).toBe(shownAccounts);
  });
});

describe('the accounts list of the sample company', () => {
  beforeEach(async () => {
    // Runs alone too: load the sample if the first-run test did not.
    const info = okValue<{ state: string }>(await app.host.call('app.info', {}));
    if (info.state === 'onboarding') okValue(await app.host.call('app.loadSample', {}));
    current = await app.newPage();
    await openList(current.page, 'Accounts');
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveEvidence(current.page, task.name);
    await current.close();
  });

  it('sorts when a column header is clicked, both ways', async () => {
    const { page } = current;
    const grid = table(page, 'Accounts');
    const numbers = (await allAccounts()).map((a) => a.values.account_number ?? '').filter(Boolean);
    const [lowest, highest] = [[...numbers].sort()[0], [...numbers].sort().at(-1)];
    const header = grid.getByRole('columnheader', { name: /^Account number/ });

    await header.getByRole('button', { name: 'Account number', exact: true }).click();
    await soon(() => header.getAttribute('aria-sort')).toBe('ascending');
    await soon(async () => (await columnTexts(grid, 1))[0]).toBe(lowest);
    const ascending = await columnTexts(grid, 1);
    expect(ascending).toEqual([...ascending].sort());
    expect(ascending.length).toBeGreaterThan(10);

    await header.getByRole('button', { name: 'Account number', exact: true }).click();
    await soon(() => header.getAttribute('aria-sort')).toBe('descending');
    await soon(async () => (await columnTexts(grid, 1))[0]).toBe(highest);
    const descending = await columnTexts(grid, 1);
    expect(descending).toEqual([...descending].sort().reverse());
  });

  it('narrows to what quick find matches', async () => {
    const { page } = current;
    const grid = table(page, 'Accounts');
    const everything = await allAccounts();
    // A name far down the list, so the narrowed list cannot be mistaken for its unfiltered top.
    const target = everything.findLast((a) => /^[A-Za-z]{5,} [ -~]+$/.test(a.display_name));
    if (!target) throw new Error('the sample has no plain ASCII account name');
    const prefix = target.display_name.slice(0, 5).toLowerCase();
    const unfiltered = await rowNames(grid);
    expect(unfiltered).not.toContain(target.display_name);

    await page.getByRole('searchbox', { name: 'Quick find' }).fill(prefix);
    await soon(() => rowNames(grid)).toContain(target.display_name);
    // Every row left matches the prefix in one of the fields quick find searches (all shown as columns).
    const texts = (await bodyRows(grid).allInnerTexts()).map((t) => t.toLowerCase());
    expect(texts.filter((t) => !t.includes(prefix))).toEqual([]);
    expect(texts.length).toBeLessThan(everything.length);

    await page.getByRole('searchbox', { name: 'Quick find' }).fill('');
    await soon(() => rowNames(grid)).toEqual(unfiltered);
  });

  it('filters a column and removes the filter again', async () => {
    const { page } = current;
    const grid = table(page, 'Accounts');
    const everything = await allAccounts();
    const firstOther = everything.find((a) => a.values.relationship_type !== 'customer');
    const firstCustomer = everything.find((a) => a.values.relationship_type === 'customer');
    expect(firstOther && firstCustomer).toBeTruthy();
    await soon(async () => (await rowNames(grid))[0]).toBe(everything[0]?.display_name);

    await grid.getByRole('button', { name: 'Filter by Relationship type' }).click();
    const popover = page.getByRole('dialog').filter({ hasText: 'Filter: Relationship type' });
    await popover.getByRole('checkbox', { name: 'Customer' }).check();
    await popover.getByRole('button', { name: 'Apply' }).click();

    const chips = page.getByRole('list', { name: 'Filters' });
    await visible(chips.getByText('Relationship type is Customer'));
    await soon(async () => (await rowNames(grid))[0]).toBe(firstCustomer?.display_name);
    expect(new Set(await columnTexts(grid, 2))).toEqual(new Set(['Customer']));
    expect(await rowNames(grid)).not.toContain(firstOther?.display_name);

    await chips.getByRole('button', { name: 'Remove filter: Relationship type is Customer' }).click();
    await soon(async () => (await rowNames(grid))[0]).toBe(everything[0]?.display_name);
  });

  it("finds an account by typing in a contact's Account lookup", async () => {
    const { page } = current;
    const target = (await allAccounts()).find((a) => a.display_name.startsWith('Crescent '));
    if (!target) throw new Error('the sample has no account named Crescent …');

    await openList(page, 'Contacts');
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Last name').fill('Lookup');
    await chooseLookup(page, 'Account', target.display_name.slice(0, 10), target.display_name);
    await command(page, 'Save').click();
    const id = await recordIdInUrl(page, 'contacts');
    const saved = okValue<{ values: { account_id: string } }>(
      await app.host.call('records.get', { entity: 'contact', id }),
    );
    expect(saved.values.account_id).toBe(target.id);
  });
});
