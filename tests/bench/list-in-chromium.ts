import { chromium, type Browser } from 'playwright-core';
import type { BenchContext } from './extensions';
import { firstRowsPaintedAt, installPaintProbe, jumpToLoadedEnd } from './paint-probe';
import type { BenchFigure } from './report';
import { median, percentile } from './stats';
import { startWebHostProcess, type WebHostProcess } from './web-host-process';

/**
 * Opens the contacts list of the benchmark database in headless Chromium
 * through the built browser host, the way a user of the browser host sees
 * it, and times (in the page, see paint-probe.ts) how long until the first
 * rows are painted, then how long the next rows take to appear after
 * scrolling to the end of what is loaded.
 *
 * The list is keyset-paged (src-renderer/records/list/useRecordList.ts):
 * its scroll height covers the rows loaded so far, not all 1,000,000, so
 * there is no "middle" to jump to. Scrolling is measured as what a user
 * does, reaching the end of the loaded rows again and again; how fast a
 * page deep inside the million is read is the backend's "list page"
 * figure, which starts at random rows.
 */

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const FIRST_ROWS_TARGET_P95_MS = 500;
const WARMUPS = 2;
/** Timed page opens; fixed rather than --samples, as each one loads the whole renderer. */
const SAMPLES = 20;
/** Scrolls to the end of the loaded rows per page open; each one fetches and draws the next page. */
const JUMPS_PER_OPEN = 10;
const WAIT_MS = 30_000;
const CONTACTS_ROUTE = '/sales/contacts';

interface OpenTiming {
  readonly firstRows: number;
  readonly jumps: readonly number[];
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${WAIT_MS} ms.`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The list is only shown once the app is past first-run onboarding. The app
 * decides that from the file (src-main/domains/app/onboarding.ts): a file
 * that holds records is not onboarding, so the bench database opens
 * straight into the shell. Checked through the host's API, so a change to
 * that rule fails here with a clear message rather than as a timeout.
 */
async function assertOpensIntoShell(host: WebHostProcess): Promise<void> {
  const response = await fetch(`${host.origin}/api/app.info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crm-token': host.token },
    body: '{}',
  });
  const result = (await response.json()) as { ok: boolean; value?: { state: string } };
  const state = result.ok ? result.value?.state : `error ${response.status}`;
  if (state !== 'ready') throw new Error(`The browser host reports app state "${state}" instead of "ready".`);
}

/** One fresh browser context (no cache, no stored UI state): open the list, then scroll. */
async function openContactsList(browser: Browser, host: WebHostProcess): Promise<OpenTiming> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(installPaintProbe);
    await page.goto(`${host.origin}/#${CONTACTS_ROUTE}?token=${encodeURIComponent(host.token)}`);
    const handle = await page.waitForFunction(firstRowsPaintedAt, null, { timeout: WAIT_MS });
    const firstRows = (await handle.jsonValue()) as number;
    const jumps: number[] = [];
    for (let i = 0; i < JUMPS_PER_OPEN; i++) {
      jumps.push(await withTimeout(page.evaluate(jumpToLoadedEnd), 'Rows appearing after a scroll'));
    }
    if (pageErrors.length > 0) throw new Error(`The page reported errors: ${pageErrors.join('\n')}`);
    return { firstRows, jumps };
  } finally {
    await context.close();
  }
}

function percentileFigure(key: string, label: string, samples: readonly number[], target?: number): BenchFigure {
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

export async function measureContactsListInChromium(ctx: BenchContext): Promise<readonly BenchFigure[]> {
  ctx.log('Opening the contacts list in Chromium through the browser host');
  let host: WebHostProcess | null = null;
  let browser: Browser | null = null;
  try {
    host = await startWebHostProcess(ctx.dataDir);
    await assertOpensIntoShell(host);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    const firstRows: number[] = [];
    const jumps: number[] = [];
    for (let i = 0; i < WARMUPS + SAMPLES; i++) {
      const timing = await openContactsList(browser, host);
      if (i < WARMUPS) {
        // The first open after the host starts pays for cold statement caches and JIT; reported, not counted.
        ctx.log(`  warm-up open ${i + 1}: first rows painted after ${timing.firstRows.toFixed(0)} ms`);
        continue;
      }
      firstRows.push(timing.firstRows);
      jumps.push(...timing.jumps);
    }
    ctx.log(`  ${SAMPLES} opens, ${jumps.length} scrolls to the end of the loaded rows`);
    return [
      percentileFigure(
        'first_rows_painted',
        'contacts list: first rows painted in Chromium',
        firstRows,
        FIRST_ROWS_TARGET_P95_MS,
      ),
      percentileFigure('rows_painted_after_scroll', '  next rows painted after scrolling to the end', jumps),
    ];
  } finally {
    try {
      await browser?.close();
    } finally {
      await host?.stop();
    }
  }
}
