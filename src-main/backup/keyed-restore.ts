import type Database from 'better-sqlite3';

/**
 * Puts an encrypted backup's content into the open encrypted database (issue 18.4). SQLite's backup API
 * refuses encrypted pages, so the copy is logical, in one transaction: the backup is attached with the
 * same key, every table of the live schema is dropped and re-created from the backup's own schema (an
 * older backup keeps its older schema; migrations run afterwards, as for a plain restore), rows copied,
 * then indexes and triggers — after the rows, so no sync trigger records the copy as new changes. A
 * full-text index is rebuilt from the restored rows.
 */
export function restoreEncryptedBackup(live: Database.Database, backupFile: string, keyPragmaValue: string): void {
  live.prepare(`ATTACH DATABASE ? AS backup KEY ${keyPragmaValue}`).run(backupFile);
  try {
    live.pragma('foreign_keys = OFF');
    live.transaction(() => {
      const objects = (schema: string) =>
        live.prepare(`SELECT type, name, tbl_name AS tableName, sql FROM ${schema}.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`).all() as {
          type: 'table' | 'index' | 'trigger' | 'view';
          name: string;
          tableName: string;
          sql: string;
        }[];
      for (const o of objects('main').filter((x) => x.type === 'view' || x.type === 'trigger')) live.exec(`DROP ${o.type.toUpperCase()} IF EXISTS main."${o.name}"`);
      for (const o of objects('main').filter((x) => x.type === 'table')) live.exec(`DROP TABLE IF EXISTS main."${o.name}"`);
      const fromBackup = objects('backup');
      // A full-text index (a virtual table over its own shadow tables) is derived data: re-created after
      // the rows, then rebuilt from them; its shadow tables are SQLite's to create.
      const virtual = fromBackup.filter((x) => x.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(x.sql));
      const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
      for (const o of fromBackup.filter((x) => x.type === 'table' && !virtual.includes(x) && !isShadow(x.name))) {
        live.exec(o.sql);
        live.exec(`INSERT INTO main."${o.name}" SELECT * FROM backup."${o.name}"`);
      }
      for (const v of virtual) {
        live.exec(v.sql);
        live.exec(`INSERT INTO main."${v.name}"("${v.name}") VALUES ('rebuild')`);
      }
      for (const o of fromBackup.filter((x) => x.type !== 'table')) live.exec(o.sql);
      live.pragma(`main.user_version = ${Number(live.pragma('backup.user_version', { simple: true }))}`);
    })();
  } finally {
    live.pragma('foreign_keys = ON');
    live.exec('DETACH DATABASE backup');
  }
}
