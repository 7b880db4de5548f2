import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLines } from '../../src-shared/api/sales';
import { launchBrowser, okValue, removeDataDir, saveEvidence, startHost, STEP_TIMEOUT, type AppHost } from './harness';
import { command, visible } from './ui';

/**
 * Printed invoices as real PDFs: the print page (`#/print/invoice/<id>`)
 * rendered by headless Chromium's own PDF printer, the same engine as
 * Electron's printToPDF, and read back with pdftotext (poppler-utils). A
 * 120-line invoice runs over several pages, each with the document's
 * heading, the table's column headings and its page number, and no line
 * split between two pages; a 10-line invoice's totals and (in Russian) its
 * amount in words read as they should. Invoices are made through the API,
 * as the form's commands would.
 */

const PDFTOTEXT = '/usr/bin/pdftotext';

let host: AppHost;
let browser: Browser;
let context: BrowserContext | null = null;
let page: Page | null = null;
let pdfDir: string;
let accountId: string;

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  return okValue<T>(await host.call(method, input));
}

beforeAll(async () => {
  host = await startHost();
  browser = await launchBrowser();
  pdfDir = mkdtempSync(join(tmpdir(), 'crm-pdf-'));
  await call('app.startEmpty');
  await call('sales.updateSettings', {
    company: {
      name: 'Northwind Traders',
      address: '1 Market Street\nSpringfield, IL 62701',
      taxId: 'US-12-3456789',
      phone: '+1 555 0100',
      email: 'billing@northwind.example',
      bankDetails: 'Bank of Springfield\nIBAN US00 1234 5678 9012',
      terms: 'Payment within 30 days.',
    },
    exchangeRates: { RUB: '90' },
  });
  const account = await call<{ id: string }>('records.create', {
    entity: 'account',
    values: { name: 'Contoso Ltd', address_street: '5 Harbour Road', address_city: 'Portland' },
  });
  accountId = account.id;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  if (host) removeDataDir(host.dataDir);
  if (pdfDir) rmSync(pdfDir, { recursive: true, force: true });
});

afterEach(async (test) => {
  if (page && test.task.result?.state === 'fail') await saveEvidence(page, test.task.name);
  await context?.close();
  context = null;
  page = null;
});

interface Invoice {
  readonly id: string;
  readonly number: string;
  readonly lines: DocumentLines;
}

/** An invoice to Contoso with `count` write-in lines: `Item 001`, price 10 i + 0.25, quantity i mod 7 + 1, tax 10%. */
async function createInvoice(count: number, currency = 'USD'): Promise<Invoice> {
  const invoice = await call<{ id: string; values: Record<string, unknown> }>('records.create', {
    entity: 'invoice',
    values: {
      name: `Office furniture, ${count} lines`,
      customer: `account:${accountId}`,
      currency,
      invoice_date: '2026-03-21',
      payment_terms: 'net_30',
    },
  });
  let lines: DocumentLines | null = null;
  for (let i = 1; i <= count; i++) {
    lines = await call<DocumentLines>('lines.save', {
      document: `invoice:${invoice.id}`,
      line: {
        kind: 'write_in',
        name: `Item ${String(i).padStart(3, '0')}`,
        pricePerUnit: `${i * 10}.25`,
        quantity: String((i % 7) + 1),
        taxPercent: '10',
      },
    });
  }
  if (!lines) throw new Error('no lines');
  return { id: invoice.id, number: String(invoice.values['invoice_number']), lines };
}

/** Prints the invoice's print page to a PDF with Chromium, and returns the text of each page. */
async function printPdf(id: string, name: string): Promise<string[]> {
  context = await browser.newContext({ locale: 'en-US' });
  context.setDefaultTimeout(STEP_TIMEOUT);
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.origin}/#/print/invoice/${id}?token=${encodeURIComponent(host.token)}`);
  await page.waitForSelector('html[data-print-state="ready"]');
  const file = join(pdfDir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  expect(errors).toEqual([]);
  const text = execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Form feeds separate pages; pdftotext ends the last one with one too.
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\f')
    .filter((pageText, i, all) => i < all.length - 1 || pageText.trim() !== '');
}

const usd = (amount: string) =>
  `$${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount))}`;
const plain = (amount: string) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount));

