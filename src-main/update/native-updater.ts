/**
 * What only the desktop shell can do for an update: download it from the feed (electron-updater checks
 * its SHA-512 against the feed as it downloads), then quit and install. Null in browser mode and tests.
 */
export interface NativeUpdater {
  install(feedUrl: string, version: string): Promise<void>;
}
