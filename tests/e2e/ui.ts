import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { STEP_TIMEOUT } from './harness';

/**
 * Steps and reads shared by the end-to-end tests, through the names a user
 * (or a screen reader) sees: roles, labels and visible text, in English
 * unless a test switches the language. Nothing here sleeps; every wait is
 * for something the app shows.
 */

/** Polls `read` until the matcher passes or the step timeout ends. */
export function soon<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: STEP_TIMEOUT, interval: 50 });
}

export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

export async function gone(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden' });
}

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The record id in the page's address, once it shows a saved record of `route` (e.g. `accounts`). */
export async function recordIdInUrl(page: Page, route: string): Promise<string> {
  const pattern = new RegExp(`#/[a-z]+/${route}/(${UUID})$`);
  await page.waitForURL(pattern);
  return pattern.exec(page.url())?.[1] ?? '';
}

export function heading(page: Page, name: string, level = 2): Locator {
  return page.getByRole('heading', { name, level, exact: true });
}

/** "Start empty" on the first-run screen: the app opens on the Sales dashboard; then to the accounts list. */
export async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start empty' }).click();
  await visible(heading(page, 'Dashboard'));
  await openList(page, 'Accounts');
}

export function siteMap(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Site map' });
}

/** Opens a record type's list from the site map (`Accounts`, `Contacts`). */
export async function openList(page: Page, plural: string): Promise<void> {
  await siteMap(page).getByRole('link', { name: plural, exact: true }).click();
  await visible(heading(page, plural));
}

/** The list grid or table named `name`. */
export function table(page: Page, name: string): Locator {
  return page.getByRole('table', { name, exact: true });
}

/** The names (first-column links) of the rows a list grid shows. */
export function rowNames(grid: Locator): Promise<string[]> {
  return grid.getByRole('row').getByRole('link').allInnerTexts();
}

export function commands(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Record commands' });
}

export function command(page: Page, name: string): Locator {
  return commands(page).getByRole('button', { name, exact: true });
}

/** A form field by its label (text, e-mail, phone, URL and lookup fields are all text boxes). */
export function field(page: Page, label: string): Locator {
  return page.getByRole('main').getByRole('textbox', { name: label, exact: true });
}

export async function fill(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
}

/** The "Unsaved changes" mark beside the form's commands. */
export function unsavedMark(page: Page): Locator {
  return commands(page).getByRole('status');
}

/** Saves with the Save button or Ctrl+S and waits until the form holds no unsaved changes. */
export async function saveRecord(page: Page, how: 'button' | 'shortcut' = 'button'): Promise<void> {
  await visible(unsavedMark(page));
  if (how === 'button') await command(page, 'Save').click();
  else await page.keyboard.press('Control+S');
  await gone(unsavedMark(page));
}

/** Creates a record from its list's New button; resolves to its id. */
export async function createRecord(
  page: Page,
  route: string,
  values: Readonly<Record<string, string>>,
): Promise<string> {
  await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
  await fill(page, values);
  await command(page, 'Save').click();
  return recordIdInUrl(page, route);
}

/** Types into a lookup and picks the option named `choice` from its type-ahead. */
export async function chooseLookup(page: Page, label: string, typed: string, choice: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.pressSequentially(typed);
  await page.getByRole('listbox', { name: label }).getByRole('option', { name: choice }).click();
  await soon(() => input.inputValue()).toBe(choice);
}

export function dialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

/** The error text a field announces: what its `aria-describedby` points at. */
export async function fieldError(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => input.page().locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ').trim();
}

/**
 * The field is marked invalid, announces `message`, and shows it right
 * under itself (not in a banner elsewhere on the page).
 */
export async function expectFieldError(input: Locator, message: string): Promise<void> {
  await soon(() => input.getAttribute('aria-invalid')).toBe('true');
  expect(await fieldError(input)).toBe(message);
  const text = input.page().getByText(message, { exact: true }).first();
  // Polled: the form may still be scrolling its first error into view.
  await soon(() => placement(input, text)).toBe('right under the field');
}

async function placement(input: Locator, text: Locator): Promise<string> {
  const [box, msg] = [await input.boundingBox(), await text.boundingBox()];
  if (!box || !msg) return 'not shown';
  const gap = msg.y - (box.y + box.height);
  const overlapsHorizontally = msg.x < box.x + box.width && msg.x + msg.width > box.x;
  return gap >= -1 && gap < 24 && overlapsHorizontally
    ? 'right under the field'
    : `elsewhere (gap ${gap}px, overlaps ${overlapsHorizontally})`;
}

export async function expectNoFieldError(input: Locator): Promise<void> {
  await soon(() => input.getAttribute('aria-invalid')).not.toBe('true');
  expect(await fieldError(input)).toBe('');
}

/** The global search (Ctrl+K) with `text` typed key by key, as a person would. */
export async function globalSearch(page: Page, text: string): Promise<Locator> {
  await page.keyboard.press('Control+K');
  const box = await visible(page.getByRole('textbox', { name: 'Search all records' }));
  await box.fill('');
  await box.pressSequentially(text);
  return box;
}

export interface HistoryRow {
  readonly action: string;
  readonly field: string;
  /** Old then new value as shown (a created field shows only its new value). */
  readonly values: readonly string[];
}

/** The rows of a record's History tab, newest first. */
export async function historyRows(page: Page): Promise<HistoryRow[]> {
  const rows = table(page, 'History').getByRole('rowgroup').last().getByRole('row');
  const out: HistoryRow[] = [];
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    out.push({
      // Text content, not inner text: the action badge is drawn in capitals by CSS.
      action: ((await cells.nth(2).textContent()) ?? '').trim(),
      field: ((await cells.nth(3).textContent()) ?? '').trim(),
      values: (await cells.nth(4).locator('[dir="auto"]').allTextContents()).map((t) => t.trim()),
    });
  }
  return out;
}
