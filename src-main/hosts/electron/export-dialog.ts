import { dialog, type BrowserWindow } from 'electron';

/**
 * Asks where to save a CSV export, with the OS save dialog (attached to the
 * app's window when there is one). Returns the chosen path, with `.csv`
 * added when the user typed a name without it, or null when they cancelled.
 * The backend then writes the file there, streaming it page by page.
 */
export async function chooseCsvFile(window: BrowserWindow | undefined, suggestedName: string): Promise<string | null> {
  const options = {
    defaultPath: suggestedName,
    filters: [{ name: 'CSV (UTF-8)', extensions: ['csv'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const choice =
    window && !window.isDestroyed()
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  return /\.csv$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.csv`;
}
