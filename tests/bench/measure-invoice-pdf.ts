import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DocumentLines } from '../../src-shared/api/sales';
import { createBackend, type Backend } from '../../src-main/backend';
import type { BenchContext } from './extensions';
import type { BenchFigure } from './report';
import { elapsedMs, median, percentile } from './stats';
import { startWebHostProcess, type WebHostProcess } from './web-host-process';

/**
 * A 50-line invoice rendered to PDF the way the app prints one: its print
 * page (`#/print/<entity>/<id>`, no app shell) in headless Chromium through
 * the built browser host, laid out (`data-print-state="ready"`) and printed
 * to an A4 PDF by Chromium's own PDF printer, the engine of Electron's
 * printToPDF. Warm, as the desktop app prints every document after the
 * first: its hidden print window is already open on the print page and is
 * shown the next document by a change of hash (src-main/hosts/electron/
 * print.ts), so each sample reads the invoice, lays it out and prints it,
 * from the hash change to the PDF's bytes. Beside it, for information, the
 * cold case: a new tab loading the page (files cached) to the PDF.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LINES = 50;
const TARGET_P95_MS = 300;
const WARMUPS = 3;
/** Timed prints; fixed rather than --samples, as each one lays out and prints a whole document. */
const SAMPLES = 40;
const COLD_SAMPLES = 10;
const WAIT_MS = 30_000;

/** Evaluated in the page: the print page's state once it reports on `job` (see PrintPage.tsx). */
function printState(job: string): string | false {
  const data = (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string> } } })
    .document.documentElement.dataset;
  return data['printJob'] === job && data['printState'] ? data['printState'] : false;
}

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as T;
}