describe('printed invoices (PDF)', () => {
  it('prints a 120-line invoice over several pages, each with the heading, the column headings and its number', async () => {
    const invoice = await createInvoice(120);
    expect(invoice.lines.lines).toHaveLength(120);
    const pages = await printPdf(invoice.id, 'invoice-120');

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`Invoice ${invoice.number}`);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    // The column headings repeat on every page the lines table reaches.
    const withLines = pages.filter((text) => /Item \d{3}/.test(text));
    expect(withLines.length).toBeGreaterThanOrEqual(3);
    for (const text of withLines) expect(text).toMatch(/#\s+Product\s+Quantity\s+Unit price\s+Tax\s+Amount/);

    // Every line once, whole on one text line of one page: number, name, quantity, price, tax and amount together.
    const all = pages.join('\n');
    for (const line of invoice.lines.lines) {
      const name = line.productName;
      expect(all.split(name).length - 1, name).toBe(1);
      const row = all.split('\n').find((text) => text.includes(name)) ?? '';
      const cells = [String(line.lineNumber), name, line.quantity, plain(line.pricePerUnit), plain(line.tax)];
      expect(row, name).toMatch(
        new RegExp(`${cells.map(escape).join('\\s+')}\\s+${escape(plain(line.extendedAmount))}`),
      );
    }

    // The company, the customer and the totals; the grand total on the last page.
    expect(pages[0]).toContain('Northwind Traders');
    expect(pages[0]).toContain('Tax ID: US-12-3456789');
    expect(pages[0]).toContain('Contoso Ltd');
    const { totals } = invoice.lines;
    const last = pages.at(-1) ?? '';
    expect(last).toMatch(new RegExp(`Subtotal\\s+${escape(usd(totals.detailAmount))}`));
    expect(last).toMatch(new RegExp(`Tax\\s+${escape(usd(totals.totalTax))}`));
    expect(last).toMatch(new RegExp(`Total\\s+${escape(usd(totals.totalAmount))}`));
    expect(last).toContain('Bank of Springfield');
  });

  it('prints a 10-line invoice whose totals read as computed, and in Russian with the amount in words', async () => {
    const invoice = await createInvoice(10, 'RUB');
    const { totals } = invoice.lines;
    // Σ (10 i + 0.25) × (i mod 7 + 1) = 2,029.25; the 10% tax is rounded per line (6.075 -> 6.08…): 202.95.
    expect(totals).toMatchObject({ detailAmount: '2029.25', totalTax: '202.95', totalAmount: '2232.2' });

    const english = await printPdf(invoice.id, 'invoice-10-en');
    expect(english).toHaveLength(1);
    expect(english[0]).toMatch(/Subtotal\s+RUB 2,029\.25/);
    expect(english[0]).toMatch(/Tax\s+RUB 202\.95/);
    expect(english[0]).toMatch(/Total\s+RUB 2,232\.20/);
    // English invoices do not write the amount in words.
    expect(english[0]).not.toContain('Amount in words');

    await call('settings.update', { language: 'ru' });
    try {
      const russian = await printPdf(invoice.id, 'invoice-10-ru');
      const text = russian.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain(`Счёт № ${invoice.number}`);
      expect(text).toContain('Итого 2 232,20 ₽');
      expect(text).toContain('ВСЕГО К ОПЛАТЕ');
      expect(text).toContain('Две тысячи двести тридцать два рубля 20 копеек');
      expect(text).toContain('Страница 1 из 1');
    } finally {
      await call('settings.update', { language: 'en' });
    }
  });

  it('shows the next document when the hash changes, reporting each print job, as the desktop print window does', async () => {
    const first = await createInvoice(3);
    const second = await createInvoice(4);
    context = await browser.newContext({ locale: 'en-US' });
    context.setDefaultTimeout(STEP_TIMEOUT);
    const tab = await context.newPage();
    page = tab;
    const reported = (job: string) =>
      tab.waitForSelector(`html[data-print-job="${job}"][data-print-state="ready"]`, { state: 'attached' });
    await tab.goto(`${host.origin}/#/print/invoice/${first.id}?job=1&token=${encodeURIComponent(host.token)}`);
    await reported('1');
    expect(await tab.title()).toBe(`Invoice ${first.number}`);
    await tab.evaluate(`location.hash = ${JSON.stringify(`/print/invoice/${second.id}?job=2`)}`);
    await reported('2');
    expect(await tab.title()).toBe(`Invoice ${second.number}`);
    const file = join(pdfDir, 'next-document.pdf');
    writeFileSync(file, await tab.pdf({ preferCSSPageSize: true }));
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Invoice ${second.number}`);
    expect(text).not.toContain(`Invoice ${first.number}`);
    expect(text).toContain('Item 004');
  });

  it('offers Print and Save as PDF on the invoice form; in the browser they open the print page, which prints itself', async () => {
    const invoice = await createInvoice(2);
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    context.setDefaultTimeout(STEP_TIMEOUT);
    page = await context.newPage();
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/sales/invoices/${invoice.id}`);
    await visible(command(page, 'Print'));
    await visible(command(page, 'Save as PDF'));
    const opened = context.waitForEvent('page');
    await command(page, 'Save as PDF').click();
    const tab = await opened;
    expect(tab.url()).toContain(`#/print/invoice/${invoice.id}?auto=print`);
    // The new tab shares the session's token and lays the document out for the print dialog.
    await tab.waitForSelector('html[data-print-state="ready"]');
    expect(await tab.title()).toBe(`Invoice ${invoice.number}`);
    await expect(tab.getByRole('article', { name: `Invoice ${invoice.number}` }).isVisible()).resolves.toBe(true);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
