import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { appText } from '../../src-shared/app/text';
import { appPaths, appRootFrom } from '../app/app-root';
import { createGatedMain, type GatedMain } from '../app/gated-main';
import { startDailyBackups } from '../backup/backup-service';
import { useWorkers } from '../workers/worker-scripts';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcHandlers } from './ipc-bridge';
import { buildMenu } from './menu';
import { electronPrinting } from './native-printing';
import { electronUpdater } from './native-updater';
import { askWhereToSaveDownloads, createMainWindow, hardenWebContents, restrictPermissions } from './window';

const paths = appPaths(appRootFrom(__dirname));
useWorkers(paths.workers);
let mainWindow: BrowserWindow | null = null;
let lactared: GatedMain | null = null;

function dataDir(): string {
  const override = process.env.LACTARED_DATA_DIR?.trim();
  return override ? path.resolve(override) : app.getPath('userData');
}

/**
 * The data folder opens at the first sign-in when it is encrypted (18.4), at once otherwise: checked,
 * backed up before migrations, restored from the newest good backup when damaged — only if the person
 * says so (the damaged file is kept aside either way).
 */
function warnAboutBackup(warning: string): void {
  if (mainWindow) void dialog.showMessageBox(mainWindow, { type: 'warning', title: appText.name, message: warning });
}

async function start(): Promise<void> {
  try {
    lactared = await createGatedMain({
      dataDir: dataDir(),
      migrationsFolder: paths.migrations,
      appVersion: app.getVersion(),
      nativePrinting: electronPrinting(() => mainWindow),
      nativeUpdater: electronUpdater(),
      restoreIfDamaged: false,
      confirmRestore: (messages) =>
        dialog.showMessageBoxSync({ type: 'error', title: appText.name, message: messages.join('\n\n'), buttons: [appText.restoreNewestBackup, appText.quit], defaultId: 0, cancelId: 1 }) === 0,
      onOpened: (opened, messages) => {
        if (messages.length > 0) dialog.showMessageBoxSync({ type: 'warning', title: appText.name, message: messages.join('\n\n') });
        startDailyBackups(opened.ctx, warnAboutBackup);
      },
      onBackupWarning: warnAboutBackup,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(appText.name, reason.startsWith('Esta base') || reason.startsWith('La actualización') ? reason : appText.databaseOpenFailed(reason));
    app.quit();
    return;
  }
  const gate = lactared;
  registerIpcHandlers(gate);
  serveRenderer(paths.renderer, () => gate.current?.ctx ?? null);
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
  void app.whenReady().then(() => start());
}
