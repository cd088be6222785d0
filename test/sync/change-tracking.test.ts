import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../src-main/app/context';
import { withTrackingPaused } from '../../src-main/sync/change-tracking';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { generateDemo } from '../../src-main/demo/demo-data';
import { enrol, siteOf } from './sync-helpers';

function changes(app: Awaited<ReturnType<typeof siteOf>>) {
  return app.main.ctx.sqlite.prepare('SELECT table_name AS t, row_id AS id, seq FROM sync_changes').all() as { t: string; id: string; seq: number }[];
}

describe('change numbers written by an import itself', () => {
  it('gives every imported record one new change number above all earlier ones, and local edits go on above them', async () => {
    const facility = await siteOf('facility', '10000001', 'P.S. Uno');
    const micro = await siteOf('microNetwork', '00009000', 'Microrred');
    enrol(facility, micro);
    generateDemo(facility.main.ctx, { months: 2, scale: 1, seed: 'tracking' });
    const before = Math.max(...changes(micro).map((c) => c.seq));
    const bundle = exportToParent(facility.main.ctx);
    const result = importBundle(micro.main.ctx, bundle.bytes);

    const received = Object.values(result.summary).reduce((n, s) => n + s.new + s.updated, 0);
    const after = changes(micro).filter((c) => c.seq > before);
    expect(after).toHaveLength(received);
    expect(new Set(after.map((c) => c.seq)).size).toBe(received);
    expect(Math.min(...after.map((c) => c.seq))).toBe(before + 1);
    expect(Math.max(...after.map((c) => c.seq))).toBe(before + received);
    for (const [table, counts] of Object.entries(result.summary)) expect(after.filter((c) => c.t === table), table).toHaveLength(counts.new + counts.updated);
    expect(micro.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM sync_tracking_pause').pluck().get()).toBe(0);

    // The triggers are back: a record changed at the microrred afterwards gets the next number.
    const anyCaregiver = after.find((c) => c.t === 'caregivers');
    expect(anyCaregiver).toBeDefined();
    micro.main.ctx.sqlite.prepare("UPDATE caregivers SET phone = '999888777' WHERE id = ?").run(anyCaregiver?.id);
    expect(changes(micro).find((c) => c.id === anyCaregiver?.id)?.seq).toBe(before + received + 1);

    // Importing the same bundle again changes no record and so numbers nothing.
    importBundle(micro.main.ctx, bundle.bytes);
    expect(Math.max(...changes(micro).map((c) => c.seq))).toBe(before + received + 1);
  });

  it('the import keeps SQLite\'s temporary files in memory while it writes, and gives the connection back as it was (issue 19)', async () => {
    const facility = await siteOf('facility', '10000003', 'P.S. Tres');
    const micro = await siteOf('microNetwork', '00009001', 'Microrred');
    enrol(facility, micro);
    generateDemo(facility.main.ctx, { months: 1, scale: 1, seed: 'journals' });
    const { sqlite } = micro.main.ctx;
    const DEFAULT = 0;
    const MEMORY = 2;
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(DEFAULT);
    const whileWriting = new Set<unknown>();
    const result = importBundle(micro.main.ctx, exportToParent(facility.main.ctx).bytes, { onProgress: () => whileWriting.add(sqlite.pragma('temp_store', { simple: true })) });
    expect(Object.values(result.summary).reduce((n, s) => n + s.new, 0)).toBeGreaterThan(0);
    expect([...whileWriting]).toEqual([MEMORY]);
    expect(sqlite.pragma('temp_store', { simple: true })).toBe(DEFAULT);
  });

  it('a failure inside the paused work undoes the pause with everything else', async () => {
    const site = await siteOf('facility', '10000002', 'P.S. Dos');
    const { ctx } = site.main;
    const insert = ctx.sqlite.prepare("INSERT INTO his_codes (id, owner_site_id, hlc, activity, code, description, created_at) VALUES (?, 's', '0001700000000-000000-s', 'training', ?, 'x', 0)");
    expect(() =>
      inTransaction(ctx, () =>
        withTrackingPaused(ctx, (changed) => {
          insert.run('lost', 'C1');
          changed('his_codes', 'lost');
          throw new Error('falla a mitad');
        }),
      ),
    ).toThrow('falla a mitad');
    expect(ctx.sqlite.prepare('SELECT COUNT(*) FROM sync_tracking_pause').pluck().get()).toBe(0);
    insert.run('kept', 'C2');
    expect(changes(site).filter((c) => c.t === 'his_codes').map((c) => c.id)).toEqual(['kept']);
    expect(() => withTrackingPaused(ctx, () => 1)).toThrow();
  });
});
