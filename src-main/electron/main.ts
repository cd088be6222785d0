import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { appText } from '../../src-shared/app/text';
import { appPaths, appRootFrom } from '../app/app-root';
import { createMain, type LactaRedMain } from '../app/create-app';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc-bridge';
import { buildMenu } from './menu';
import { electronPrinting } from './native-printing';
import { askWhereToSaveDownloads, createMainWindow, hardenWebContents, restrictPermissions } from './window';

const paths = appPaths(appRootFrom(__dirname));
let mainWindow: BrowserWindow | null = null;
let lactared: LactaRedMain | null = null;

function dataDir(): string {
  const override = process.env.LACTARED_DATA_DIR?.trim();
  return override ? path.resolve(override) : app.getPath('userData');
}

function start(): void {
  try {
    lactared = createMain({
      dataDir: dataDir(),
      migrationsFolder: paths.migrations,
      appVersion: app.getVersion(),
      nativePrinting: electronPrinting(() => mainWindow),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(appText.name, reason.startsWith('Esta base') ? reason : appText.databaseOpenFailed(reason));
    app.quit();
    return;
  }
  registerIpcHandlers(lactared);
  serveRenderer(paths.renderer, lactared.ctx);
  restrictPermissions();
  askWhereToSaveDownloads();
  Menu.setApplicationMenu(buildMenu());
  mainWindow = createMainWindow(paths.preload);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

// Date fields and built-in messages in Spanish (dd/mm/aaaa) whatever the PC's language.
app.commandLine.appendSwitch('lang', 'es-419');

// A second launch focuses the first window instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => lactared?.close());
  void app.whenReady().then(start);
}
