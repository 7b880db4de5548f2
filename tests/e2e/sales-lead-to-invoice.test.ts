import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedDocument, RecordData } from '../../src-shared/api';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { chooseLookup, command, commands, dialog, gone, heading, recordIdInUrl, soon, visible } from './ui';

/**
 * The sales lifecycle on the record forms: a lead qualified into the
 * account it matches (offered as a possible duplicate), a new contact and
 * an opportunity; products added on the opportunity's "Products" tab (a
 * catalog product priced from the price list with a volume discount, its
 * price then typed over, and a write-in product); a quote made from it,
 * activated and won into an order, the opportunity closed as won from
 * there and its account become a customer; the order fulfilled in part
 * and invoiced; the invoice paid in part, an overpayment refused with the
 * backend's message, then marked paid. A second test disqualifies and
 * reactivates a lead, and loses an opportunity to a competitor, closing
 * its open quote after confirmation. The catalog is set up through the API.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

async function call<T>(host: AppHost, method: string, input: unknown = {}): Promise<T> {
  return okValue<T>(await host.call(method, input));
}

async function record(host: AppHost, entity: string, id: string): Promise<RecordData> {
  return call<RecordData>(host, 'records.get', { entity, id });
}

/** Bottles: Each and Case = 12 Each; one product at 1.25 per Each with 5% off from 10 to 99, in a USD price list. */
async function createCatalog(host: AppHost): Promise<void> {
  const group = await call<RecordData>(host, 'records.create', {
    entity: 'unit_group',
    values: { name: 'Bottles', base_unit_name: 'Each' },
  });
  const units = await call<{ rows: RecordData[] }>(host, 'records.list', {
    entity: 'unit',
    filters: [{ field: 'unit_group_id', op: 'eq', value: group.id }],
  });
  const each = units.rows[0]?.id ?? '';
  await call(host, 'records.create', {
    entity: 'unit',
    values: { name: 'Case', unit_group_id: group.id, quantity: 12, base_unit_id: each },
  });
  const product = await call<RecordData>(host, 'records.create', {
    entity: 'product',
    values: {
      product_number: 'W-100',
      name: 'Spring water 0.5 l',
      unit_group_id: group.id,
      default_unit_id: each,
      currency: 'USD',
      list_price: '1.20',
      status: 'active',
    },
  });
  const discounts = await call<RecordData>(host, 'records.create', {
    entity: 'discount_list',
    values: { name: 'Volume', discount_type: 'percentage' },
  });
  await call(host, 'records.create', {
    entity: 'discount_range',
    values: { discount_list_id: discounts.id, begin_quantity: '10', end_quantity: '99', amount: '5' },
  });
  const priceList = await call<RecordData>(host, 'records.create', {
    entity: 'price_list',
    values: { name: 'Retail', currency: 'USD' },
  });
  await call(host, 'records.create', {
    entity: 'price_list_item',
    values: {
      price_list_id: priceList.id,
      product_id: product.id,
      unit_id: each,
      pricing_method: 'currency_amount',
      amount: '1.25',
      discount_list_id: discounts.id,
    },
  });
}

/** Opens a record's form by its address, as a link would (a hash change: the session stays). */
async function openRecord(page: Page, host: AppHost, route: string, id: string): Promise<void> {
  await page.goto(`${host.origin}/#/sales/${route}/${id}`);
  await recordIdInUrl(page, route);
}

function notification(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text }).first();
}

