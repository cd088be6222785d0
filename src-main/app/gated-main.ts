import fs from 'node:fs';
import path from 'node:path';
import { backupText } from '../../src-shared/backup/text';
import { sessionText } from '../../src-shared/session/text';
import { loginSchema, recoverSchema } from '../../src-shared/session/schemas';
import { setupSchema } from '../../src-shared/setup/schemas';
import type { ErrorCode, Result } from '../../src-shared/contract/define';
import type { AppStatus } from '../../src-shared/contract/types';
import { openDataFolder, type StartupOptions } from '../backup/startup';
import { KEY_SLOTS_FILE, openWithPassword, openWithRecoveryKey, readKeySlots, WrongSecretError, type KeySlots } from '../crypto/key-slots';
import { DATABASE_FILE } from '../db/open';
import { DEFAULT_IDLE_MINUTES } from '../../src-shared/session/idle';
import { cleanInput } from '../../src-shared/common/clean-text';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import type { LactaRedMain } from './create-app';
import { discardNewFolder, encryptInPlace, keepSlotsInStep, settlePendingSlots, startEncryptedFolder } from './folder-encryption';

/** What the data folder holds: nothing yet, a database from before encryption, or an encrypted one. */
export type FolderState = 'new' | 'plain' | 'encrypted';

export function folderState(dataDir: string): FolderState {
  if (fs.existsSync(path.join(dataDir, KEY_SLOTS_FILE))) return 'encrypted';
  if (fs.existsSync(path.join(dataDir, DATABASE_FILE))) return 'plain';
  return 'new';
}

export interface GatedMain {
  /** The open app, once someone signed in (or at once for a folder from before encryption). */
  readonly current: LactaRedMain | null;
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

export interface GateOptions extends StartupOptions {
  /** Called once the database is open: start the daily backups, say what the start-up found. */
  readonly onOpened?: (main: LactaRedMain, messages: readonly string[]) => void;
  /** A backup taken in the background said something (the second folder missing, say). */
  readonly onBackupWarning?: (message: string) => void;
  /** How long after opening the day's backup starts (`AFTER_START_DELAY_MS`). */
  readonly afterStartDelayMs?: number;
  /** A damaged database with a good backup: whether the person wants the backup restored (the desktop asks). */
  readonly confirmRestore?: (messages: readonly string[]) => boolean;
}

const AFTER_START_DELAY_MS = 10_000;

const refused = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
/** The answer dispatch gives to input that does not fit its schema, per field. */
const invalid = (error: Parameters<typeof fieldErrorsOf>[0]): Result<never> => ({ ok: false, error: { code: 'VALIDATION', message: sessionText.errors.validation, fieldErrors: fieldErrorsOf(error) } });

/**
 * The app before its database is open (issue 18.4): an encrypted folder shows the sign-in screen, and the
 * first sign-in unwraps the key with that user's slot, then the start-up runs (check, backup, migrations)
 * and the sign-in goes on as usual. A new folder is created encrypted by the setup, whose recovery key is
 * shown once to the admin. A folder from before encryption opens as it is and is encrypted in place, with
 * a backup first, at the first sign-in of an admin.
 */
export async function createGatedMain(options: GateOptions): Promise<GatedMain> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  settlePendingSlots(options.dataDir);
  let state = folderState(options.dataDir);
  let opened: LactaRedMain | null = null;

  const open = async (key: Buffer | null): Promise<Result<LactaRedMain>> => {
    let outcome = await openDataFolder({ ...options, key });
    if (outcome.kind === 'damaged' && !outcome.messages.includes(backupText.noGoodBackup) && options.confirmRestore?.(outcome.messages)) {
      outcome = await openDataFolder({ ...options, key, restoreIfDamaged: true });
    }
    if (outcome.kind === 'damaged') return refused('DATABASE_DAMAGED', outcome.messages.join(' '));
    opened = outcome.main;
    options.onOpened?.(outcome.main, outcome.messages);
    // The day's first backup, or the pre-migration copy's attachment mirror, once the home page is shown
    // (issue 19: its disk reads slowed the first page by a second at 100 facilities); a failure is said
    // like the daily backup's, and the next backup does what is left.
    const afterStart = outcome.afterStart;
    setTimeout(() => {
      afterStart().then(
        (warnings) => warnings.forEach((warning) => options.onBackupWarning?.(warning)),
        (error: unknown) => options.onBackupWarning?.(error instanceof Error ? error.message : String(error)),
      );
    }, options.afterStartDelayMs ?? AFTER_START_DELAY_MS).unref();
    return { ok: true, value: outcome.main };
  };

  if (state === 'plain') {
    const result = await open(null);
    if (!result.ok) throw new Error(result.error.message);
  }

  const lockedStatus = (): AppStatus => ({ appVersion: options.appVersion, site: state === 'encrypted' ? (readKeySlots(options.dataDir)?.site ?? null) : null, session: null, idleMinutes: DEFAULT_IDLE_MINUTES, recoveryKey: null, encrypted: state === 'encrypted' });

