import type { IpcMain, WebContents } from 'electron';
import { parsePrintRequest, type PrintRequest, type PrintResult } from '../../../src-shared/api/print-bridge';
import { PRINT_CHANNEL } from './channels';
import { isTrustedSender } from './ipc';

export interface PrintIpcOptions {
  readonly ipcMain: IpcMain;
  /** The app window's contents: only its main frame may ask to print. */
  readonly appContents: () => WebContents | undefined;
  readonly print: (request: PrintRequest) => Promise<PrintResult>;
}

const FORBIDDEN: PrintResult = { ok: false, message: 'This caller may not print.' };
const BAD_REQUEST: PrintResult = { ok: false, message: 'Not a print request.' };

/** The print channel: the app's window names a document and whether to print it or save it as PDF. */
export function registerPrintIpc({ ipcMain, appContents, print }: PrintIpcOptions): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (event, input: unknown): Promise<PrintResult> => {
    if (!isTrustedSender(event, appContents())) return FORBIDDEN;
    const request = parsePrintRequest(input);
    if (!request) return BAD_REQUEST;
    return print(request);
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
