import { BrowserWindow, dialog, session, type WebContents } from 'electron';
import { appText } from '../../src-shared/app/text';
import { APP_ORIGIN } from './app-protocol';

/** Electron security checklist: no navigation away, no new windows, no webviews, no permissions. */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-prevent-unload', (event) => {
    const options = {
      type: 'warning' as const,
      buttons: ['Volver al formulario', 'Salir sin guardar'],
      defaultId: 0,
      cancelId: 0,
      message: appText.unsavedClose,
    };
    const owner = BrowserWindow.fromWebContents(contents);
    const choice = owner ? dialog.showMessageBoxSync(owner, options) : dialog.showMessageBoxSync(options);
    if (choice === 1) event.preventDefault();
  });
}

/** Only the camera (to photograph documents), and only for the app's own pages. */
export function restrictPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'media' && contents.getURL().startsWith(`${APP_ORIGIN}/`));
  });
}

/**
 * Files the app hands out (bundles, acknowledgements, enrolment files, CSV lists) are saved where the
 * user chooses — a USB stick for a bundle — through the system's save dialog, never silently.
 */
export function askWhereToSaveDownloads(): void {
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: appText.saveDownloadTitle, buttonLabel: appText.saveDownloadButton, defaultPath: item.getFilename() });
  });
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: appText.name,
    backgroundColor: '#f7f7f4',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
