import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, type PrintToPDFOptions, type WebContents } from 'electron';
import { printPath, type PrintRequest, type PrintResult } from '../../../src-shared/api/print-bridge';
import { guardWebContents } from './security';
import { WEB_PREFERENCES } from './window';

export type PrintOutcome = 'printed' | 'cancelled';

/** Prints with the OS print dialog. Resolves 'cancelled' when the user closes it; rejects when printing fails. */
export function printWithDialog(contents: WebContents): Promise<PrintOutcome> {
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve('printed');
      else if (failureReason === 'cancelled') resolve('cancelled');
      else reject(new Error(`Printing failed: ${failureReason}`));
    });
  });
}

export const PDF_OPTIONS: PrintToPDFOptions = { printBackground: true, pageSize: 'A4', preferCSSPageSize: true };

/**
 * Asks where to save (attached to `parent`, the app's window), then writes
 * what `source` shows as a PDF there. Returns the file written, or null
 * when the user cancelled the dialog.
 */
export async function saveAsPdf(
  source: WebContents,
  parent: BrowserWindow | undefined,
  suggestedName: string,
): Promise<string | null> {
  const options = {
    defaultPath: suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const choice =
    parent && !parent.isDestroyed()
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  const file = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
  const pdf = await source.printToPDF(PDF_OPTIONS);
  await writeFile(file, pdf);
  return file;
}

/** How long the print page may take to load the document and lay it out. */
export const PRINT_READY_TIMEOUT_MS = 30_000;
const POLL_MS = 25;

/**
 * The print page marks `<html>` with `data-print-state` `ready` once the
 * document of `data-print-job` is laid out with its fonts, or `failed`.
 * Waits for either for this job; the script runs in the page but only
 * reads those two attributes.
 */
export async function waitForPrintPage(
  contents: WebContents,
  job: string,
  timeoutMs = PRINT_READY_TIMEOUT_MS,
): Promise<void> {
  const script = `(d => d.printJob === ${JSON.stringify(job)} ? d.printState || '' : '')(document.documentElement.dataset)`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (contents.isDestroyed()) throw new Error('The print window was closed.');
    const state: unknown = await contents.executeJavaScript(script).catch(() => '');
    if (state === 'ready') return;
    if (state === 'failed') throw new Error('The document could not be prepared for printing.');
    if (Date.now() >= deadline) throw new Error('The document took too long to prepare for printing.');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** How long a print window is kept, hidden, for the next document before it is closed. */
export const PRINT_WINDOW_IDLE_MS = 120_000;

export interface DocumentPrinterOptions {
  readonly preloadPath: string;
  /** The app's entry URL; the print route is added as its hash. */
  readonly entryUrl: string;
  /** The app's window, which the save dialog is attached to. */
  readonly appWindow: () => BrowserWindow | undefined;
  readonly openExternal: (url: string) => Promise<void>;
  readonly readyTimeoutMs?: number;
  readonly idleMs?: number;
}

export interface DocumentPrinter {
  print(request: PrintRequest): Promise<PrintResult>;
  /** The print window, when one is open; its page may call the backend like the app's window. */
  contents(): readonly WebContents[];
  /** Closes the print window. */
  close(): void;
}

/**
 * Prints a quote, order or invoice: its print page (no app shell) is shown
 * in a hidden, sandboxed window of its own, then printed with the OS dialog
 * or written to a PDF file the user picks. The window is kept a while for
 * the next document, which it shows by changing the hash (the page follows
 * it), so printing again does not load the app again; it is closed after
 * PRINT_WINDOW_IDLE_MS, on any failure, and when the app quits. One
 * document at a time, in the order asked.
 */
export function createDocumentPrinter(options: DocumentPrinterOptions): DocumentPrinter {
  const idleMs = options.idleMs ?? PRINT_WINDOW_IDLE_MS;
  let window: BrowserWindow | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let jobs = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const live = () => (window && !window.isDestroyed() ? window : undefined);

  function closeWindow() {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    const open = live();
    window = undefined;
    open?.destroy();
  }

  async function show(hash: string): Promise<BrowserWindow> {
    const warm = live();
    if (warm) {
      await warm.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
      return warm;
    }
    const created = new BrowserWindow({
      show: false,
      width: 960,
      height: 1200,
      webPreferences: { ...WEB_PREFERENCES, spellcheck: false, preload: options.preloadPath },
    });
    window = created;
    guardWebContents(created.webContents, { openExternal: options.openExternal });
    await created.loadURL(`${options.entryUrl}#${hash}`);
    return created;
  }

  async function run(request: PrintRequest): Promise<PrintResult> {
    clearTimeout(idleTimer);
    const job = String(++jobs);
    try {
      const shown = await show(`${printPath(request.entity, request.id)}?job=${job}`);
      await waitForPrintPage(shown.webContents, job, options.readyTimeoutMs);
      let result: PrintResult;
      if (request.action === 'print') result = { ok: true, outcome: await printWithDialog(shown.webContents) };
      else {
        const file = await saveAsPdf(shown.webContents, options.appWindow(), shown.webContents.getTitle());
        result = file === null ? { ok: true, outcome: 'cancelled' } : { ok: true, outcome: 'saved', file };
      }
      if (live()) {
        idleTimer = setTimeout(closeWindow, idleMs);
        idleTimer.unref?.();
      }
      return result;
    } catch (error) {
      closeWindow();
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    print(request) {
      const result = queue.then(() => run(request));
      queue = result.catch(() => undefined);
      return result;
    },
    contents: () => {
      const open = live();
      return open ? [open.webContents] : [];
    },
    close: closeWindow,
  };
}
