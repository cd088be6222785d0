import path from 'node:path';
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { ReadContext } from '../app/context';
import { cacheKibFor, connect, DATABASE_FILE, registerFunctions } from '../db/open';
import * as schema from '../db/schema';

const connections = new Map<string, Database.Database>();

/**
 * In a worker thread: a read-only connection of its own to the data folder's database (keyed when it is
 * encrypted), opened once and kept, with main's page cache size (its pages stay decrypted between reads).
 */
export function readContextFor(dataDir: string, key: Uint8Array | null, now: number): ReadContext {
  const file = path.join(dataDir, DATABASE_FILE);
  let sqlite = connections.get(file);
  if (!sqlite) {
    sqlite = connect(file, key ? Buffer.from(key) : null, { readonly: true });
    sqlite.pragma(`cache_size = -${cacheKibFor(file)}`);
    registerFunctions(sqlite);
    connections.set(file, sqlite);
  }
  return { sqlite, db: drizzle(sqlite, { schema }), now: () => now };
}
