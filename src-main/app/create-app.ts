import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../src-shared/contract/define';
import { BlobStore } from '../attachments/blob-store';
import { DATABASE_FILE, openDatabase } from '../db/open';
import { dispatch } from '../ipc/dispatch';
import type { NativePrinting } from '../printing/native-printing';
import type { NativeUpdater } from '../update/native-updater';
import { SessionStore } from '../session/session-store';
import type { AppContext } from './context';
import { closeReadWorker } from '../reads/read-client';

export interface AppOptions {
  readonly dataDir: string;
  readonly migrationsFolder: string;
  readonly appVersion: string;
  readonly now?: () => number;
  readonly nativePrinting?: NativePrinting;
  readonly nativeUpdater?: NativeUpdater;
  /** The key that opens an encrypted data folder (from a key slot); absent for a plain one. */
  readonly key?: Buffer | null;
}

export interface LactaRedMain {
  readonly ctx: AppContext;
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

/** Opens the data folder and database and returns the handler table behind one `invoke`. */
export function createMain(options: AppOptions): LactaRedMain {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const key = options.key ?? null;
  const { sqlite, db } = openDatabase(path.join(options.dataDir, DATABASE_FILE), options.migrationsFolder, key);
  const ctx: AppContext = {
    sqlite,
    db,
    dataDir: options.dataDir,
    migrationsFolder: options.migrationsFolder,
    appVersion: options.appVersion,
    now: options.now ?? Date.now,
    session: new SessionStore(),
    blobs: new BlobStore(path.join(options.dataDir, 'attachments'), key),
    nativePrinting: options.nativePrinting ?? null,
    nativeUpdater: options.nativeUpdater ?? null,
    databaseKey: key,
    pendingRecoveryKey: null,
  };
  return {
    ctx,
    invoke: (channel, input) => dispatch(ctx, channel, input),
    close: () => {
      closeReadWorker(ctx);
      sqlite.close();
    },
  };
}
