import { isPrintableEntity, type PrintableEntity } from '../rules/print/printable-entities';

/**
 * What the desktop app's page may ask the Electron host for besides the
 * contract's calls: print a quote, order or invoice with the OS print
 * dialog, or save it as a PDF where the user chooses. The host renders the
 * document's print page (`#/print/<entity>/<id>`) in a hidden window of its
 * own, so the page only names the document. The browser host has no such
 * thing: there the page prints itself (src-renderer/print).
 */

export const PRINT_ACTIONS = ['print', 'pdf'] as const;
export type PrintAction = (typeof PRINT_ACTIONS)[number];

export interface PrintRequest {
  readonly entity: PrintableEntity;
  readonly id: string;
  readonly action: PrintAction;
}

export type PrintResult =
  | { readonly ok: true; readonly outcome: 'printed' | 'cancelled' }
  | { readonly ok: true; readonly outcome: 'saved'; readonly file: string }
  | { readonly ok: false; readonly message: string };

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request when `value` is exactly a valid one (no other keys), else null. */
export function parsePrintRequest(value: unknown): PrintRequest | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { entity, id, action, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return null;
  if (typeof entity !== 'string' || !isPrintableEntity(entity)) return null;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof action !== 'string' || !(PRINT_ACTIONS as readonly string[]).includes(action)) return null;
  return { entity, id, action: action as PrintAction };
}

/** The hash route of a document's print page, e.g. `/print/invoice/<id>`. */
export function printPath(entity: PrintableEntity, id: string): string {
  return `/print/${entity}/${id}`;
}
