import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../src-main/db/open';
import { LOCAL_ONLY_TABLES } from '../../src-main/db/sync-columns';
import { SYNC_TABLES } from '../../src-main/sync/sync-tables';
import { MIGRATIONS, tempDir } from '../helpers/test-app';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

function migratedTables() {
  const { sqlite } = openDatabase(path.join(tempDir(), DATABASE_FILE), MIGRATIONS);
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const tables = names.map((name) => ({ name, columns: sqlite.prepare(`PRAGMA table_info(${name})`).all() as ColumnInfo[] }));
  sqlite.close();
  return tables;
}

/** DESIGN.md "Data that syncs": global id, owning site, clock stamp, tombstone. */
function conventionProblems(columns: readonly ColumnInfo[]): string[] {
  const byName = new Map(columns.map((column) => [column.name, column]));
  const problems: string[] = [];
  const id = byName.get('id');
  if (id?.type !== 'TEXT' || id.pk !== 1) problems.push('id must be the TEXT primary key (UUIDv7)');
  if (byName.get('owner_site_id')?.notnull !== 1) problems.push('owner_site_id must be NOT NULL');
  if (byName.get('hlc')?.notnull !== 1 || byName.get('hlc')?.type !== 'TEXT') problems.push('hlc must be TEXT NOT NULL');
  const deleted = byName.get('deleted');
  if (deleted?.notnull !== 1 || deleted.dflt_value !== 'false') problems.push('deleted must be a NOT NULL tombstone defaulting to false');
  if (columns.filter((column) => column.pk > 0).length !== 1) problems.push('the primary key must be the id alone');
  return problems;
}

describe('sync conventions', () => {
  const tables = migratedTables();

  it.each(tables.filter((table) => !(table.name in LOCAL_ONLY_TABLES)).map((table) => [table.name, table.columns] as const))(
    'table %s carries id, owner site, clock stamp and tombstone',
    (_name, columns) => {
      expect(conventionProblems(columns)).toEqual([]);
    },
  );

  it('every table declared local-only exists (the list is not stale)', () => {
    const names = tables.map((table) => table.name);
    for (const local of Object.keys(LOCAL_ONLY_TABLES)) expect(names).toContain(local);
  });

  it('at least the sites and users tables sync', () => {
    const syncing = tables.filter((table) => !(table.name in LOCAL_ONLY_TABLES)).map((table) => table.name);
    expect(syncing).toEqual(expect.arrayContaining(['sites', 'users']));
  });

  it('the check itself catches a table without the conventions', () => {
    const bad: ColumnInfo[] = [
      { name: 'id', type: 'INTEGER', notnull: 1, dflt_value: null, pk: 1 },
      { name: 'name', type: 'TEXT', notnull: 1, dflt_value: null, pk: 0 },
    ];
    expect(conventionProblems(bad)).toHaveLength(4);
  });
});

describe('change tracking for bundles', () => {
  it('SYNC_TABLES lists exactly the synced tables, and each keeps sync_changes through its triggers', () => {
    const { sqlite } = openDatabase(path.join(tempDir(), DATABASE_FILE), MIGRATIONS);
    const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    const synced = names.filter((name) => !(name in LOCAL_ONLY_TABLES)).sort();
    expect([...SYNC_TABLES].sort()).toEqual(synced);
    const triggers = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]);
    const pausable = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%WHEN NOT EXISTS (SELECT 1 FROM sync_tracking_pause)%'").pluck().all() as string[]);
    for (const table of SYNC_TABLES) {
      for (const event of ['insert', 'update']) {
        expect(triggers.has(`sync_track_${table}_${event}`), table).toBe(true);
        expect(pausable.has(`sync_track_${table}_${event}`), `${table} ${event} pausable`).toBe(true);
      }
    }
    sqlite.close();
  });

  it('a row in sync_tracking_pause stops the triggers, and only while it is there', () => {
    const { sqlite } = openDatabase(path.join(tempDir(), DATABASE_FILE), MIGRATIONS);
    const insert = sqlite.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES (?, 's', '0001700000000-000000-s', 'training', ?, 'x', 0)");
    sqlite.prepare("INSERT INTO sync_tracking_pause (paused_by) VALUES ('test')").run();
    insert.run('paused', 'C1');
    sqlite.prepare('DELETE FROM sync_tracking_pause').run();
    insert.run('tracked', 'C2');
    expect(sqlite.prepare("SELECT row_id FROM sync_changes WHERE table_name = 'his_codes'").pluck().all()).toEqual(['tracked']);
    sqlite.close();
  });

  it('every insert and update gets a new, higher change number; the order of SYNC_TABLES respects foreign keys', () => {
    const { sqlite } = openDatabase(path.join(tempDir(), DATABASE_FILE), MIGRATIONS);
    const stamp = '0001700000000-000000-s';
    sqlite.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES ('a', 's', ?, 'training', 'C1', 'x', 0)").run(stamp);
    sqlite.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES ('b', 's', ?, 'training', 'C2', 'x', 0)").run(stamp);
    sqlite.prepare("UPDATE his_codes SET code = 'C3' WHERE id = 'a'").run();
    expect(sqlite.prepare('SELECT row_id, seq FROM sync_changes ORDER BY seq').all()).toEqual([
      { row_id: 'b', seq: 2 },
      { row_id: 'a', seq: 3 },
    ]);
    for (const [index, table] of SYNC_TABLES.entries()) {
      const parents = (sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[]).map((fk) => fk.table);
      for (const parent of parents) expect(SYNC_TABLES.indexOf(parent as never), `${parent} before ${table}`).toBeLessThan(index);
    }
    sqlite.close();
  });
});
