import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentLines, ListPage, RecordData } from '../../src-shared/api';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { chooseLookup, command, field, heading, openList, recordIdInUrl, soon, visible } from './ui';

/**
 * The product catalog built through the forms in the order the issue and the
 * UI ask for (unit group and its units, product, discount list and its
 * range, price list and its item), then an invoice priced from it, printed
 * to PDF in Chromium and read back with pdftotext: the volume discount and
 * the total are on the paper.
 */

let app: Session | undefined;
const pdfDir = mkdtempSync(join(tmpdir(), 'crm-catalog-pdf-'));
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
  rmSync(pdfDir, { recursive: true, force: true });
});

async function call<T>(host: AppHost, method: string, input: unknown = {}): Promise<T> {
  return okValue<T>(await host.call(method, input));
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('main').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function newFromRelated(page: Page, sectionName: string, button: string) {
  await page.getByRole('tab', { name: sectionName }).click();
  await page
    .getByRole('region', { name: sectionName })
    .getByRole('link', { name: button })
    .or(page.getByRole('region', { name: sectionName }).getByRole('button', { name: button }))
    .first()
    .click();
}

async function saveNew(page: Page, route: string): Promise<string> {
  await command(page, 'Save').click();
  return recordIdInUrl(page, route);
}

describe('the product catalog through the forms', () => {
  it('builds units, a product, a volume discount and a price list, and prints an invoice priced from them', async () => {
    app = await openApp();
    const { page, host } = app;
    await call(host, 'app.startEmpty');
    await page.reload();

    // 1. Unit group: its base unit comes with it; Case = 12 Each is added from the group's form.
    await openList(page, 'Unit groups');
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Name').fill('Bottles');
    await field(page, 'Base unit').fill('Each');
    const groupId = await saveNew(page, 'unit-groups');
    await newFromRelated(page, 'Units', 'New unit');
    await field(page, 'Name').fill('Case');
    await field(page, 'Quantity').fill('12');
    await chooseLookup(page, 'Base unit', 'Ea', 'Each');
    await saveNew(page, 'units');
    const units = await call<ListPage>(host, 'records.list', {
      entity: 'unit',
      filters: [{ field: 'unit_group_id', op: 'eq', value: groupId }],
    });
    expect(units.rows.map((r) => r.display_name).sort()).toEqual(['Case', 'Each']);

    // 2. Product in that group; the default unit offers only the group's units.
    await openList(page, 'Products');
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Product ID').fill('W-100');
    await field(page, 'Name').fill('Spring water');
    await chooseLookup(page, 'Unit group', 'Bot', 'Bottles');
    await chooseLookup(page, 'Default unit', 'Ea', 'Each');
    await choose(page, 'Currency', 'USD — US dollar');
    await choose(page, 'Status', 'Active');
    await field(page, 'List price').fill('1.25');
    const productId = await saveNew(page, 'products');

    // 3. Discount list: 5% from 10 to 99.
    await openList(page, 'Discount lists');
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Name').fill('Volume');
    await choose(page, 'Type', 'Percentage');
    await saveNew(page, 'discount-lists');
    await newFromRelated(page, 'Quantity ranges', 'New discount range');
    await field(page, 'Begin quantity').fill('10');
    await field(page, 'End quantity').fill('99');
    await field(page, 'Discount (percent or amount)').fill('5');
    await saveNew(page, 'discount-ranges');

    // 4. Price list in USD with the product per Each at 1.25 and the volume discount.
    await openList(page, 'Price lists');
    await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
    await field(page, 'Name').fill('Retail');
    await choose(page, 'Currency', 'USD — US dollar');
    const priceListId = await saveNew(page, 'price-lists');
    await newFromRelated(page, 'Price list items', 'New price list item');
    await chooseLookup(page, 'Product', 'Spr', 'Spring water');
    await chooseLookup(page, 'Unit', 'Ea', 'Each');
    await choose(page, 'Pricing method', 'Currency amount');
    await field(page, 'Amount').fill('1.25');
    await chooseLookup(page, 'Discount list', 'Vol', 'Volume');
    await saveNew(page, 'price-list-items');

    // 5. An invoice priced from that list: 24 x 1.25 = 30.00, 5% volume discount 1.50, total 28.50.
    const account = await call<RecordData>(host, 'records.create', { entity: 'account', values: { name: 'Contoso' } });
    const invoice = await call<RecordData>(host, 'records.create', {
      entity: 'invoice',
      values: { name: 'Water delivery', customer: `account:${account.id}`, price_list_id: priceListId },
    });
    const each = units.rows.find((r) => r.display_name === 'Each')?.id;
    const lines = await call<DocumentLines>(host, 'lines.save', {
      document: `invoice:${invoice.id}`,
      line: { kind: 'catalog', productId, unitId: each, quantity: '24' },
    });
    expect(lines.lines[0]).toMatchObject({ baseAmount: '30', volumeDiscount: '1.5', amount: '28.5' });
    expect(lines.totals.totalAmount).toBe('28.5');

    // The invoice's form shows the line; its print page prints the total.
    await page.goto(`${host.origin}/#/sales/invoices/${invoice.id}`);
    await visible(heading(page, 'Water delivery'));
    await page.getByRole('tab', { name: 'Products' }).click();
    await visible(page.getByRole('main').getByText('Spring water'));
    const tab = await page.context().newPage();
    await tab.goto(`${host.origin}/#/print/invoice/${invoice.id}?token=${encodeURIComponent(host.token)}`);
    await tab.waitForSelector('html[data-print-state="ready"]', { state: 'attached' });
    const file = join(pdfDir, 'invoice.pdf');
    writeFileSync(file, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(String(invoice.values['invoice_number']));
    expect(text).toContain('Spring water');
    expect(text).toMatch(/Spring water\s+24 Each\s+1\.25\s+1\.50\s+0\.00\s+28\.50/);
    expect(text).toMatch(/\n\s+Total\s+\$28\.50\n/);
    await soon(() => tab.title()).toContain('Invoice');
  });
});
