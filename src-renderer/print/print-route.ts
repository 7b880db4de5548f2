import { printPath } from '../../src-shared/api/print-bridge';
import type { PrefetchRequest } from '../api/startup-prefetch';
import { isPrintableEntity, type PrintableEntity } from '../../src-shared/rules/print/printable-entities';

/**
 * The print page's route, `#/print/<entity>/<id>`, optionally with
 * `?auto=print` (print as soon as it is laid out, then close the tab) or
 * `?job=<n>` (the desktop host's print job). The
 * page renders without the app shell, so main.tsx looks for this route
 * before anything else is loaded.
 */
export interface PrintRoute {
  readonly entity: PrintableEntity;
  readonly id: string;
  readonly autoPrint: boolean;
  /**
   * `?job=<n>`: which print job of the desktop host's print window this is.
   * The window is kept for the next document, which it opens by changing
   * the hash; the page reports its state for this job.
   */
  readonly job: string;
}

const ROUTE = /^\/print\/([a-z_]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?(?:\?(.*))?$/i;

/** The print route in `hash` (`#/print/...`), or null for any other route. */
export function parsePrintRoute(hash: string): PrintRoute | null {
  const m = ROUTE.exec(hash.replace(/^#/, ''));
  const entity = m?.[1] ?? '';
  if (!m || !isPrintableEntity(entity)) return null;
  const query = new URLSearchParams(m[3] ?? '');
  const job = query.get('job') ?? '';
  return {
    entity,
    id: (m[2] ?? '').toLowerCase(),
    autoPrint: query.get('auto') === 'print',
    job: /^\d{1,12}$/.test(job) ? job : '',
  };
}

/** `#/print/<entity>/<id>`, with `?auto=print` to print at once. */
export function printHash(entity: PrintableEntity, id: string, autoPrint = false): string {
  return `#${printPath(entity, id)}${autoPrint ? '?auto=print' : ''}`;
}

/** The calls the print page makes first (load-printable.ts), started by main.tsx before React loads. */
export function printStartupCalls({ entity, id }: PrintRoute): PrefetchRequest[] {
  return [
    { method: 'settings.get', input: {} },
    { method: 'records.get', input: { entity, id } },
    { method: 'lines.list', input: { document: `${entity}:${id}` } },
    { method: 'sales.settings', input: {} },
  ];
}
