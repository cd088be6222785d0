import { describe, expect, it } from 'vitest';
import { exportAck } from '../../src-main/sync/ack-service';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { syncStatus } from '../../src-main/sync/status-service';
import { addUser, type TestApp } from '../helpers/test-app';
import { databaseDigest, enrol, liveCount, siteIdOf, siteOf } from './sync-helpers';

async function as(app: TestApp, role: 'registrar' | 'health', username: string): Promise<void> {
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
  await addUser(app, username, role, 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba' });
}

async function caregiver(app: TestApp, nationalId: string, name: string) {
  const created = await app.ok('formula.createCaregiver', { nationalId, firstNames: name, lastNames: 'Quispe', phone: '984000000', coverageChecked: true });
  return app.ok('formula.createInfant', { caregiverId: created.id, firstNames: `Bebé de ${name}`, lastNames: 'Quispe', birthDate: '2026-10-01' });
}

describe('a whole chain: two facilities, a microrred and a red, with real bundle files', () => {
  it('bundles lost, doubled and out of order end in the same consolidated state, acks stop the re-sending', async () => {
    const f1 = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const f2 = await siteOf('facility', '00002222', 'Centro de Salud Belén');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    enrol(f1, m);
    enrol(f2, m);
    enrol(m, r);
    const [f1Id, f2Id] = [siteIdOf(f1), siteIdOf(f2)];

    // Facility 1: two caregivers with an infant each, a HIS code created then deleted (a tombstone).
    const code = await f1.ok('groups.saveHisCode', { activity: 'training', code: 'C0001', description: 'Capacitación' });
    await as(f1, 'registrar', 'luis.registro');
    await caregiver(f1, '40000001', 'Ana');
    await caregiver(f1, '40000002', 'Bea');
    const b1 = exportToParent(f1.main.ctx);
    const first = importBundle(m.main.ctx, b1.bytes);
    expect(first.summary.caregivers).toEqual({ new: 2, updated: 0, unchanged: 0, conflicts: 0, refused: 0 });
    expect(first.summary.infants?.new).toBe(2);
    expect(first.summary.his_codes?.new).toBe(1);

    // Bundle 2 is lost on the way; bundle 3 re-sends what 2 carried (nothing acknowledged yet).
    await caregiver(f1, '40000003', 'Carla');
    exportToParent(f1.main.ctx);
    await f1.ok('session.logout', {});
    await f1.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
    await f1.ok('groups.deleteHisCode', { id: code[0]?.id ?? '' });
    const b3 = exportToParent(f1.main.ctx);
    expect(b3.sequence).toBe(3);
    const third = importBundle(m.main.ctx, b3.bytes);
    expect(third.summary.caregivers).toMatchObject({ new: 1, unchanged: 2 });
    expect(third.summary.his_codes).toMatchObject({ updated: 1 });
    expect(liveCount(m, 'his_codes')).toBe(0);
    // The same bundle twice changes nothing.
    const before = databaseDigest(m);
    const again = importBundle(m.main.ctx, b3.bytes);
    expect(Object.values(again.summary).every((s) => s.new === 0 && s.updated === 0)).toBe(true);
    expect(databaseDigest(m)).toBe(before);
    expect(liveCount(m, 'caregivers')).toBe(3);

    // The ack goes back: the facility stops re-sending what was received.
    expect(syncStatus(f1.main.ctx).sites[0]?.unacknowledged).toBeGreaterThan(0);
    const ack = exportAck(m.main.ctx, '00001111');
    expect(ack.acknowledges?.sequence).toBe(3);
    expect(importBundle(f1.main.ctx, ack.bytes).kind).toBe('ack');
    expect(syncStatus(f1.main.ctx).sites[0]?.unacknowledged).toBe(0);
    const empty = exportToParent(f1.main.ctx);
    expect(empty.counts).toEqual({});

    // Facility 2: bundles 1 and 2 imported out of order; 1 after 2 changes nothing.
    await as(f2, 'registrar', 'eva.registro');
    await caregiver(f2, '50000001', 'Dora');
    const f2b1 = exportToParent(f2.main.ctx);
    await caregiver(f2, '50000002', 'Elsa');
    const f2b2 = exportToParent(f2.main.ctx);
    expect(importBundle(m.main.ctx, f2b2.bytes).summary.caregivers).toMatchObject({ new: 2 });
    expect(importBundle(m.main.ctx, f2b1.bytes).summary.caregivers).toMatchObject({ new: 0, updated: 0, unchanged: 1 });

    // The microrred sends everything up; the red holds each facility's records under its owner.
    const up = exportToParent(m.main.ctx);
    const atRed = importBundle(r.main.ctx, up.bytes);
    expect(atRed.summary.caregivers).toMatchObject({ new: 5, refused: 0 });
    expect(liveCount(r, 'caregivers', f1Id)).toBe(3);
    expect(liveCount(r, 'caregivers', f2Id)).toBe(2);
    expect(liveCount(r, 'infants')).toBe(5);
    expect(liveCount(r, 'his_codes')).toBe(0);
    // Every facility list, filtered by facility, at the red.
    const all = await r.ok('formula.list', { kind: 'caregivers' });
    expect(all.total).toBe(5);
    expect(all.sites.map((site) => site.name)).toEqual(['Centro de Salud Belén', 'Puesto de Salud Cerrito']);
    expect((await r.ok('formula.list', { kind: 'caregivers', siteId: f1Id })).total).toBe(3);
    expect((await r.ok('formula.list', { kind: 'deliveries', siteId: f2Id })).total).toBe(0);
    expect((await r.ok('formula.list', { kind: 'infants', siteId: f2Id })).total).toBe(2);
    const status = syncStatus(r.main.ctx);
    expect(status.site).toEqual({ code: 'REDCN', type: 'red' });
    expect(status.sites.find((s) => s.code === '00001111')?.tables.caregivers).toBe(3);
    expect(status.sites.find((s) => s.code === 'MRSJ')).toMatchObject({ relation: 'child', lastSequence: 1 });
  });
});
