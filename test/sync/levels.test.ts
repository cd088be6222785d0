import { describe, expect, it } from 'vitest';
import { exportAck } from '../../src-main/sync/ack-service';
import { correctRecord } from '../../src-main/sync/corrections-service';
import { exportEnrolment, importEnrolment } from '../../src-main/sync/enrolment-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { syncStatus } from '../../src-main/sync/status-service';
import { relationBetween, SITE_KINDS, type SiteKind } from '../../src-shared/site/countries';
import { addUser, type TestApp } from '../helpers/test-app';
import { enrol, liveCount, siteIdOf, siteOf } from './sync-helpers';

const codeRow = (app: TestApp, id: string) => app.main.ctx.sqlite.prepare('SELECT code, hlc FROM his_codes WHERE id = ?').get(id) as { code: string; hlc: string } | undefined;
const conflictCount = (app: TestApp) => app.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM sync_conflicts').pluck().get() as number;
const pendingCorrections = (app: TestApp) => app.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM sync_corrections WHERE settled = 0').pluck().get() as number;

/** Every bundle up a chain of sites, lowest first: each level imports what the one below exported. */
function sendUp(chain: readonly TestApp[]): void {
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const [from, to] = [chain[i], chain[i + 1]];
    if (!from || !to) throw new Error('chain');
    importBundle(to.main.ctx, exportToParent(from.main.ctx).bytes);
  }
}

describe('who may enrol with whom (issue 16)', () => {
  const table: [SiteKind, SiteKind, 'parent' | 'child' | null][] = [
    ['facility', 'microNetwork', 'parent'],
    ['facility', 'network', 'parent'],
    ['facility', 'national', 'parent'],
    ['microNetwork', 'facility', 'child'],
    ['network', 'national', 'parent'],
    ['region', 'network', 'child'],
    ['national', 'region', 'child'],
    ['region', 'region', null],
    ['facility', 'facility', null],
  ];
  it.each(table)('%s sees a %s as its %s', (me, other, expected) => {
    expect(relationBetween(me, other)).toBe(expected);
  });
  it('every pair of different levels is parent one way and child the other', () => {
    for (const a of SITE_KINDS) for (const b of SITE_KINDS) {
      const ab = relationBetween(a, b);
      const ba = relationBetween(b, a);
      expect(a === b ? [ab, ba] : [ab === 'parent' ? ba : ab, ab === 'parent' ? ab : ba]).toEqual(a === b ? [null, null] : ['child', 'parent']);
    }
  });
  it('a region cannot enrol another region, and the refusal says why', async () => {
    const r1 = await siteOf('region', 'DIRESACU', 'DIRESA Cusco');
    const r2 = await siteOf('region', 'DIRESAPU', 'DIRESA Puno');
    const file = exportEnrolment(r1.main.ctx);
    expect(() => importEnrolment(r2.main.ctx, Buffer.from(file.content), file.fingerprint)).toThrow(/nivel superior/);
  });
});