/** Adds a customer and a 50-line invoice (write-in products, 10% tax) to the bench database; returns its id. */
export async function createBenchInvoice(dataDir: string, lines = LINES): Promise<string> {
  const backend = createBackend({ dataDir, dailyBackup: false });
  try {
    const info = await call<{ state: string }>(backend, 'app.info', {});
    if (info.state === 'onboarding') await call(backend, 'app.startEmpty', {});
    await call(backend, 'sales.updateSettings', {
      company: {
        name: 'Benchmark Trading Ltd',
        address: '1 Market Street\nSpringfield',
        taxId: 'US-12-3456789',
        phone: '+1 555 0100',
        email: 'billing@bench.example',
        bankDetails: 'Bank of Springfield\nIBAN US00 1234 5678 9012',
        terms: 'Payment within 30 days.',
      },
    });
    const account = await call<{ id: string }>(backend, 'records.create', {
      entity: 'account',
      values: { name: 'Invoice Benchmark Customer', address_street: '5 Harbour Road', address_city: 'Portland' },
    });
    const invoice = await call<{ id: string }>(backend, 'records.create', {
      entity: 'invoice',
      values: {
        name: `Benchmark invoice, ${lines} lines`,
        customer: `account:${account.id}`,
        currency: 'USD',
        invoice_date: '2026-03-21',
        payment_terms: 'net_30',
      },
    });
    let saved: DocumentLines | null = null;
    for (let i = 1; i <= lines; i++) {
      saved = await call<DocumentLines>(backend, 'lines.save', {
        document: `invoice:${invoice.id}`,
        line: {
          kind: 'write_in',
          name: `Benchmark product ${i}`,
          pricePerUnit: `${i * 7}.5`,
          quantity: String((i % 9) + 1),
          taxPercent: '10',
          ...(i % 6 === 0 ? { description: 'Assembled and delivered on site' } : {}),
        },
      });
    }
    if (saved?.lines.length !== lines) throw new Error(`The invoice has ${saved?.lines.length ?? 0} lines.`);
    return invoice.id;
  } finally {
    backend.close();
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${WAIT_MS} ms.`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface PrintTiming {
  /** To the PDF's bytes. */
  readonly total: number;
  /** Of which printing the laid-out page to PDF. */
  readonly pdf: number;
  readonly bytes: number;
}

async function printToPdf(page: Page, start: bigint, job: string): Promise<PrintTiming> {
  const state = await page.waitForFunction(printState, job, { timeout: WAIT_MS }).catch(async (error: unknown) => {
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '');
    throw new Error(`The print page did not finish (${String(error)}); it shows: ${shown.slice(0, 300)}`);
  });
  if ((await state.jsonValue()) !== 'ready') throw new Error('The print page could not prepare the invoice.');
  const laidOut = process.hrtime.bigint();
  const pdf = await withTimeout(page.pdf({ preferCSSPageSize: true, printBackground: true }), 'Printing to PDF');
  const total = elapsedMs(start);
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('The print is not a PDF.');
  return { total, pdf: elapsedMs(laidOut), bytes: pdf.length };
}

/** The print page opened in a new tab, as the browser host's Print does (or the desktop app's first print). */
async function printInNewTab(context: BrowserContext, url: (job: string) => string): Promise<PrintTiming> {
  const page = await context.newPage();
  try {
    const start = process.hrtime.bigint();
    await page.goto(url('0'));
    return await printToPdf(page, start, '0');
  } finally {
    await page.close();
  }
}

/** The next print in the open print page: the hash names the document and the job. */
async function printInOpenPage(page: Page, url: (job: string) => string, job: string): Promise<PrintTiming> {
  const hash = new URL(url(job)).hash;
  const start = process.hrtime.bigint();
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  return printToPdf(page, start, job);
}

function figure(key: string, label: string, samples: readonly number[], target?: number): BenchFigure {
  const p95 = percentile(samples, 95);
  return {
    key: `${key}_p95_ms`,
    label: `${label} [${samples.length} samples]`,
    value: p95,
    unit: 'ms',
    median: { key: `${key}_p50_ms`, value: median(samples) },
    ...(target === undefined ? {} : { target: `p95 <= ${target} ms`, met: p95 <= target }),
  };
}

/** The bench extension: "50-line invoice rendered to PDF (p95, warm)", target <= 300 ms. */
export async function measureInvoicePdf(ctx: BenchContext): Promise<readonly BenchFigure[]> {
  ctx.log(`Printing a ${LINES}-line invoice to PDF in Chromium through the browser host`);
  const invoiceId = await createBenchInvoice(ctx.dataDir);
  let host: WebHostProcess | null = null;
  let browser: Browser | null = null;
  try {
    const started = await startWebHostProcess(ctx.dataDir);
    host = started;
    const url = (job: string) =>
      `${started.origin}/#/print/invoice/${invoiceId}?job=${job}&token=${encodeURIComponent(started.token)}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'en-US' });
    const errors: string[] = [];
    context.on('weberror', (error) => errors.push(error.error().message));

    const cold: number[] = [];
    for (let i = 0; i < WARMUPS + COLD_SAMPLES; i++) {
      const timing = await printInNewTab(context, url);
      if (i < WARMUPS) {
        ctx.log(
          `  warm-up print ${i + 1} in a new tab: ${timing.total.toFixed(0)} ms, ${Math.round(timing.bytes / 1024)} KB PDF`,
        );
      } else cold.push(timing.total);
    }

    const page = await context.newPage();
    await page.goto(url('0'));
    await printToPdf(page, process.hrtime.bigint(), '0');
    const warm: number[] = [];
    const pdfs: number[] = [];
    for (let i = 1; i <= WARMUPS + SAMPLES; i++) {
      const timing = await printInOpenPage(page, url, String(i));
      if (i <= WARMUPS) continue;
      warm.push(timing.total);
      pdfs.push(timing.pdf);
    }
    await page.close();
    if (errors.length > 0) throw new Error(`The print page reported errors: ${errors.join('\n')}`);
    return [
      figure('invoice_pdf_50_lines', `${LINES}-line invoice rendered to PDF (warm)`, warm, TARGET_P95_MS),
      figure('invoice_pdf_50_lines_print_only', '  of which printing the laid-out page', pdfs),
      figure('invoice_pdf_50_lines_new_tab', '  the same, opening the print page in a new tab', cold),
    ];
  } finally {
    try {
      await browser?.close();
    } finally {
      await host?.stop();
    }
  }
}
