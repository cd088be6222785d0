import { newId } from '../../src-shared/sync/ids';
import type { TestApp } from './test-app';

/**
 * A row as if it had been imported: the columns given, and every other NOT NULL column without a default
 * filled with an empty value of its type (for tests of what reads only the columns they set).
 */
export function putRow(app: TestApp, table: string, values: Record<string, string | number | null>): string {
  const db = app.main.ctx.sqlite;
  const id = String(values.id ?? newId(Date.now()));
  const row: Record<string, string | number | null> = { id, hlc: `0000000000001-000000-${String(values.owner_site_id)}`, deleted: 0, ...values };
  for (const column of db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; notnull: number; dflt_value: unknown }[]) {
    if (column.notnull === 1 && column.dflt_value === null && !(column.name in row)) row[column.name] = column.type === 'integer' ? 0 : '';
  }
  const names = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n] ?? null));
  return id;
}

/** A facility site row, as a coordination site holds it once the facility's bundles arrived. */
export function putFacility(app: TestApp, code: string, region: string): string {
  const id = newId(Date.now());
  return putRow(app, 'sites', { id, owner_site_id: id, kind: 'facility', country: 'PE', name: `Puesto ${code}`, code, region, network: 'Red', micro_network: 'MR', attends_births: 1, signing_public_key: 'k', encryption_public_key: 'k', created_at: 1 });
}