describe('the whole chain facility → microrred → red → region → national', () => {
  it('records reach the national level under their owner; a national correction travels down four levels and settles', async () => {
    const f = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    const g = await siteOf('region', 'DIRESACU', 'DIRESA Cusco');
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    const chain = [f, m, r, g, n];
    for (let i = 0; i + 1 < chain.length; i += 1) enrol(chain[i] as TestApp, chain[i + 1] as TestApp);
    const codes = await f.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    const codeId = codes[0]?.id ?? '';
    sendUp(chain);
    const fId = siteIdOf(f);
    expect(liveCount(n, 'his_codes', fId)).toBe(1);
    expect(liveCount(n, 'sites')).toBe(5);
    expect(syncStatus(n.main.ctx).site).toEqual({ code: 'MINSA', type: 'national' });
    expect(syncStatus(n.main.ctx).sites.find((s) => s.code === '00001111')?.tables.his_codes).toBe(1);

    // Acks work at the top as below: the region stops re-sending.
    importBundle(g.main.ctx, exportAck(n.main.ctx, 'DIRESACU').bytes);
    expect(exportToParent(g.main.ctx).counts).toEqual({});

    // The national corrects the facility's record; each level relays it to the next one down.
    correctRecord(n.main.ctx, { table: 'his_codes', id: codeId, changes: { code: 'C7001' }, reason: 'Código HIS mal escrito' });
    for (const [upper, lower, code] of [[n, g, 'DIRESACU'], [g, r, 'REDCN'], [r, m, 'MRSJ'], [m, f, '00001111']] as const) {
      const down = exportToChild(upper.main.ctx, code);
      expect(down.counts.his_codes).toBe(1);
      expect(importBundle(lower.main.ctx, down.bytes).summary.his_codes).toMatchObject({ updated: 1, conflicts: 0, refused: 0 });
    }
    expect(codeRow(f, codeId)?.code).toBe('C7001');
    expect(f.main.ctx.sqlite.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'sync.correctionApplied'").pluck().get()).toBe(1);
    // Intermediate levels keep a relayed correction pending until the facility's state shows it saw it.
    expect(pendingCorrections(m)).toBe(1);

    // The facility changes the corrected record afterwards: not a conflict anywhere, everything settles.
    await f.ok('groups.saveHisCode', { id: codeId, activity: 'training', code: 'C7001', description: 'Capacitación de madres guía' });
    sendUp(chain);
    for (const site of chain) {
      expect(conflictCount(site)).toBe(0);
      expect(pendingCorrections(site)).toBe(0);
    }
    expect(codeRow(n, codeId)).toEqual(codeRow(f, codeId));
    // Once the facility's own state replaced it, the correction is no longer sent down.
    expect(exportToChild(n.main.ctx, 'DIRESACU').counts.his_codes).toBeUndefined();
  });

  it('a change at the facility concurrent with a national correction keeps both versions for review where the correction was made', async () => {
    const f = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    enrol(f, r);
    enrol(r, n);
    const codes = await f.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    const codeId = codes[0]?.id ?? '';
    sendUp([f, r, n]);
    correctRecord(n.main.ctx, { table: 'his_codes', id: codeId, changes: { code: 'C7001' }, reason: 'Código mal escrito' });
    importBundle(r.main.ctx, exportToChild(n.main.ctx, 'REDCN').bytes);
    f.clock.advanceMinutes(1);
    // The facility changes the record before the correction reaches it, and sends that change up.
    await f.ok('groups.saveHisCode', { id: codeId, activity: 'training', code: 'C0002', description: 'Capacitación' });
    sendUp([f, r, n]);
    // The later change is kept everywhere; the national's correction stays there (and at the red) for review.
    expect(conflictCount(n)).toBe(1);
    expect(conflictCount(r)).toBe(1);
    expect(exportToChild(r.main.ctx, '00001111').counts.his_codes).toBeUndefined();
    expect(codeRow(n, codeId)).toEqual(codeRow(f, codeId));
    expect(codeRow(f, codeId)?.code).toBe('C0002');
    const other = JSON.parse(n.main.ctx.sqlite.prepare('SELECT other_state FROM sync_conflicts').pluck().get() as string) as { code: string };
    expect(other.code).toBe('C7001');
  });
});

describe('levels may be skipped', () => {
  it('a facility sends straight to its red, and the red straight to the national level', async () => {
    const f = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    enrol(f, r);
    enrol(r, n);
    await f.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    sendUp([f, r, n]);
    expect(liveCount(n, 'his_codes', siteIdOf(f))).toBe(1);
    await addUser(n, 'ana.nacional', 'coordinator', 'clave-nacional-1');
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'ana.nacional', password: 'clave-nacional-1' });
    const consolidated = await n.ok('sync.consolidated', { year: 2026 });
    expect(consolidated.facilities.map((x) => x.code)).toContain('00001111');
  });
});

describe('the pages of a region and a national site (issue 16)', () => {
  it('the coordinator’s home, the synchronisation page, the consolidated view and the lists answer at both levels', async () => {
    for (const [kind, code] of [['region', 'DIRESACU'], ['national', 'MINSA']] as const) {
      const top = await siteOf(kind, code, `Nivel ${code}`);
      await addUser(top, 'ana.coordina', 'coordinator', 'clave-coordina-1');
      await top.ok('session.logout', {});
      await top.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
      await top.ok('home.work', {});
      const overview = await top.ok('sync.overview', {});
      expect(overview.site.kind).toBe(kind);
      expect(overview.privacy.receives).not.toBeNull();
      expect(overview.privacy.canBeHivDirection).toBe(true);
      await top.ok('sync.consolidated', { year: 2026 });
      await top.ok('formula.list', { kind: 'caregivers' });
    }
  });
});
