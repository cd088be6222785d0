import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'LactaRed';

/**
 * Where the database lives: `LACTARED_DATA_DIR` if set, else the OS's per-user app-data folder
 * (the same folder Electron's `app.getPath('userData')` gives for LactaRed).
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = os.homedir()): string {
  const override = env.LACTARED_DATA_DIR?.trim();
  if (override) return path.resolve(override);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER_NAME);
}
