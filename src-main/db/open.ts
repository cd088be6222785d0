import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { appText } from '../../src-shared/app/text';
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
export function openDatabase(file: string, migrationsFolder: string): OpenedDatabase {
  const journal = readJournal(migrationsFolder);
  const appSchemaVersion = journal.entries.length;
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const databaseVersion = Math.max(sqlite.pragma('user_version', { simple: true }) as number, appliedMigrationCount(sqlite));
    if (databaseVersion > appSchemaVersion) throw new DatabaseTooNewError(databaseVersion, appSchemaVersion);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    sqlite.pragma(`user_version = ${appSchemaVersion}`);
    return { sqlite, db, schemaVersion: appSchemaVersion };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function appliedMigrationCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
