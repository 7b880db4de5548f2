import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { dialog, heading, openList, rowNames, saveRecord, soon, startEmpty, table, visible } from './ui';

/**
 * A custom field end to end, through the UI only: an administrator adds a
 * choice field "Region" to contacts in Settings (a name that clashes with a
 * built-in field is refused first, with its message and nothing saved),
 * sets it on a contact in the form, shows it as a list column and finds
 * that contact, and only that one, with an advanced-find condition on it.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

async function contact(host: AppHost, first_name: string, last_name: string): Promise<string> {
  return okValue<{ id: string }>(
    await host.call('records.create', { entity: 'contact', values: { first_name, last_name } }),
  ).id;
}

async function customFields(host: AppHost): Promise<string[]> {
  return okValue<{ fields: { name: string }[] }>(await host.call('customization.get', {})).fields.map((f) => f.name);
}

async function openCustomization(page: Page) {
  await page.getByRole('navigation', { name: 'Work area' }).getByRole('link', { name: 'Settings' }).click();
  await visible(heading(page, 'Settings'));
  const section = page.getByRole('region', { name: 'Customization' });
  await section.getByRole('combobox', { name: 'Record type' }).click();
  await page.getByRole('option', { name: 'Contacts', exact: true }).click();
  return section;
}

describe('a custom field from Settings to advanced find', () => {
  it('is added by an administrator, set in the form, shown as a column and filtered on', async () => {
    app = await openApp();
    const { page, host } = app;
    await startEmpty(page);
    const nadia = await contact(host, 'Nadia', 'Northcott');
    await contact(host, 'Sam', 'Southby');
    await contact(host, 'Una', 'Unset');

    const section = await openCustomization(page);
    await section.getByRole('button', { name: 'Add field' }).click();
    const add = dialog(page, 'Add field · Contacts');

    // A name that is already a built-in field's: refused with a clear message, nothing saved.
    await add.getByRole('textbox', { name: 'Label (English)' }).fill('Email');
    await soon(() => add.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('email');
    await add.getByRole('button', { name: 'Add field' }).click();
    await visible(add.getByText('This record type already has a built-in field with this name.'));
    expect(await customFields(host)).toEqual([]);

    await add.getByRole('textbox', { name: 'Label (English)' }).fill('Region');
    await soon(() => add.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('region');
    await add.getByLabel('Type', { exact: true }).click();
    await page.getByRole('option', { name: 'Choice', exact: true }).click();
    await add.getByRole('textbox', { name: 'Choices' }).fill('North\nSouth');
    await add.getByRole('button', { name: 'Add field' }).click();
    await visible(page.getByText('Field "Region" added.'));
    expect(await customFields(host)).toEqual(['cf_region']);
    await openCustomization(page);
    await visible(table(page, 'Custom fields of Contacts').getByRole('cell', { name: 'Region', exact: true }));

    // Set in the form of one contact.
    await openList(page, 'Contacts');
    const grid = table(page, 'Contacts');
    await grid.getByRole('link', { name: 'Nadia Northcott' }).click();
    await visible(heading(page, 'Nadia Northcott'));
    const region = page.getByRole('main').getByRole('combobox', { name: 'Region', exact: true });
    await region.click();
    await page.getByRole('option', { name: 'North', exact: true }).click();
    await saveRecord(page);
    const saved = okValue<{ values: Record<string, unknown> }>(
      await host.call('records.get', { entity: 'contact', id: nadia }),
    );
    expect(saved.values['cf_region']).toBe('north');

    // Another contact gets the other region (straight through the API: the list must tell them apart).
    const sam = okValue<{ rows: { id: string; display_name: string }[] }>(
      await host.call('records.list', { entity: 'contact', quickFind: 'Southby' }),
    ).rows[0]!;
    okValue(await host.call('records.update', { entity: 'contact', id: sam.id, values: { cf_region: 'south' } }));

    // A column of the list, chosen in the column picker.
    await openList(page, 'Contacts');
    await soon(() => rowNames(grid)).toHaveLength(3);
    await page.getByRole('button', { name: 'Columns' }).click();
    const columns = page.getByRole('dialog', { name: 'Choose columns' });
    await columns.getByRole('checkbox', { name: 'Region', exact: true }).check();
    await columns.getByRole('button', { name: 'Apply' }).click();
    await visible(grid.getByRole('columnheader', { name: /^Region/ }));
    await visible(grid.getByRole('row', { name: /Nadia Northcott/ }).getByText('North', { exact: true }));

    // Advanced find: Region is any of North.
    await page.getByRole('button', { name: 'Advanced find' }).click();
    const find = dialog(page, 'Advanced find: Contacts');
    await find.getByRole('button', { name: 'Add condition' }).click();
    const condition = find.getByRole('group', { name: 'Condition 1' });
    await condition.getByRole('combobox', { name: 'Condition 1: Field' }).fill('Region');
    await page.getByRole('option', { name: 'Region', exact: true }).click();
    await soon(() => condition.getByRole('combobox', { name: 'Condition 1: Operator' }).inputValue()).toBe('Is any of');
    await condition.getByRole('combobox', { name: 'Condition 1: Value' }).click();
    await page.getByRole('option', { name: 'North', exact: true }).click();
    await find.getByRole('button', { name: 'Show results' }).click();
    await soon(() => find.isVisible()).toBe(false);
    await soon(() => rowNames(grid)).toEqual(['Nadia Northcott']);
  });
});