  const setUp = async (input: unknown): Promise<Result<unknown>> => {
    const parsed = setupSchema.safeParse(cleanInput(input ?? {})?.value);
    if (!parsed.success) return invalid(parsed.error);
    const { key, recoveryKey } = startEncryptedFolder(options.dataDir, parsed.data.admin.username, parsed.data.admin.password);
    const result = await open(key);
    if (!result.ok) return result;
    const done = await result.value.invoke('setup.complete', input);
    if (!done.ok) {
      result.value.close();
      opened = null;
      discardNewFolder(options.dataDir);
      return done;
    }
    state = 'encrypted';
    result.value.ctx.pendingRecoveryKey = { username: parsed.data.admin.username, key: recoveryKey };
    keepSlotsInStep(result.value, 'setup.complete', input, done.value);
    return done;
  };

  /** Opens the folder with the key a secret unwraps, then lets main answer the call itself. */
  const openWith = async (channel: 'session.login' | 'session.recover', input: unknown, keyOf: (slots: KeySlots) => Buffer, wrong: string): Promise<Result<unknown>> => {
    const slots = readKeySlots(options.dataDir);
    let key: Buffer;
    try {
      if (!slots) throw new WrongSecretError();
      key = keyOf(slots);
    } catch (error) {
      if (error instanceof WrongSecretError) return refused('INVALID_CREDENTIALS', wrong);
      throw error;
    }
    const result = await open(key);
    if (!result.ok) return result;
    return invokeOpen(channel, input);
  };

  const unlock = async (input: unknown): Promise<Result<unknown>> => {
    const parsed = loginSchema.safeParse(cleanInput(input ?? {})?.value);
    if (!parsed.success) return refused('VALIDATION', sessionText.errors.invalidCredentials);
    return openWith('session.login', input, (slots) => openWithPassword(slots, parsed.data.username, parsed.data.password), sessionText.errors.invalidCredentials);
  };

  /** Every password lost: the recovery key opens the folder, then main sets the admin's new password. */
  const recover = async (input: unknown): Promise<Result<unknown>> => {
    const parsed = recoverSchema.safeParse(cleanInput(input ?? {})?.value);
    if (!parsed.success) return invalid(parsed.error);
    return openWith('session.recover', input, (slots) => openWithRecoveryKey(slots, parsed.data.recoveryKey), sessionText.recovery.wrongKey);
  };

  async function invokeOpen(channel: unknown, input: unknown): Promise<Result<unknown>> {
    const main = opened;
    if (!main) return refused('UNAUTHENTICATED', sessionText.errors.unauthenticated);
    const before = keepSlotsBefore(main, channel, input);
    const result = await main.invoke(channel, input);
    if (!result.ok) return result;
    if (state === 'encrypted') keepSlotsInStep(main, channel, input, result.value, before);
    else if (channel === 'session.login') {
      const migrated = await encryptInPlace(main, input);
      if (migrated) state = 'encrypted';
    }
    return result;
  }

  const beforeOpen = async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    // Another process (the command line's init) may have set the folder up since this one started.
    if (state === 'new') {
      settlePendingSlots(options.dataDir);
      state = folderState(options.dataDir);
      if (state === 'plain') {
        const result = await open(null);
        if (!result.ok) return result;
        return invokeOpen(channel, input);
      }
    }
    if (channel === 'app.status') return { ok: true, value: lockedStatus() };
    if (state === 'new' && channel === 'setup.complete') return setUp(input);
    if (state === 'encrypted' && channel === 'session.login') return unlock(input);
    if (state === 'encrypted' && channel === 'session.recover') return recover(input);
    return refused(state === 'new' ? 'SETUP_REQUIRED' : 'UNAUTHENTICATED', state === 'new' ? sessionText.errors.setupRequired : sessionText.errors.unauthenticated);
  };
  let closedTurn: Promise<unknown> = Promise.resolve();

  return {
    get current() {
      return opened;
    },
    invoke(channel, input) {
      if (opened) return invokeOpen(channel, input);
      // Until the folder is open, one call at a time: a double click on "Terminar" or a status poll during
      // the setup never opens the database twice nor sees a half-made folder.
      const run = closedTurn.then(() => (opened ? invokeOpen(channel, input) : beforeOpen(channel, input)));
      closedTurn = run.catch(() => undefined);
      return run;
    },
    close() {
      opened?.close();
    },
  };
}

/** Before a user is deleted: who it was, to remove the slot afterwards. */
function keepSlotsBefore(main: LactaRedMain, channel: unknown, input: unknown): string | null {
  if (channel !== 'users.delete') return null;
  const userId = (input as { userId?: unknown } | null)?.userId;
  if (typeof userId !== 'string') return null;
  return (main.ctx.sqlite.prepare('SELECT username FROM users WHERE id = ?').pluck().get(userId) as string | undefined) ?? null;
}
