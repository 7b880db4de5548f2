import type { ApiResult, EventName, EventPayloads } from '../../src-shared/api';
import type { PrintRequest, PrintResult } from '../../src-shared/api/print-bridge';

/** What the Electron preload exposes as `window.crm` (contextBridge). */
export interface CrmBridge {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Prints a document, or saves it as PDF, through the desktop host (src-renderer/print). */
  print?(request: PrintRequest): Promise<PrintResult>;
}

declare global {
  interface Window {
    readonly crm?: CrmBridge;
  }
}

/** The preload bridge when running inside Electron, otherwise null. */
export function electronBridge(): CrmBridge | null {
  return typeof window !== 'undefined' && window.crm ? window.crm : null;
}
