import { describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';

async function signIn(app: TestApp, username: string, password: string) {
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password });
}

async function prescribe(app: TestApp, infantId: string, date: string, cans: number) {
  const p = await app.ok('formula.createPrescription', {
    infantId,
    prescriptionDate: date,
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 6,
    prescriberName: 'Dra. Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 1',
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(40)).toString('base64') },
  });
  for (let i = 0; i < cans; i += 20) await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-10', cans800: Math.min(20, cans - i), cans1kg: 0, confirmRepeat: true });
}

describe('merging duplicates (issue 14.4)', () => {
  it('the survivor keeps both prescriptions, their deliveries and both histories; the duplicate is a tombstone; the merge travels and both sides agree', async () => {
    const app = await siteOf('facility', '00001111', 'Puesto Uno');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(app, m);
    await addUser(app, 'registro', 'registrar', 'clave-de-prueba');
    await signIn(app, 'registro', 'clave-de-prueba');
    const caregiver = await app.ok('formula.createCaregiver', { nationalId: '45678912', firstNames: 'María', lastNames: 'Quispe', phone: '9', coverageChecked: true });
    const one = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate: '2026-11-02' });
    const keep = one.infants[0]?.id ?? '';
    const two = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Tiago', lastNames: 'Quispe', birthDate: '2026-11-02' });
    const duplicate = two.infants.find((i) => i.id !== keep)?.id ?? '';
    await prescribe(app, keep, '2026-11-02', 20);
    await prescribe(app, duplicate, '2026-11-03', 20);
    importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes);

    expect(await app.invoke('records.merge', { table: 'infants', survivorId: keep, duplicateId: duplicate, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await signIn(app, 'rosa.quispe', ADMIN_PASSWORD);
    expect(await app.invoke('records.merge', { table: 'infants', survivorId: keep, duplicateId: duplicate, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { reason: expect.any(String) as unknown } } });
    const merged = await app.ok('records.merge', { table: 'infants', survivorId: keep, duplicateId: duplicate, reason: 'El mismo niño, nombre mal escrito' });
    // The duplicate had received a second entitlement: 32,000 g in all, shown rather than hidden.
    expect(merged.warnings).toEqual([expect.stringContaining('habría recibido 32.000 g entre todas sus recetas')]);
    const db = app.main.ctx.sqlite;
    expect(db.prepare('SELECT COUNT(*) FROM prescriptions WHERE infant_id = ?').pluck().get(keep)).toBe(2);
    expect(db.prepare('SELECT deleted, merged_into_id FROM infants WHERE id = ?').get(duplicate)).toEqual({ deleted: 1, merged_into_id: keep });
    expect((await app.ok('formula.getCaregiver', { id: caregiver.id })).infants.map((i) => i.id)).toEqual([keep]);
    const history = await app.ok('audit.recordHistory', { table: 'infants', id: keep });
    expect(history.filter((e) => e.action === 'formula.infantCreate').map((e) => e.recordId).sort()).toEqual([keep, duplicate].sort());
    // No new delivery for the merged infant: it already had more than the program gives.
    const [status] = await app.ok('formula.infantPrescriptions', { infantId: keep });
    expect(status?.gramsRemaining).toBe(0);

    importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes);
    const view = (site: TestApp) =>
      site.main.ctx.sqlite.prepare('SELECT i.id, i.deleted, i.merged_into_id, (SELECT COUNT(*) FROM prescriptions p WHERE p.infant_id = i.id) AS n FROM infants i ORDER BY i.id').all();
    expect(view(m)).toEqual(view(app));
  });
});
