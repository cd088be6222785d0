import type Database from 'better-sqlite3';
import type { BlobStore } from '../attachments/blob-store';
import type { AppDb } from '../db/open';
import type { NativePrinting } from '../printing/native-printing';
import type { NativeUpdater } from '../update/native-updater';
import type { SessionStore } from '../session/session-store';

export interface AppContext {
  readonly sqlite: Database.Database;
  readonly db: AppDb;
  readonly dataDir: string;
  /** drizzle-kit's migrations: run again after a backup of an older version is restored. */
  readonly migrationsFolder: string;
  readonly appVersion: string;
  /** Milliseconds since the epoch; injected so tests control time instead of sleeping. */
  readonly now: () => number;
  readonly session: SessionStore;
  /** Attachment files, by SHA-256, in `<dataDir>/attachments`. */
  readonly blobs: BlobStore;
  /** The desktop shell's printer and PDF writer; null in browser mode. */
  readonly nativePrinting: NativePrinting | null;
  /** The desktop shell's installer of updates; null in browser mode. */
  readonly nativeUpdater: NativeUpdater | null;
  /** The database key of an encrypted data folder (18.4), null for a plain one; never leaves main. */
  databaseKey: Buffer | null;
  /** The recovery key made at setup (or at encryption), until its admin confirms it is kept. */
  pendingRecoveryKey: { readonly username: string; readonly key: string } | null;
}

/** What a read needs: the database (never writing) and the clock; a worker thread's connection has these too. */
export type ReadContext = Pick<AppContext, 'db' | 'sqlite' | 'now'>;

/** better-sqlite3 transactions are synchronous: everything slow (hashing, crypto) happens before this. */
export function inTransaction<T>(ctx: AppContext, work: () => T): T {
  return ctx.sqlite.transaction(work).immediate();
}
