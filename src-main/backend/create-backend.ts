import type { ApiResult, EventName, EventPayloads } from '../../src-shared/api';
import { ExportService, type ExportDownloads, type SaveDialog } from '../domains/exports/export-service';
import { DataSession } from './data-session';
import { dispatch } from './dispatcher';
import { EventBus } from './event-bus';
import type { HandlerContext } from './handler-context';
import { buildRegistry } from './handlers';

export interface Backend {
  readonly dataDir: string;
  /** Validates `input` against the contract's zod schema; never throws; never leaks a stack trace. */
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Finished CSV exports the browser host hands out as downloads. */
  readonly exportDownloads: ExportDownloads;
  close(): void;
}

export interface BackendOptions {
  readonly dataDir: string;
  readonly now?: () => number;
  readonly appVersion?: string;
  /** False for throwaway data folders (benchmarks): no once-a-day backup on opening. */
  readonly dailyBackup?: boolean;
  /** The desktop host's save dialog: exports are written where the user chooses instead of offered as downloads. */
  readonly saveDialog?: SaveDialog;
}

/**
 * The host-agnostic backend over one data folder. Opening the data file
 * (inspection, backup, migration) runs in the background; calls wait for it.
 * A bad data file never makes this throw: the backend enters the
 * `unreadable` state, where only app.info, db.backups and db.restoreBackup
 * work.
 */
export function createBackend(options: BackendOptions): Backend {
  const now = options.now ?? Date.now;
  const events = new EventBus();
  const registry = buildRegistry();
  const session = new DataSession(options.dataDir, now, events, { dailyBackup: options.dailyBackup ?? true });
  const exports = new ExportService(options.dataDir, events, options.saveDialog, now);
  const ctx: HandlerContext = {
    dataDir: options.dataDir,
    appVersion: options.appVersion ?? '0.0.0',
    now,
    session,
    events,
    exports,
  };
  let closed = false;

  return {
    dataDir: options.dataDir,
    call: (method, input) => {
      if (closed) {
        return Promise.resolve({
          ok: false,
          error: { code: 'DATABASE', messageKey: 'error.closed', message: 'The backend has been closed.' },
        });
      }
      return dispatch(registry, ctx, method, input);
    },
    on: (event, listener) => events.on(event, listener),
    exportDownloads: exports,
    close: () => {
      if (closed) return;
      closed = true;
      exports.close();
      session.close();
      events.clear();
    },
  };
}
