import path from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ReadContext } from '../app/context';
import { cacheKibFor, connect, DATABASE_FILE, registerFunctions } from '../db/open';
import * as schema from '../db/schema';

const connections = new Map<string, Omit<ReadContext, 'now'>>();

/**
 * In a worker thread: a read-only connection of its own to the data folder's database (keyed when it is
 * encrypted), opened once and kept. `largeCache`: main's page cache size, for reads of a year of every
 * facility (its pages stay decrypted between reads); a few rows need SQLite's default (it cost an import
 * 300 MB at a national site).
 */
export function readContextFor(dataDir: string, key: Uint8Array | null, now: number, largeCache = false): ReadContext {
  const file = path.join(dataDir, DATABASE_FILE);
  let opened = connections.get(file);
  if (!opened) {
    const sqlite = connect(file, key ? Buffer.from(key) : null, { readonly: true });
    if (largeCache) sqlite.pragma(`cache_size = -${cacheKibFor(file)}`);
    registerFunctions(sqlite);
    opened = { sqlite, db: drizzle(sqlite, { schema }) };
    connections.set(file, opened);
  }
  return { ...opened, now: () => now };
}
