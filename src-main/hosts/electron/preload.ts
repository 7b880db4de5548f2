import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, METHOD_NAMES, type ApiResult, type EventName, type EventPayloads } from '../../../src-shared/api';
import { parsePrintRequest, type PrintRequest, type PrintResult } from '../../../src-shared/api/print-bridge';
import { CALL_CHANNEL, EVENT_CHANNEL, PRINT_CHANNEL } from './channels';

/**
 * The whole surface the page gets: `window.crm.call` for contract methods,
 * `window.crm.on` for backend events and `window.crm.print` to print a
 * document or save it as PDF. No channel names, no ipcRenderer, no IPC
 * event objects ever reach the page.
 */
export interface CrmBridge {
  call(method: string, input?: unknown): Promise<ApiResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  print(request: PrintRequest): Promise<PrintResult>;
}

const methods = new Set<string>(METHOD_NAMES);
const events = new Set<string>(EVENT_NAMES);

export function createBridge(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): CrmBridge {
  return {
    call(method, input) {
      if (typeof method !== 'string' || !methods.has(method)) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'UNKNOWN_METHOD',
            messageKey: 'error.unknownMethod',
            message: `There is no method "${String(method)}".`,
          },
        });
      }
      return ipc.invoke(CALL_CHANNEL, method, input) as Promise<ApiResult<unknown>>;
    },
    on(event, listener) {
      if (!events.has(event)) throw new Error(`There is no event "${String(event)}".`);
      if (typeof listener !== 'function') throw new Error('on(event, listener) needs a function.');
      const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) listener(payload as EventPayloads[typeof event]);
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
    print(request) {
      const valid = parsePrintRequest(request);
      if (!valid) return Promise.resolve({ ok: false, message: 'Not a print request.' });
      return ipc.invoke(PRINT_CHANNEL, valid) as Promise<PrintResult>;
    },
  };
}

contextBridge.exposeInMainWorld('crm', createBridge(ipcRenderer));
