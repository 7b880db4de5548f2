import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * End-to-end harness: a browser host process (the built `out/main/web.js`)
 * on its own temp data folder, and headless Debian Chromium driving it.
 * A test that needs a fresh database opens its own app; a file whose tests
 * can share one opens it once in `beforeAll` and gives each test a new page.
 */

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** How long one UI step may wait for the app; generous for a loaded two-core machine, far below the test timeout. */
export const STEP_TIMEOUT = 15_000;

// Hosts still running when the test process ends (a crash, an interrupted run) are killed, never left behind.
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly json: unknown;
}

export interface AppHost {
  /** The address the host printed, with `#token=…`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** Everything the host wrote to stderr so far. */
  stderr(): string;
  /** `POST /api/<method>` with the token, as the renderer does. */
  call(method: string, input?: unknown): Promise<HttpAnswer>;
  /** A raw request to the host, for calls the renderer would never make. */
  request(path: string, init?: RequestInit): Promise<HttpAnswer>;
  stop(): Promise<void>;
}

/** Starts a host on `dataDir` (a new temp folder when omitted). Stopping it never deletes the folder. */
export async function startHost(dataDir = newDataDir()): Promise<AppHost> {
  const child = spawn(process.execPath, [join(ROOT, 'out/main/web.js'), '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /CRM ready at (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = decodeURIComponent(/token=([^&]+)/.exec(parsed.hash)?.[1] ?? '');
  const request = async (path: string, init: RequestInit = {}): Promise<HttpAnswer> => {
    const response = await fetch(`${parsed.origin}${path}`, init);
    const text = await response.text();
    return { status: response.status, text, json: parseJson(text) };
  };
  return {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    process: child,
    stderr: () => stderr,
    request,
    call: (method, input = {}) =>
      request(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-crm-token': token },
        body: JSON.stringify(input),
      }),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'crm-e2e-'));
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Closes the page's context; throws if the page had uncaught errors. */
  close(): Promise<void>;
}

/** A new browser context (fresh session storage) with a page that has opened the host's address. */
export async function openPage(browser: Browser, host: AppHost, options: { locale?: string } = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: options.locale ?? 'en-US',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  let closed = false;
  return {
    page,
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close();
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

export interface Session {
  readonly host: AppHost;
  readonly browser: Browser;
  readonly page: Page;
  /** Another page on the same host, e.g. one per test in a shared session. */
  newPage(options?: { locale?: string }): Promise<AppPage>;
  /** Stops everything; the data folder is removed unless `keepData`. Throws if a page had uncaught errors. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/** A host on a data folder (a fresh one by default), a browser, and a page that has opened the app. */
export async function openApp(options: { dataDir?: string; locale?: string } = {}): Promise<Session> {
  const host = await startHost(options.dataDir);
  // Half-started: leave no browser or host behind.
  const abandon = async (error: unknown, started?: Browser): Promise<never> => {
    await started?.close();
    await host.stop();
    if (!options.dataDir) removeDataDir(host.dataDir);
    throw error;
  };
  const browser = await launchBrowser().catch((error: unknown) => abandon(error));
  const pages: AppPage[] = [];
  const newPage = async (pageOptions: { locale?: string } = {}) => {
    const opened = await openPage(browser, host, { locale: pageOptions.locale ?? options.locale });
    pages.push(opened);
    return opened;
  };
  const first = await newPage().catch((error: unknown) => abandon(error, browser));
  return {
    host,
    browser,
    page: first.page,
    newPage,
    close: async ({ keepData = false } = {}) => {
      const failures: unknown[] = [];
      for (const opened of pages) await opened.close().catch((e: unknown) => failures.push(e));
      await browser.close();
      await host.stop();
      if (!keepData) removeDataDir(host.dataDir);
      if (failures.length) throw failures[0];
    },
  };
}

/** Where a failing test leaves a screenshot and the page's accessibility tree. */
export const EVIDENCE_DIR = join(tmpdir(), 'crm-e2e-evidence');

/**
 * Keeps what the page showed when a test failed, so a failure on a machine
 * nobody watched can still be seen. Never throws: evidence is best effort.
 */
export async function saveEvidence(page: Page, testName: string): Promise<void> {
  const base = join(EVIDENCE_DIR, testName.replace(/[^\w-]+/g, '_').slice(0, 120));
  try {
    mkdirSync(EVIDENCE_DIR, { recursive: true });
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    writeFileSync(`${base}.aria.yml`, await page.locator('body').ariaSnapshot());
    process.stderr.write(`evidence of the failure: ${base}.png, ${base}.aria.yml (at ${page.url()})\n`);
  } catch {
    // The page may already be gone.
  }
}

/** The value of a successful API answer; throws with the answer otherwise. */
export function okValue<T>(answer: HttpAnswer): T {
  const body = answer.json as { ok?: boolean; value?: T } | undefined;
  if (answer.status !== 200 || body?.ok !== true) throw new Error(`call failed: ${answer.status} ${answer.text}`);
  return body.value as T;
}

/** Display names of an entity's live records, read straight from the host (up to 500). */
export async function recordNames(host: AppHost, entity: 'account' | 'contact'): Promise<string[]> {
  const page = okValue<{ rows: { display_name: string }[] }>(await host.call('records.list', { entity, limit: 500 }));
  return page.rows.map((r) => r.display_name);
}
