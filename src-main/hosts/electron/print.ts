import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow, type PrintToPDFOptions, type WebContents } from 'electron';

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
 * Asks where to save, then writes the page as a PDF there. Returns the file
 * written, or null when the user cancelled the dialog.
 */
export async function saveAsPdf(window: BrowserWindow, suggestedName: string): Promise<string | null> {
  const choice = await dialog.showSaveDialog(window, {
    defaultPath: suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return null;
  const file = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
  const pdf = await window.webContents.printToPDF(PDF_OPTIONS);
  await writeFile(file, pdf);
  return file;
}
