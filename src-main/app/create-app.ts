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

export interface AppOptions {
  readonly dataDir: string;
  readonly migrationsFolder: string;
  readonly appVersion: string;
  readonly now?: () => number;
  readonly nativePrinting?: NativePrinting;
  readonly nativeUpdater?: NativeUpdater;
}

export interface LactaRedMain {
  readonly ctx: AppContext;
  invoke(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}

/** Opens the data folder and database and returns the handler table behind one `invoke`. */
export function createMain(options: AppOptions): LactaRedMain {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const { sqlite, db } = openDatabase(path.join(options.dataDir, DATABASE_FILE), options.migrationsFolder);
  const ctx: AppContext = {
    sqlite,
    db,
    dataDir: options.dataDir,
    migrationsFolder: options.migrationsFolder,
    appVersion: options.appVersion,
    now: options.now ?? Date.now,
    session: new SessionStore(),
    blobs: new BlobStore(path.join(options.dataDir, 'attachments')),
    nativePrinting: options.nativePrinting ?? null,
    nativeUpdater: options.nativeUpdater ?? null,
  };
  return {
    ctx,
    invoke: (channel, input) => dispatch(ctx, channel, input),
    close: () => sqlite.close(),
  };
}
