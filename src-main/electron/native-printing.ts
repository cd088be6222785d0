import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { printText } from '../../src-shared/printing/text';
import type { NativePrinting } from '../printing/native-printing';
import { APP_ORIGIN } from './app-protocol';

/** A hidden window holding only the printed document: no preload, no scripts (the print policy forbids them). */
async function withDocument<T>(url: string, work: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadURL(`${APP_ORIGIN}/${url}`);
    return await work(window);
  } finally {
    window.destroy();
  }
}

export function electronPrinting(owner: () => BrowserWindow | null): NativePrinting {
  return {
    print: (url) =>
      withDocument(
        url,
        (window) =>
          new Promise<boolean>((resolve) => {
            window.webContents.print({ silent: false, printBackground: true }, (success) => resolve(success));
          }),
      ),
    async savePdf(url, suggestedName) {
      const options = {
        title: printText.native.saveTitle,
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = owner();
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      const target = choice.filePath;
      const pdf = await withDocument(url, (window) => window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
      // Written beside and renamed, so a USB stick pulled mid-write never leaves a half PDF under the chosen name.
      const partial = `${target}.parcial`;
      await fs.writeFile(partial, pdf);
      await fs.rename(partial, target);
      return target;
    },
  };
}
