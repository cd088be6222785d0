import { cliText } from '../../src-shared/sync/cli-text';
import { createMain, type LactaRedMain } from '../app/create-app';
import { AppError } from '../app/errors';
import { discardNewFolder, settlePendingSlots, startEncryptedFolder } from '../app/folder-encryption';
import { folderState } from '../app/gated-main';
import { readBounded } from '../app/bounded-read';
import { openWithPassword, readKeySlots, WrongSecretError } from '../crypto/key-slots';

export interface FolderCredentials {
  readonly user: string | null;
  readonly passwordFile: string | null;
}

export interface CliFolder {
  readonly dataDir: string;
  readonly migrationsFolder: string;
  readonly version: string;
}

/** A password file: its first line, without the line end (as `init --admin-password-file` reads it). */
export function readPasswordFile(file: string): string {
  return readBounded(file, 4096).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/**
 * Opens an existing data folder for a command (issue 18.4): an encrypted one with a user's password
 * (`--user` and `--password-file`, or LACTARED_USER and LACTARED_PASSWORD_FILE), a plain one as it is.
 * A folder with no site yet is not created by any command but `init`.
 */
export function openExistingFolder(folder: CliFolder, credentials: FolderCredentials): LactaRedMain {
  settlePendingSlots(folder.dataDir);
  const state = folderState(folder.dataDir);
  if (state === 'new') throw new AppError('SETUP_REQUIRED', cliText.notSetUp);
  if (state === 'plain') return createMain({ dataDir: folder.dataDir, migrationsFolder: folder.migrationsFolder, appVersion: folder.version });
  const user = credentials.user ?? process.env.LACTARED_USER ?? null;
  const file = credentials.passwordFile ?? process.env.LACTARED_PASSWORD_FILE ?? null;
  if (!user || !file) throw new AppError('UNAUTHENTICATED', cliText.encryptedNeedsUser);
  let password: string;
  try {
    password = readPasswordFile(file);
  } catch {
    throw new AppError('UNAUTHENTICATED', cliText.passwordFileUnreadable(file));
  }
  const slots = readKeySlots(folder.dataDir);
  if (!slots) throw new AppError('UNAUTHENTICATED', cliText.encryptedNeedsUser);
  try {
    const key = openWithPassword(slots, user.trim().toLowerCase(), password);
    return createMain({ dataDir: folder.dataDir, migrationsFolder: folder.migrationsFolder, appVersion: folder.version, key });
  } catch (error) {
    if (error instanceof WrongSecretError) throw new AppError('INVALID_CREDENTIALS', cliText.wrongUserOrPassword);
    throw error;
  }
}

/** A new, encrypted folder for `init`: the first admin's slot and a recovery key, printed once. */
export function openNewFolder(folder: CliFolder, admin: string, password: string): { main: LactaRedMain; recoveryKey: string; discard: () => void } {
  if (folderState(folder.dataDir) !== 'new') throw new AppError('SETUP_DONE', cliText.alreadySetUp);
  const { key, recoveryKey } = startEncryptedFolder(folder.dataDir, admin, password);
  const main = createMain({ dataDir: folder.dataDir, migrationsFolder: folder.migrationsFolder, appVersion: folder.version, key });
  const discard = () => {
    main.close();
    discardNewFolder(folder.dataDir);
  };
  return { main, recoveryKey, discard };
}
