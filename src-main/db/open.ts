import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { appText } from '../../src-shared/app/text';
import { foldForSearch } from '../../src-shared/common/text';
import { sqlcipherKeyPragma } from '../crypto/key-slots';
import * as schema from './schema';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenedDatabase {
  readonly sqlite: Database.Database;
  readonly db: AppDb;
  readonly schemaVersion: number;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appSchemaVersion: number,
  ) {
    super(appText.databaseTooNew(databaseVersion, appSchemaVersion));
  }
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

export const DATABASE_FILE = 'lactared.sqlite';

/**
 * Opens (creating if needed) the facility database, refuses one written by a newer LactaRed, and applies
 * pending migrations. `synchronous=FULL`: these are clinical records, and WAL's default NORMAL may lose
 * the last commits on a power cut.
 */
export function openDatabase(file: string, migrationsFolder: string, key: Buffer | null = null): OpenedDatabase {
  const journal = readJournal(migrationsFolder);
  const appSchemaVersion = journal.entries.length;
  const sqlite = new Database(file);
  try {
    if (key) applyKey(sqlite, key);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Pages stay decrypted in memory: an encrypted database pays AES and HMAC once per page read, not per query (18.4).
    sqlite.pragma(`cache_size = -${cacheKibFor(file)}`);
    registerFunctions(sqlite);
    const databaseVersion = Math.max(sqlite.pragma('user_version', { simple: true }) as number, appliedMigrationCount(sqlite));
    if (databaseVersion > appSchemaVersion) throw new DatabaseTooNewError(databaseVersion, appSchemaVersion);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${appSchemaVersion}`);
    refreshPlannerStatistics(sqlite);
    return { sqlite, db, schemaVersion: appSchemaVersion };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const CACHE_MIN_KIB = 64 * 1024;
const CACHE_MAX_KIB = 512 * 1024;

/**
 * The page cache: 64 MB for a facility; a coordination site's larger file gets half its size, up to
 * 512 MB, so that a pass over a year of hundreds of facilities (the consolidated view) reads its pages
 * from memory instead of decrypting them again on every pass (issue 19). It fills only as pages are read.
 */
export function cacheKibFor(file: string): number {
  const bytes = fs.existsSync(file) ? fs.statSync(file).size : 0;
  return Math.min(CACHE_MAX_KIB, Math.max(CACHE_MIN_KIB, Math.round(bytes / 1024 / 2)));
}

/**
 * The statistics SQLite's planner chooses indexes by, for every table that changed a lot (issue 19):
 * without them a year of hundreds of facilities imported can get a plan that reads the period's rows once
 * per group. Sampled (`analysis_limit`), so it takes milliseconds; run at opening and after imports.
 */
export function refreshPlannerStatistics(sqlite: Database.Database): void {
  sqlite.pragma('analysis_limit = 1000');
  sqlite.pragma('optimize = 0x10002');
}

/** The lists' text filter folds names as the screens do (accents and case aside). */
export function registerFunctions(sqlite: Database.Database): void {
  sqlite.function('fold_search', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldForSearch(text) : ''));
}

/**
 * SQLCipher 4 format (issue 18.4), keyed before any other statement; a wrong key fails at the first read
 * ("file is not a database").
 */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  for (const pragma of keyPragmas(key)) sqlite.pragma(pragma);
}

/** The statements that key a connection, in order (a worker thread's connection runs the same). */
export function keyPragmas(key: Buffer): string[] {
  return ["cipher = 'sqlcipher'", 'legacy = 4', sqlcipherKeyPragma(key)];
}

/** Any connection to the data folder's database (checks, backups): keyed when the folder is encrypted. */
export function connect(file: string, key: Buffer | null, options: Database.Options = {}): Database.Database {
  const sqlite = new Database(file, options);
  if (key) applyKey(sqlite, key);
  return sqlite;
}

/**
 * SQLite's temporary files in memory while `work` runs (outside any transaction: SQLite changes the setting
 * only there). Every row an import writes fires triggers, so SQLite keeps a statement journal for it, which
 * spilled to a file in /var/tmp: 236,000 writes for ten facilities' year, a third of the inserts' time
 * (issue 19); nothing received reaches /var/tmp either. Not on every connection: measured, in-memory
 * temporary storage made the consolidated view's large sorts 60 % slower.
 */
export function withStatementJournalsInMemory<T>(sqlite: Database.Database, work: () => T): T {
  if (sqlite.inTransaction) return work();
  sqlite.pragma('temp_store = MEMORY');
  try {
    return work();
  } finally {
    sqlite.pragma('temp_store = DEFAULT');
  }
}

/** Whether opening this database would run migrations (the start-up backs it up first). */
export function migrationsPending(sqlite: Database.Database, migrationsFolder: string): boolean {
  return appliedMigrationCount(sqlite) < readJournal(migrationsFolder).entries.length;
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
