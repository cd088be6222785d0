import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src-main/demo/demo-data';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { importMany } from '../../src-main/sync/import-many';
import { bufferSource } from '../../src-main/sync/byte-source';
import { SyncRefusal } from '../../src-main/sync/refusal';
import { tablesWithRowChecks } from '../../src-main/sync/row-schemas';
import { SYNC_TABLES } from '../../src-main/sync/sync-tables';
import type { TestApp } from '../helpers/test-app';
import { bombPayload, databaseDigest, enrol, forgedBundle, siteIdOf, siteOf } from './sync-helpers';

function refusalOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof SyncRefusal) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'ACCEPTED';
}

/** A facility's real delivery row as its bundle would carry it, with some columns changed. */
function deliveryRow(f: TestApp, change: Record<string, unknown>) {
  const row = f.main.ctx.sqlite.prepare('SELECT * FROM deliveries LIMIT 1').get() as Record<string, unknown>;
  const changed: Record<string, unknown> = { ...row, ...change, hlc: `${String(f.clock.nowMs + 60_000)}-000009-${siteIdOf(f)}` };
  const columns = Object.keys(changed);
  return { table: 'deliveries', columns, rows: [columns.map((c) => changed[c] as string | number | null)] };
}

async function pair() {
  const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
  const f = await siteOf('facility', '00001111', 'Puesto Uno');
  enrol(f, m);
  generateDemo(f.main.ctx, { months: 1, scale: 0.05, seed: 'rows' });
  importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes);
  return { m, f };
}

describe('received rows are checked like local writes, before the transaction (issue 17.9)', () => {
  it('every synced table has its row checks', () => {
    expect(tablesWithRowChecks()).toEqual([...SYNC_TABLES]);
  });

  it.each([
    ['cans as a word', { cans_800: 'muchas' }, 'deliveries.cans_800'],
    ['9,999 cans', { cans_1kg: 9999 }, 'deliveries.cans_1kg'],
    ['a tombstone that is 7', { deleted: 7 }, 'deliveries.deleted'],
    ['a NULL where the column is NOT NULL', { delivery_date: null }, 'deliveries.delivery_date'],
    ['a date that is not one', { delivery_date: '2026-02-30' }, 'deliveries.delivery_date'],
    ['year 0001', { delivery_date: '0001-01-01' }, 'deliveries.delivery_date'],
    ['an unknown source', { source: 'magia' }, 'deliveries.source'],
    ['an id that is not a UUID', { prescription_id: "x' OR 1=1" }, 'deliveries.prescription_id'],
    ['a fractional count', { cans_800: 1.5 }, 'deliveries.cans_800'],
  ])('%s: the bundle is refused naming the value, and nothing changes', async (_label, change, where) => {
    const { m, f } = await pair();
    const before = databaseDigest(m);
    expect(refusalOf(() => importBundle(m.main.ctx, forgedBundle(f, m, { tables: [deliveryRow(f, change)] })))).toMatch(new RegExp(`^BAD_CONTENT: .*${where.replace('.', '\\.')}`));
    expect(databaseDigest(m)).toBe(before);
  });

  it('text arrives without control characters; a good row still applies', async () => {
    const { m, f } = await pair();
    const result = importBundle(m.main.ctx, forgedBundle(f, m, { tables: [deliveryRow(f, { received_by_name: 'Ana\u001b[2J\u202e Pérez' })] }));
    expect(result.summary.deliveries).toMatchObject({ updated: 1, refused: 0 });
    expect(m.main.ctx.sqlite.prepare("SELECT received_by_name FROM deliveries WHERE received_by_name LIKE 'Ana%'").pluck().get()).toBe('Ana[2J Pérez');
  });

  it('a refused file among several is listed, and the files after it still import', async () => {
    const { m, f } = await pair();
    const bad = forgedBundle(f, m, { tables: [deliveryRow(f, { cans_800: 'muchas' })], sequence: 90 });
    const good = forgedBundle(f, m, { tables: [deliveryRow(f, { received_by_name: 'Rosa' })], sequence: 91 });
    const source = (bytes: Buffer) => ({ ...bufferSource(bytes), close: () => undefined });
    const outcome = importMany(m.main.ctx, [{ name: 'malo.lactared', source: source(bad) }, { name: 'bueno.lactared', source: source(good) }], { dryRun: false });
    expect(outcome.files.map((file) => [file.fileName, file.ok, file.error ?? null])).toEqual([
      ['malo.lactared', false, 'BAD_CONTENT'],
      ['bueno.lactared', true, null],
    ]);
  });
});

describe('a decompression bomb is refused at its limit (issue 17.7)', () => {
  it('rows that decompress to 1.5 GB are refused TOO_LARGE without taking the memory; the next bundle imports', async () => {
    const { m, f } = await pair();
    const bomb = forgedBundle(f, m, { payload: await bombPayload(1536 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = databaseDigest(m);
    const rss = process.memoryUsage().rss;
    expect(refusalOf(() => importBundle(m.main.ctx, bomb))).toMatch(/^TOO_LARGE/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(256 * 1024 * 1024);
    expect(databaseDigest(m)).toBe(before);
    await f.ok('groups.saveHisCode', { activity: 'training', code: 'C0009', description: 'Después' });
    expect(importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes).summary.his_codes?.new).toBe(1);
  }, 60_000);
});
