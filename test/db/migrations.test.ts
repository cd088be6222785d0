import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheKibFor, DATABASE_FILE, DatabaseTooNewError, openDatabase, readJournal } from '../../src-main/db/open';
import { facilitySetup, MIGRATIONS, openTestApp, tempDir } from '../helpers/test-app';

/** A copy of the migrations folder as an older release shipped it: only the first `count` migrations. */
function migrationsUpTo(count: number): string {
  const dir = tempDir('lactared-migrations-');
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const journal = readJournal(MIGRATIONS);
  const kept = journal.entries.slice(0, count);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }));
  return dir;
}

const schemaVersion = readJournal(MIGRATIONS).entries.length;

describe('migrations', () => {
  it('there are at least two, so that "previous version" means something', () => {
    expect(schemaVersion).toBeGreaterThanOrEqual(2);
  });

  it('migrate an empty database to the current schema', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    const opened = openDatabase(file, MIGRATIONS);
    expect(opened.schemaVersion).toBe(schemaVersion);
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['sites', 'users', 'user_credentials', 'audit_log', 'local_settings']));
    opened.sqlite.close();
  });

  it('upgrade a database of the previous version and keep its data', async () => {
    const previous = openTestApp({ migrationsFolder: migrationsUpTo(schemaVersion - 1) });
    await previous.ok('setup.complete', facilitySetup());
    const file = path.join(previous.dataDir, DATABASE_FILE);
    const usersBefore = previous.main.ctx.sqlite.prepare('SELECT id, username, hlc FROM users').all();
    const sitesBefore = previous.main.ctx.sqlite.prepare('SELECT * FROM sites').all();
    expect(previous.main.ctx.sqlite.pragma('user_version', { simple: true })).toBe(schemaVersion - 1);
    previous.main.close();

    const upgraded = openDatabase(file, MIGRATIONS);
    expect(upgraded.sqlite.pragma('user_version', { simple: true })).toBe(schemaVersion);
    expect(upgraded.sqlite.prepare('SELECT id, username, hlc FROM users').all()).toEqual(usersBefore);
    expect(upgraded.sqlite.prepare('SELECT * FROM sites').all()).toEqual(sitesBefore);
    const indexes = upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['audit_log_at', 'audit_log_user_at']));
    upgraded.sqlite.close();
  });

  it('refuse a database created by a newer LactaRed, with a Spanish message, changing nothing', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    openDatabase(file, MIGRATIONS).sqlite.close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${schemaVersion + 1}`);
    newer.close();
    const bytesBefore = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(file, MIGRATIONS);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    expect((caught as Error).message).toMatch(/versión más nueva de LactaRed.*Instale la versión más reciente/);
    expect(fs.readFileSync(file).equals(bytesBefore)).toBe(true);
  });

  it('refuse a database with more applied migrations than this version knows, even without user_version', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    openDatabase(file, MIGRATIONS).sqlite.close();
    const newer = new Database(file);
    newer.pragma('user_version = 0');
    newer.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.UTC(2030, 0, 1));
    newer.close();
    expect(() => openDatabase(file, MIGRATIONS)).toThrow(DatabaseTooNewError);
  });
});

describe('connection settings', () => {
  it('WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    const opened = openDatabase(path.join(tempDir(), DATABASE_FILE), MIGRATIONS);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(opened.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
    opened.sqlite.close();
  });

  it('the planner has statistics once a database is opened (imports refresh them too): no plan guessed blind (issue 19)', () => {
    const file = path.join(tempDir(), DATABASE_FILE);
    const first = openDatabase(file, MIGRATIONS);
    const insert = first.sqlite.prepare("INSERT INTO local_settings (key, value) VALUES (?, '1')");
    for (let n = 0; n < 300; n += 1) insert.run(`clave.${n}`);
    first.sqlite.close();
    const again = openDatabase(file, MIGRATIONS);
    const analyzed = again.sqlite.prepare('SELECT tbl FROM sqlite_stat1').pluck().all() as string[];
    expect(analyzed).toContain('local_settings');
    again.sqlite.close();
  });

  it('a coordination site\'s larger file gets a page cache of half its size, between 64 and 512 MB (issue 19)', () => {
    const dir = tempDir();
    const sized = (mb: number) => {
      const file = path.join(dir, `${mb}.sqlite`);
      fs.writeFileSync(file, '');
      fs.truncateSync(file, mb * 1024 * 1024);
      return cacheKibFor(file);
    };
    expect(cacheKibFor(path.join(dir, 'none.sqlite'))).toBe(64 * 1024);
    expect(sized(40)).toBe(64 * 1024);
    expect(sized(300)).toBe(150 * 1024);
    expect(sized(2048)).toBe(512 * 1024);
  });
});
