/**
 * In-page timing of the contacts list, installed with Playwright's
 * `addInitScript` so it runs in every new document before the app's own
 * scripts. `installPaintProbe` is serialized into the page: it must not
 * reference anything outside its own body. This file is type-checked
 * without the DOM library (it sits with the Node-side bench code), so the
 * few DOM shapes it uses are declared here.
 *
 * What counts as "painted": the probe notices the rows as soon as they are
 * in the DOM (a MutationObserver fires in the microtask after React's
 * commit), then waits two animation frames. The first frame callback runs
 * just before the browser renders the frame that contains the new rows; the
 * second runs at the start of the following frame, i.e. after that frame
 * was painted. So the figure is an upper bound on the paint time, late by
 * at most one frame (~16 ms), and never early, which is the safe side for a
 * target. (Paint Timing only reports the first paint of anything, and
 * Element Timing would need markup in the app, so neither measures "the
 * rows" here.) `performance.now()` counts from the document's navigation
 * start, so the first-rows time includes the request, loading the
 * renderer, the app's first API calls and the list query.
 */

interface ProbeRect {
  readonly top: number;
  readonly left: number;
}

interface ProbeElement {
  readonly textContent: string | null;
  readonly clientTop: number;
  readonly clientLeft: number;
  readonly clientHeight: number;
  scrollTop: number;
  readonly scrollHeight: number;
  querySelector(selector: string): ProbeElement | null;
  querySelectorAll(selector: string): ArrayLike<ProbeElement>;
  closest(selector: string): ProbeElement | null;
  getBoundingClientRect(): ProbeRect;
}

interface ProbeWindow {
  readonly document: ProbeElement & { elementFromPoint(x: number, y: number): ProbeElement | null };
  readonly performance: { now(): number };
  requestAnimationFrame(callback: () => void): number;
  readonly MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean; characterData: boolean }): void;
    disconnect(): void;
  };
  __crmPaintProbe?: PaintProbe;
}

export interface PaintProbe {
  /** `performance.now()` when the first data rows of the list had been painted; null until then. */
  firstRowsPaintedAt: number | null;
  /**
   * Scrolls the list to the end of the rows it has loaded and resolves with
   * the ms until data rows were painted at the bottom of the view again
   * (the next page fetched and drawn where the "loading more" row was).
   */
  jumpToLoadedEnd(): Promise<number>;
}

export function installPaintProbe(): void {
  const w = globalThis as unknown as ProbeWindow;
  const grid = () => w.document.querySelector('[role="table"]');
  // A data row has one cell per column, the first holding the name; the
  // "loading more" row at the end has a single cell, the header row none.
  const isDataRow = (row: ProbeElement) => {
    const cells = row.querySelectorAll('[role="cell"]');
    return cells.length > 1 && (cells[0]?.textContent ?? '').trim() !== '';
  };
  const hasDataRows = () => Array.from(grid()?.querySelectorAll('[role="row"]') ?? []).some(isDataRow);
  const dataRowAtViewBottom = () => {
    const scroller = grid();
    if (!scroller) return false;
    const box = scroller.getBoundingClientRect();
    const x = box.left + scroller.clientLeft + 16;
    const y = box.top + scroller.clientTop + scroller.clientHeight - 2;
    const row = w.document.elementFromPoint(x, y)?.closest('[role="row"]');
    return row !== null && row !== undefined && isDataRow(row);
  };
  const whenPainted = (ready: () => boolean) =>
    new Promise<number>((resolve) => {
      const check = () => {
        if (!ready()) return false;
        observer.disconnect();
        w.requestAnimationFrame(() => w.requestAnimationFrame(() => resolve(w.performance.now())));
        return true;
      };
      const observer = new w.MutationObserver(check);
      if (!check()) observer.observe(w.document, { childList: true, subtree: true, characterData: true });
    });

  const probe: PaintProbe = {
    firstRowsPaintedAt: null,
    jumpToLoadedEnd: async () => {
      const scroller = grid();
      if (!scroller) throw new Error('The contacts list is not on the page.');
      const start = w.performance.now();
      scroller.scrollTop = scroller.scrollHeight;
      return (await whenPainted(dataRowAtViewBottom)) - start;
    },
  };
  w.__crmPaintProbe = probe;
  void whenPainted(hasDataRows).then((at) => (probe.firstRowsPaintedAt = at));
}

/** Page-side readers, serialized into `page.waitForFunction` / `page.evaluate`. */
export function firstRowsPaintedAt(): number | null {
  return (globalThis as unknown as ProbeWindow).__crmPaintProbe?.firstRowsPaintedAt ?? null;
}

export function jumpToLoadedEnd(): Promise<number> {
  const probe = (globalThis as unknown as ProbeWindow).__crmPaintProbe;
  if (!probe) throw new Error('The paint probe is not installed.');
  return probe.jumpToLoadedEnd();
}
