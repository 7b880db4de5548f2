import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { okValue, openApp, recordNames, saveEvidence, type AppPage, type Session } from './harness';
import {
  command,
  dialog,
  expectFieldError,
  expectNoFieldError,
  field,
  fill,
  heading,
  openList,
  recordIdInUrl,
  rowNames,
  soon,
  startEmpty,
  table,
  visible,
} from './ui';

/**
 * Invalid input is caught beside the field it belongs to, and nothing
 * reaches the database: not on a new record, not over an existing value.
 * One host for the file; every test starts on a new page.
 */

let app: Session;
let current: AppPage;

beforeAll(async () => {
  app = await openApp();
  await startEmpty(app.page);
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

async function newAccountForm(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
  await visible(heading(page, 'New account'));
}

/** Leaves the form through its Back command, throwing the edits away. */
async function discardAndLeave(page: Page): Promise<void> {
  await command(page, 'Back to Accounts').click();
  await dialog(page, 'Discard unsaved changes?').getByRole('button', { name: 'Discard changes' }).click();
  await visible(heading(page, 'Accounts'));
}

describe('validation in the record form', () => {
  it('shows an invalid e-mail beside the field and saves nothing until it is fixed', async () => {
    const { page } = current;
    await newAccountForm(page);
    await fill(page, { 'Account name': 'Invalid Mail Ltd', Email: 'not-an-email' });
    await command(page, 'Save').click();
    await expectFieldError(field(page, 'Email'), 'Enter an e-mail address like name@example.com.');
    await expectNoFieldError(field(page, 'Account name'));
    await visible(page.getByText('Not saved yet'));
    expect(page.url()).toMatch(/#\/sales\/accounts\/new$/);
    expect(await recordNames(app.host, 'account')).not.toContain('Invalid Mail Ltd');

    // Fixing the value clears the error, and then the record saves.
    await field(page, 'Email').fill('office@invalid-mail.example');
    await expectNoFieldError(field(page, 'Email'));
    await command(page, 'Save').click();
    const id = await recordIdInUrl(page, 'accounts');
    const saved = okValue<{ values: { email: string } }>(await app.host.call('records.get', { entity: 'account', id }));
    expect(saved.values.email).toBe('office@invalid-mail.example');
  });

  it('keeps the stored e-mail when an edit to it is invalid', async () => {
    const { page } = current;
    await openList(page, 'Accounts');
    await newAccountForm(page);
    await fill(page, { 'Account name': 'Kept Mail GmbH', Email: 'kept@kept-mail.example' });
    await command(page, 'Save').click();
    const id = await recordIdInUrl(page, 'accounts');

    await field(page, 'Email').fill('kept@');
    await page.keyboard.press('Control+S');
    await expectFieldError(field(page, 'Email'), 'Enter an e-mail address like name@example.com.');
    const stored = okValue<{ values: { email: string } }>(
      await app.host.call('records.get', { entity: 'account', id }),
    );
    expect(stored.values.email).toBe('kept@kept-mail.example');

    // After leaving and a reload the form shows the stored value again.
    await discardAndLeave(page);
    await page.reload();
    await table(page, 'Accounts').getByRole('link', { name: 'Kept Mail GmbH' }).click();
    await soon(() => field(page, 'Email').inputValue()).toBe('kept@kept-mail.example');
  });

  it('requires an account name', async () => {
    const { page } = current;
    const before = await recordNames(app.host, 'account');
    await newAccountForm(page);
    await fill(page, { Phone: '+1 555 0199' });
    await command(page, 'Save').click();
    await expectFieldError(field(page, 'Account name'), 'This field is required.');
    await expectNoFieldError(field(page, 'Phone'));
    expect(await recordNames(app.host, 'account')).toEqual(before);

    await discardAndLeave(page);
    await page.reload();
    await soon(async () => (await rowNames(table(page, 'Accounts'))).sort()).toEqual([...before].sort());
  });

  it('checks phone numbers and web addresses as soon as the field is left', async () => {
    const { page } = current;
    const before = await recordNames(app.host, 'account');
    await newAccountForm(page);
    await fill(page, { 'Account name': 'Bad Numbers Inc.', Phone: 'call me maybe' });
    await field(page, 'Website').click();
    await expectFieldError(field(page, 'Phone'), 'Enter a phone number using digits, spaces, +, - or brackets.');
    await field(page, 'Website').fill('not a web address');
    await field(page, 'Email').click();
    await expectFieldError(field(page, 'Website'), 'Enter a web address like example.com.');

    await command(page, 'Save').click();
    await expectFieldError(field(page, 'Phone'), 'Enter a phone number using digits, spaces, +, - or brackets.');
    await expectFieldError(field(page, 'Website'), 'Enter a web address like example.com.');
    await visible(page.getByText('Not saved yet'));
    expect(await recordNames(app.host, 'account')).toEqual(before);

    await fill(page, { Phone: '+49 (30) 1234-567', Website: 'bad-numbers.example' });
    await expectNoFieldError(field(page, 'Phone'));
    await expectNoFieldError(field(page, 'Website'));
    await command(page, 'Save').click();
    await recordIdInUrl(page, 'accounts');
    expect(await recordNames(app.host, 'account')).toContain('Bad Numbers Inc.');
  });
});
