import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { dialog, heading, openList, rowNames, soon, table, visible } from './ui';

/**
 * Advanced find across a relation (contacts whose account is in retail),
 * saved as a personal view, reopened after a reload, and exported to CSV
 * through the browser host's download; the file is checked byte for byte
 * where it matters: BOM, header, rows, Persian and Russian text, quoting.
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

async function seed(host: AppHost): Promise<void> {
  const shop = await create(host, 'account', { name: 'Магазин «Ромашка», ООО', industry: 'retail' });
  const bazaar = await create(host, 'account', { name: 'فروشگاه تهران', industry: 'retail' });
  const bank = await create(host, 'account', { name: 'Northwind Bank', industry: 'finance' });
  await create(host, 'contact', {
    first_name: 'Пётр',
    last_name: 'Иванов',
    account_id: shop,
    job_title: 'Закупщик, старший',
    email: 'petr@romashka.example',
  });
  await create(host, 'contact', { first_name: 'مریم', last_name: 'رضایی', account_id: bazaar, job_title: 'مدیر خرید' });
  await create(host, 'contact', { first_name: 'Nina', last_name: 'Banker', account_id: bank, job_title: 'Buyer' });
  await create(host, 'contact', { first_name: 'Olga', last_name: 'Freelance' });
}

describe('views, advanced find and export', () => {
  it('finds contacts by their account’s industry, saves that as a view, reopens it and exports it to CSV', async () => {
    app = await openApp();
    const { page, host } = app;
    await seed(host);
    await page.reload();
    await openList(page, 'Contacts');
    const grid = table(page, 'Contacts');
    await soon(() => rowNames(grid)).toHaveLength(4);

    // Advanced find: Account › Industry is any of Retail.
    await page.getByRole('button', { name: 'Advanced find' }).click();
    const find = dialog(page, 'Advanced find: Contacts');
    await visible(find.getByText('No conditions yet, so every record matches.', { exact: false }));
    await find.getByRole('button', { name: 'Add condition' }).click();
    const condition = find.getByRole('group', { name: 'Condition 1' });
    await condition.getByRole('combobox', { name: 'Condition 1: Field' }).fill('Industry');
    await page.getByRole('option', { name: 'Account: Industry' }).click();
    await soon(() => condition.getByRole('combobox', { name: 'Condition 1: Operator' }).inputValue()).toBe('Is any of');
    // Nothing chosen yet: the condition says what it misses instead of running.
    await find.getByRole('button', { name: 'Show results' }).click();
    await visible(find.getByText('Choose at least one value.'));
    await condition.getByRole('combobox', { name: 'Condition 1: Value' }).click();
    await page.getByRole('option', { name: 'Retail' }).click();
    await find.getByRole('button', { name: 'Show results' }).click();
    await soon(() => find.isVisible()).toBe(false);
    await soon(() => rowNames(grid)).toEqual(['Пётр Иванов', 'مریم رضایی']);
    await visible(page.getByText('Changed', { exact: true }));

    // Saved as a personal view.
    await page.getByRole('button', { name: 'Save as new view' }).click();
    const save = dialog(page, 'Save as new view');
    await save.getByRole('textbox', { name: 'View name' }).fill('Retail contacts');
    await save.getByRole('button', { name: 'Save view' }).click();
    const viewPicker = page.getByRole('combobox', { name: 'View' });
    await soon(() => viewPicker.inputValue()).toBe('Retail contacts');
    await soon(() => page.getByText('Changed', { exact: true }).count()).toBe(0);

    // Reopened after a reload: the list starts on the default view; choosing the saved one finds the same rows.
    await page.reload();
    await visible(heading(page, 'Contacts'));
    await soon(() => viewPicker.inputValue()).toBe('Active contacts');
    await soon(() => rowNames(grid)).toHaveLength(4);
    await viewPicker.click();
    await page.getByRole('option', { name: 'Retail contacts' }).click();
    await soon(() => rowNames(grid)).toEqual(['Пётр Иванов', 'مریم رضایی']);

    // Exported: the browser downloads the file the backend wrote.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Retail contacts.csv');
    const file = join(host.dataDir, 'downloaded.csv');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')).toEqual([
      'Name,Job title,Account,Email,Business phone,City',
      'Пётр Иванов,"Закупщик, старший","Магазин «Ромашка», ООО",petr@romashka.example,,',
      'مریم رضایی,مدیر خرید,فروشگاه تهران,,,',
      '',
    ]);
    await visible(page.getByText('2 rows were exported; your browser is saving the file.'));
    // The one-time download is gone from the data folder once fetched.
    await soon(() => readdirSync(join(host.dataDir, 'exports'))).toEqual([]);
  });
});
