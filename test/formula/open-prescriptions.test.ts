import { describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { registerCase } from '../helpers/formula-cases';
import { everyPage } from '../helpers/list-pages';
import { addUser, facilityAs, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';

// The test clock is 22/11/2026. Issue 19: the open prescriptions are read from balances kept by triggers
// and recomputed with the rules; after any write they must be the prescriptions the full list calls open.

/** The open list's ids, and — the reference — the ids the whole list marks «Vigente», row by row. */
async function openAndReference(app: TestApp): Promise<{ open: string[]; reference: string[] }> {
  const open = (await everyPage(app, { kind: 'prescriptions' })).rows.map((r) => r.id);
  const reference = (await everyPage(app, { kind: 'prescriptions', activeOnly: false })).rows.filter((r) => r.cells.status === 'Vigente').map((r) => r.id);
  return { open, reference };
}

async function expectOpen(app: TestApp, ids: readonly string[]): Promise<void> {
  const { open, reference } = await openAndReference(app);
  expect(open).toEqual(reference);
  expect([...open].sort()).toEqual([...ids].sort());
}

describe('open prescriptions from their balances (issue 19)', () => {
  it('follow every write that changes a balance — deliveries, voids, birth dates, people removed — and the passing days', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    const db = app.main.ctx.sqlite;
    const ana = await registerCase(app, { nationalId: '41111111', birthDate: '2026-10-01', prescriptionDate: '2026-11-02' });
    const beto = await registerCase(app, { nationalId: '42222222', birthDate: '2026-09-10', prescriptionDate: '2026-11-10', durationMonths: 2 });
    await expectOpen(app, [ana.prescriptionId, beto.prescriptionId]);

    await app.ok('formula.createDelivery', { prescriptionId: ana.prescriptionId, deliveryDate: '2026-11-03', cans800: 1, cans1kg: 0, confirmRepeat: true });
    const listed = (await everyPage(app, { kind: 'prescriptions' })).rows.find((r) => r.id === ana.prescriptionId);
    expect(listed?.cells.gramsDelivered).toBe(800);
    await expectOpen(app, [ana.prescriptionId, beto.prescriptionId]);

    // Written straight to the file, as an import or a merge would: the triggers mark, the list recomputes.
    const site = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
    db.prepare("INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, source, created_at) VALUES ('0190aaaa-0000-7000-8000-000000000001', ?, '0000000000001-000000-x', ?, '2026-11-04', 100, 0, 'form', 0)").run(site, ana.prescriptionId);
    await expectOpen(app, [beto.prescriptionId]);
    db.prepare("UPDATE deliveries SET voided_at = 1, void_reason = 'Duplicada' WHERE id = '0190aaaa-0000-7000-8000-000000000001'").run();
    await expectOpen(app, [ana.prescriptionId, beto.prescriptionId]);

    // Born long before: no entitlement at the prescription's date.
    db.prepare("UPDATE infants SET birth_date = '2024-01-01' WHERE id = ?").run(ana.infantId);
    await expectOpen(app, [beto.prescriptionId]);
    db.prepare("UPDATE infants SET birth_date = '2026-10-01' WHERE id = ?").run(ana.infantId);
    await expectOpen(app, [ana.prescriptionId, beto.prescriptionId]);

    db.prepare('UPDATE caregivers SET deleted = 1 WHERE id = ?').run(beto.caregiverId);
    await expectOpen(app, [ana.prescriptionId]);
    db.prepare('UPDATE caregivers SET deleted = 0 WHERE id = ?').run(beto.caregiverId);
    db.prepare('UPDATE infants SET deleted = 1 WHERE id = ?').run(beto.infantId);
    await expectOpen(app, [ana.prescriptionId]);
    db.prepare('UPDATE infants SET deleted = 0 WHERE id = ?').run(beto.infantId);
    db.prepare('UPDATE prescriptions SET duration_months = 6 WHERE id = ?').run(ana.prescriptionId);
    await expectOpen(app, [ana.prescriptionId, beto.prescriptionId]);
    db.prepare('UPDATE prescriptions SET deleted = 1 WHERE id = ?').run(ana.prescriptionId);
    await expectOpen(app, [beto.prescriptionId]);

    // No write at all: the days pass and Beto's two months end (last day 9/01/2027).
    app.clock.nowMs = Date.UTC(2027, 0, 10, 13);
    await app.ok('session.unlock', { password: 'clave-de-luis' });
    await expectOpen(app, []);
    expect(db.prepare('SELECT COUNT(*) FROM prescription_balances_stale').pluck().get()).toBe(0);
  });

  it('are recomputed in full by a new version of LactaRed, whose rules may grant differently', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    const ana = await registerCase(app, { nationalId: '41111111', birthDate: '2026-10-01', prescriptionDate: '2026-11-02' });
    await expectOpen(app, [ana.prescriptionId]);
    // As if the previous version had granted nothing.
    app.main.ctx.sqlite.prepare('UPDATE prescription_balances SET grams_allowed = 0').run();
    expect((await everyPage(app, { kind: 'prescriptions' })).rows).toEqual([]);
    app.main.ctx.sqlite.prepare("UPDATE local_settings SET value = '\"0.0.0-anterior\"' WHERE key = 'formula.balancesComputedBy'").run();
    await expectOpen(app, [ana.prescriptionId]);
  });

  it('at a coordination site, follow the imported bundles', async () => {
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const f = await siteOf('facility', '00001111', 'Puesto 00001111');
    await addUser(f, 'registro', 'registrar', 'clave-de-prueba');
    await f.ok('session.logout', {});
    await f.ok('session.login', { username: 'registro', password: 'clave-de-prueba' });
    const ana = await registerCase(f, { nationalId: '41111111', birthDate: '2026-10-01', prescriptionDate: '2026-11-02' });
    const beto = await registerCase(f, { nationalId: '42222222', birthDate: '2026-09-10', prescriptionDate: '2026-11-10', durationMonths: 2 });
    enrol(f, m);
    importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes);
    await addUser(m, 'coord', 'coordinator', 'clave-de-prueba');
    await m.ok('session.logout', {});
    await m.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    await expectOpen(m, [ana.prescriptionId, beto.prescriptionId]);

    const row = (await everyPage(f, { kind: 'prescriptions' })).rows.find((r) => r.id === ana.prescriptionId);
    const remaining = Number(row?.cells.gramsRemaining);
    expect(remaining % 800).toBe(0);
    await f.ok('formula.createDelivery', { prescriptionId: ana.prescriptionId, deliveryDate: '2026-11-20', cans800: remaining / 800, cans1kg: 0, confirmRepeat: true });
    importBundle(m.main.ctx, exportToParent(f.main.ctx).bytes);
    await expectOpen(m, [beto.prescriptionId]);
  });
});
