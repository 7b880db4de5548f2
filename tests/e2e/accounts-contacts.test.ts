import { afterEach, describe, expect, it } from 'vitest';
import { openApp, saveEvidence, type Session } from './harness';
import {
  chooseLookup,
  command,
  createRecord,
  dialog,
  field,
  fill,
  gone,
  globalSearch,
  heading,
  historyRows,
  openList,
  recordIdInUrl,
  rowNames,
  saveRecord,
  soon,
  startEmpty,
  table,
  visible,
} from './ui';

/**
 * The first day with the CRM: an account, a contact added from the
 * account's Contacts tab, found again with global search, edited, deleted,
 * restored, and still there after a reload, with the audit trail to show.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

describe('accounts and contacts', () => {
  it('go from a new account to a contact and back through search, delete, restore and reload', async () => {
    app = await openApp();
    const { page } = app;
    await startEmpty(page);
    await visible(page.getByText('No accounts yet'));

    // An account.
    const accountId = await createRecord(page, 'accounts', {
      'Account name': 'Contoso Traders',
      Email: 'info@contoso.example',
      Phone: '+1 555 0100',
    });
    await visible(heading(page, 'Contoso Traders'));

    // A contact from the account's Contacts tab: the account is filled in already.
    await page.getByRole('tab', { name: 'Contacts' }).click();
    const related = page.getByRole('region', { name: 'Contacts' });
    await visible(related.getByText('No contacts yet'));
    await related.getByRole('button', { name: 'New contact' }).click();
    await page.waitForURL(new RegExp(`#/sales/contacts/new\\?account_id=${accountId}$`));
    await soon(() => field(page, 'Account').inputValue()).toBe('Contoso Traders');
    await fill(page, { 'First name': 'Ada', 'Last name': 'Lovelace', Email: 'ada@contoso.example' });
    await command(page, 'Save').click();
    const contactId = await recordIdInUrl(page, 'contacts');
    await visible(heading(page, 'Ada Lovelace'));

    // The account lists her on its Contacts tab.
    await page.getByRole('button', { name: 'Open Contoso Traders' }).click();
    await page.waitForURL(new RegExp(`#/sales/accounts/${accountId}$`));
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await soon(() => rowNames(table(page, 'Contacts'))).toEqual(['Ada Lovelace']);

    // Global search groups its results by record type: the account by its name, Ada by her e-mail.
    const both = await globalSearch(page, 'conto');
    const results = page.getByRole('dialog');
    await visible(results.getByRole('group', { name: 'Accounts' }).getByRole('button', { name: 'Contoso Traders' }));
    await visible(results.getByRole('group', { name: 'Contacts' }).getByRole('button', { name: 'Ada Lovelace' }));
    await both.press('Escape');
    await gone(both);

    // Ctrl+K, a prefix of her name, and Enter at once: it opens the first result for that prefix,
    // not one left from the search before.
    const lovel = await globalSearch(page, 'Lovel');
    await lovel.press('Enter');
    await gone(lovel);
    await page.waitForURL(new RegExp(`#/sales/contacts/${contactId}$`));
    await visible(heading(page, 'Ada Lovelace'));

    // Edit and save with the button, then again with Ctrl+S.
    await field(page, 'Job title').fill('Chief Analyst');
    await saveRecord(page, 'button');
    await field(page, 'Business phone').fill('+44 20 7946 0000');
    await saveRecord(page, 'shortcut');

    // Delete, after confirming.
    await command(page, 'Delete').click();
    const confirm = dialog(page, 'Delete this record?');
    await visible(confirm.getByText('“Ada Lovelace” will be moved to Recently deleted'));
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.waitForURL(/#\/sales\/contacts$/);
    await visible(page.getByText('No contacts yet'));
    const box = await globalSearch(page, 'Lovel');
    await visible(page.getByRole('dialog').getByText('Nothing matches.'));
    await box.press('Escape');
    await gone(box);

    // Restore it from Recently deleted.
    await page.getByRole('link', { name: 'Recently deleted', exact: true }).click();
    const deleted = table(page, 'Recently deleted');
    await visible(deleted.getByRole('cell', { name: 'Ada Lovelace', exact: true }));
    await deleted.getByRole('button', { name: 'Restore Ada Lovelace' }).click();
    await visible(page.getByText('Nothing has been deleted.'));

    // After a reload everything is where it was left.
    await page.reload();
    await openList(page, 'Contacts');
    const contacts = table(page, 'Contacts');
    await soon(() => rowNames(contacts)).toEqual(['Ada Lovelace']);
    await visible(contacts.getByRole('cell', { name: 'Contoso Traders' }));
    await contacts.getByRole('link', { name: 'Ada Lovelace' }).click();
    await soon(() => field(page, 'Job title').inputValue()).toBe('Chief Analyst');
    expect(await field(page, 'Business phone').inputValue()).toBe('+44 20 7946 0000');
    expect(await field(page, 'Account').inputValue()).toBe('Contoso Traders');
    await page.getByRole('tab', { name: 'History' }).click();
    const actions = async () => (await historyRows(page)).map((r) => r.action);
    await soon(async () => (await actions()).slice(0, 4)).toEqual(['Restored', 'Deleted', 'Updated', 'Updated']);
    expect(new Set((await actions()).slice(4))).toEqual(new Set(['Created']));

    // The account's own changes: old and new value per field, also for a lookup.
    await page.getByRole('tab', { name: 'General' }).click();
    await page.getByRole('button', { name: 'Open Contoso Traders' }).click();
    await visible(heading(page, 'Contoso Traders'));
    await field(page, 'Email').fill('sales@contoso.example');
    await chooseLookup(page, 'Primary contact', 'Ada', 'Ada Lovelace');
    await saveRecord(page);
    await page.reload();
    await visible(heading(page, 'Contoso Traders'));
    expect(await field(page, 'Email').inputValue()).toBe('sales@contoso.example');
    await page.getByRole('tab', { name: 'History' }).click();
    // One save, two fields: their order within the save is not the point.
    const updates = async () =>
      (await historyRows(page)).filter((r) => r.action === 'Updated').sort((a, b) => a.field.localeCompare(b.field));
    await soon(updates).toEqual([
      { action: 'Updated', field: 'Email', values: ['info@contoso.example', 'sales@contoso.example'] },
      { action: 'Updated', field: 'Primary contact', values: ['(empty)', 'Ada Lovelace'] },
    ]);
    expect(await historyRows(page)).toContainEqual({
      action: 'Created',
      field: 'Account name',
      values: ['Contoso Traders'],
    });
  });
});
