import { autoUpdater } from 'electron-updater';
import type { NativeUpdater } from '../update/native-updater';

/**
 * electron-updater against the feed served from the verified folder (or an update server): it downloads
 * the installer, checks its SHA-512 against the feed, and installs on quit. Nothing happens by itself:
 * no automatic download, no install on an ordinary quit.
 */
export function electronUpdater(): NativeUpdater {
  return {
    async install(feedUrl, version) {
      autoUpdater.autoDownload = false;
      autoUpdater.autoInstallOnAppQuit = false;
      autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
      const check = await autoUpdater.checkForUpdates();
      if (check?.updateInfo.version !== version) throw new Error(`La carpeta ofrece ${check?.updateInfo.version ?? 'nada'}, no ${version}.`);
      await autoUpdater.downloadUpdate();
      // Quiet install on Windows shared PCs is not wanted: the installer shows its progress; then reopens.
      autoUpdater.quitAndInstall(false, true);
    },
  };
}
