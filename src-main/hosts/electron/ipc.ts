import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { EVENT_NAMES, type ApiResult } from '../../../src-shared/api';
import type { HostBackend } from '../host-backend';
import { isAppUrl } from './app-origin';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', messageKey: 'error.forbidden', message: 'This caller may not use the CRM.' },
};
const BAD_METHOD: ApiResult<never> = {
  ok: false,
  error: { code: 'UNKNOWN_METHOD', messageKey: 'error.unknownMethod', message: 'There is no such method.' },
};

/**
 * Only the app's own main frame, in the app's own window, at the app's own
 * origin may call the backend: not a subframe, not another window, not a
 * page that somehow got loaded from elsewhere.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, appContents: WebContents | undefined): boolean {
  if (appContents === undefined || event.sender !== appContents) return false;
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  if (frame.frameTreeNodeId !== appContents.mainFrame.frameTreeNodeId) return false;
  return isAppUrl(frame.url);
}

/** The app's window, or one of the app's own hidden print windows (see print.ts), under the same rules. */
function isTrustedCaller(
  event: IpcMainInvokeEvent,
  appContents: WebContents | undefined,
  printContents: readonly WebContents[],
): boolean {
  return isTrustedSender(event, appContents) || printContents.some((contents) => isTrustedSender(event, contents));
}

export interface IpcOptions {
  readonly ipcMain: IpcMain;
  readonly backend: HostBackend;
  /** The app window's contents right now (the window can be re-created on macOS). */
  readonly appContents: () => WebContents | undefined;
  /** The print windows open now: they load the print page, which reads the document through calls. */
  readonly printContents?: () => readonly WebContents[];
}

/** One call channel, one event channel; returns a function that removes both. */
export function registerIpc({ ipcMain, backend, appContents, printContents }: IpcOptions): () => void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedCaller(event, appContents(), printContents?.() ?? [])) return FORBIDDEN;
    if (typeof method !== 'string') return BAD_METHOD;
    return backend.call(method, input);
  });
  const unsubscribers = EVENT_NAMES.map((name) =>
    backend.on(name, (payload) => {
      const contents = appContents();
      if (contents !== undefined && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
    }),
  );
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