describe('sales lifecycle on the forms', () => {
  it('qualifies a lead and takes it through a quote and an order to a paid invoice', async () => {
    app = await openApp();
    const { page, host } = app;
    await call(host, 'app.startEmpty');
    await createCatalog(host);
    const northwind = await call<RecordData>(host, 'records.create', {
      entity: 'account',
      values: { name: 'Northwind Traders', relationship_type: 'prospect' },
    });
    const lead = await call<RecordData>(host, 'records.create', {
      entity: 'lead',
      values: {
        topic: 'Water for the office',
        first_name: 'Ann',
        last_name: 'Lee',
        company_name: 'Northwind Traders',
        estimated_value: '5000',
      },
    });
    await page.reload();
    await openRecord(page, host, 'leads', lead.id);
    await visible(heading(page, 'Water for the office'));

    // Qualify: the existing account is offered as a possible duplicate and linked.
    await command(page, 'Qualify').click();
    const qualify = dialog(page, 'Qualify lead “Water for the office”');
    await qualify.getByRole('button', { name: 'Link “Northwind Traders”' }).click();
    await expect(qualify.getByRole('radio', { name: 'Link an existing account' }).isChecked()).resolves.toBe(true);
    await expect(qualify.getByRole('radio', { name: 'Create a new contact “Ann Lee”' }).isChecked()).resolves.toBe(
      true,
    );
    await qualify.getByRole('button', { name: 'Qualify' }).click();
    const opportunityId = await recordIdInUrl(page, 'opportunities');
    await visible(command(page, 'Close as won'));
    const qualified = await record(host, 'lead', lead.id);
    expect(qualified.values).toMatchObject({
      status: 'qualified',
      qualified_account_id: northwind.id,
      qualified_opportunity_id: opportunityId,
    });
    expect(qualified.values['qualified_contact_id']).toEqual(expect.any(String));

    // The opportunity's price list, then its products.
    await chooseLookup(page, 'Price list', 'Ret', 'Retail');
    await command(page, 'Save').click();
    await visible(notification(page, '“Water for the office” was saved.'));
    await page.getByRole('tab', { name: 'Products' }).click();
    const lines = page.getByRole('region', { name: 'Product lines' });
    await visible(lines.getByText('No products yet.'));

    await lines.getByRole('button', { name: 'Add product' }).click();
    let line = dialog(page, 'Add product');
    await line.getByRole('textbox', { name: 'Product' }).pressSequentially('Spring');
    await page.getByRole('option', { name: /Spring water 0\.5 l/ }).click();
    await soon(() => line.getByRole('combobox', { name: 'Unit' }).inputValue()).toBe('Each');
    await line.getByRole('textbox', { name: 'Quantity' }).fill('24');
    await line.getByRole('button', { name: 'Save line' }).click();
    await gone(line);
    const grid = lines.getByRole('table');
    const first = grid.getByRole('row').filter({ hasText: 'Spring water' });
    await visible(first.getByText('$1.50'));
    await visible(first.getByText('$28.50'));

    await lines.getByRole('button', { name: 'Add product' }).click();
    line = dialog(page, 'Add product');
    await line.getByText('Write-in product').click();
    await line.getByRole('textbox', { name: 'Product name' }).fill('Delivery and setup');
    await line.getByRole('textbox', { name: 'Price per unit' }).fill('150');
    await line.getByRole('textbox', { name: 'Tax (%)' }).fill('10');
    await line.getByRole('button', { name: 'Save line' }).click();
    await gone(line);
    const totals = lines.getByRole('region', { name: 'Totals' });
    await soon(() => totals.innerText()).toContain('$193.50');

    // A price typed over the price list's: flagged, with the listed price beside it.
    await lines.getByRole('button', { name: 'Edit line 1: Spring water 0.5 l' }).click();
    line = dialog(page, 'Edit product line 1');
    await visible(line.getByText('The price list gives $1.25.'));
    await line.getByRole('textbox', { name: 'Quantity' }).fill('0');
    await line.getByRole('button', { name: 'Save line' }).click();
    await visible(line.getByText('Enter a quantity greater than zero. To drop the product, remove the line.'));
    await line.getByRole('textbox', { name: 'Quantity' }).fill('24');
    await line.getByRole('textbox', { name: 'Price per unit' }).fill('1.10');
    await line.getByRole('button', { name: 'Save line' }).click();
    await gone(line);
    await visible(first.getByText('Overridden'));
    await visible(first.getByText('$25.08'));
    await soon(() => totals.innerText()).toContain('$190.08');
    // The form's own totals follow its lines.
    await soon(async () => (await record(host, 'opportunity', opportunityId)).values['total_amount']).toBe('190.08');

    // A quote from the opportunity, activated: its lines are now read-only.
    await command(page, 'New quote').click();
    const quoteId = await recordIdInUrl(page, 'quotes');
    await command(page, 'Activate').click();
    await visible(command(page, 'Win quote'));
    expect(await command(page, 'Save').count()).toBe(0);
    await page.getByRole('tab', { name: 'Products' }).click();
    await visible(page.getByText('The product lines cannot change in the document’s current status.'));
    expect(await lines.getByRole('button', { name: 'Add product' }).count()).toBe(0);
    await soon(() => lines.getByRole('region', { name: 'Totals' }).innerText()).toContain('$190.08');

    // Won into an order; the opportunity closed as won from there makes its account a customer.
    await command(page, 'Win quote').click();
    const offer = dialog(page, 'Close the opportunity as won?');
    await offer.getByRole('button', { name: 'Close as won' }).click();
    const close = dialog(page, 'Close “Water for the office” as won');
    await soon(() => close.getByRole('textbox', { name: 'Actual revenue' }).inputValue()).toBe('5000');
    await close.getByRole('textbox', { name: 'Actual revenue' }).fill('190.08');
    await close.getByRole('button', { name: 'Close as won' }).click();
    const orderId = await recordIdInUrl(page, 'orders');
    await visible(notification(page, '“Northwind Traders” is now a customer.'));
    expect((await record(host, 'quote', quoteId)).values['status']).toBe('won');
    expect((await record(host, 'opportunity', opportunityId)).values).toMatchObject({
      status: 'won',
      actual_revenue: '190.08',
    });
    expect((await record(host, 'account', northwind.id)).values['relationship_type']).toBe('customer');

    // The order: fulfilled in part, then invoiced.
    await command(page, 'Fulfill order').click();
    const fulfill = dialog(page, 'Fulfill order “Water for the office”');
    await fulfill.getByRole('radio', { name: 'Part of it: more is still to come' }).check();
    await fulfill.getByRole('button', { name: 'Fulfill' }).click();
    await gone(fulfill);
    await soon(async () => (await record(host, 'sales_order', orderId)).values['status']).toBe('partially_fulfilled');
    await command(page, 'Create invoice').click();
    const invoiceId = await recordIdInUrl(page, 'invoices');

    // Paid in part; paying more than is owed is refused with the backend's message; then paid in full.
    await command(page, 'Record payment').click();
    let payment = dialog(page, 'Record a payment on “Water for the office”');
    await visible(payment.getByText('Still owed: $190.08 of $190.08'));
    await payment.getByRole('textbox', { name: 'Amount' }).fill('100');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await gone(payment);
    await soon(async () => (await record(host, 'invoice', invoiceId)).values).toMatchObject({
      status: 'partially_paid',
      amount_paid: '100',
    });
    await command(page, 'Record payment').click();
    payment = dialog(page, 'Record a payment on “Water for the office”');
    await visible(payment.getByText('Still owed: $90.08 of $190.08'));
    await payment.getByRole('textbox', { name: 'Amount' }).fill('1000');
    await payment.getByRole('button', { name: 'Record payment' }).click();
    await visible(payment.getByRole('alert').filter({ hasText: 'The payment is more than the' }));
    expect((await record(host, 'invoice', invoiceId)).values['amount_paid']).toBe('100');
    await payment.getByRole('button', { name: 'Cancel' }).click();
    await gone(payment);

    await command(page, 'Mark paid').click();
    const markPaid = dialog(page, 'Mark this invoice as paid?');
    await visible(markPaid.getByText('The outstanding $90.08 of “Water for the office” will be recorded as paid.'));
    await markPaid.getByRole('button', { name: 'Mark paid' }).click();
    await soon(async () => (await record(host, 'invoice', invoiceId)).values).toMatchObject({
      status: 'paid',
      amount_paid: '190.08',
    });
    await gone(command(page, 'Mark paid'));
    expect(await commands(page).getByRole('button', { name: 'Record payment' }).count()).toBe(0);
  });

  it('disqualifies and reactivates a lead, and loses an opportunity with its open quote', async () => {
    app = await openApp();
    const { page, host } = app;
    await call(host, 'app.startEmpty');
    const account = await call<RecordData>(host, 'records.create', {
      entity: 'account',
      values: { name: 'Fabrikam' },
    });
    const lead = await call<RecordData>(host, 'records.create', {
      entity: 'lead',
      values: { topic: 'Coolers', company_name: 'Fabrikam' },
    });
    const competitor = await call<RecordData>(host, 'records.create', {
      entity: 'competitor',
      values: { name: 'Contoso Water' },
    });
    const opportunity = await call<RecordData>(host, 'records.create', {
      entity: 'opportunity',
      values: { name: 'Coolers for the plant', customer: `account:${account.id}`, currency: 'USD' },
    });
    const quote = await call<CreatedDocument>(host, 'quotes.fromOpportunity', { opportunityId: opportunity.id });
    await page.reload();

    await openRecord(page, host, 'leads', lead.id);
    await command(page, 'Disqualify').click();
    const disqualify = dialog(page, 'Disqualify lead “Coolers”');
    await disqualify.getByRole('button', { name: 'Disqualify' }).click();
    await visible(disqualify.getByText('Choose a reason.'));
    await disqualify.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Cannot contact' }).click();
    await disqualify.getByRole('button', { name: 'Disqualify' }).click();
    await gone(disqualify);
    // A closed lead is read-only: no Save, only Reactivate.
    await visible(command(page, 'Reactivate'));
    expect(await command(page, 'Save').count()).toBe(0);
    expect((await record(host, 'lead', lead.id)).values).toMatchObject({
      status: 'disqualified',
      status_reason: 'cannot_contact',
    });
    await command(page, 'Reactivate').click();
    await visible(command(page, 'Qualify'));
    expect((await record(host, 'lead', lead.id)).values['status']).toBe('new');

    await openRecord(page, host, 'opportunities', opportunity.id);
    await command(page, 'Close as lost').click();
    const lose = dialog(page, 'Close “Coolers for the plant” as lost');
    await visible(lose.getByText('This opportunity has 1 draft or active quotes.'));
    await lose.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Out-sold' }).click();
    await lose.getByRole('textbox', { name: 'Competitor who won' }).pressSequentially('Contoso');
    await page.getByRole('option', { name: /Contoso Water/ }).click();
    await lose.getByRole('button', { name: 'Close as lost' }).click();
    await gone(lose);
    await visible(command(page, 'Reopen'));
    expect((await record(host, 'opportunity', opportunity.id)).values).toMatchObject({
      status: 'lost',
      status_reason: 'out_sold',
      competitor_id: competitor.id,
    });
    expect((await record(host, 'quote', quote.id)).values['status']).toBe('closed');

    await command(page, 'Reopen').click();
    await visible(command(page, 'Close as won'));
    expect((await record(host, 'opportunity', opportunity.id)).values['status']).toBe('open');
  });
});
