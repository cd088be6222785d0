import { afterAll, describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { scannedPage } from '../helpers/generated-files';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { addUser, facilityAs, setUpFacility, tempDir, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';

afterAll(closePdfEngine);

// The test clock is 22/11/2026.
async function caseOf(app: TestApp, nationalId: string, name: string, birthDate: string, prescriptionDate: string, deliveredOn: string | null) {
  const caregiver = await app.ok('formula.createCaregiver', { nationalId, firstNames: 'Resp.', lastNames: name, phone: '984000000', coverageChecked: true });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Bebé', lastNames: name, birthDate });
  const infantId = withInfant.infants[0]?.id ?? '';
  const status = await app.ok('formula.createPrescription', {
    infantId,
    prescriptionDate,
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 3,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 45678',
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(10)).toString('base64') },
  });
  if (deliveredOn) await app.ok('formula.createDelivery', { prescriptionId: status.id, deliveryDate: deliveredOn, cans800: 1, cans1kg: 0, confirmRepeat: true });
}

const infantsIn = async (app: TestApp, key: 'deliveriesDue' | 'prescriptionsEnding' | 'infantsTurningSix' | 'coverageChanged') =>
  (await app.ok('home.list', { key })).rows.map((r) => r.cells.infant ?? r.cells.caregiver);

describe('home work lists (issue 15)', () => {
  it('the registrar’s day: due and overdue deliveries, prescriptions ending, six months, coverage, lots, drafts', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    await caseOf(app, '41111111', 'Atrasada', '2026-06-01', '2026-09-01', '2026-10-10'); // due 10/11: 12 days late
    await caseOf(app, '42222222', 'Toca', '2026-10-01', '2026-10-20', '2026-10-20'); // due 20/11: 2 days
    await caseOf(app, '43333333', 'Reciente', '2026-11-01', '2026-11-15', null); // due 15/12
    await app.ok('formula.importCoverage', { fileName: 'padron.csv', listDate: '2026-11-21', dataBase64: Buffer.from('dni;nombre;cobertura\n42222222;Resp. Toca;EsSalud\n').toString('base64') });
    await app.ok('formula.receiveStock', { receivedDate: '2026-11-01', canGrams: '800', quantity: 20, lot: 'L-PRONTO', expiryDate: '2027-01-10' });
    await app.ok('formula.receiveStock', { receivedDate: '2026-11-01', canGrams: '800', quantity: 20, lot: 'L-LEJOS', expiryDate: '2027-06-01' });
    await app.ok('drafts.put', { formKey: 'formula.batch', data: { rows: [{ caregiverNationalId: '41111111' }] } });

    const work = await app.ok('home.work', {});
    expect(Object.fromEntries(work.counts.map((c) => [c.key, [c.count, c.urgent]]))).toEqual({
      deliveriesDue: [2, 1],
      prescriptionsEnding: [1, 0],
      infantsTurningSix: [1, 0],
      coverageChanged: [1, 0],
      lotsExpiring: [1, 0],
      sheetDrafts: [1, 0],
    });
    const due = await app.ok('home.list', { key: 'deliveriesDue' });
    expect(due.rows.map((r) => [r.cells.infant, r.cells.state, r.cells.dueOn, r.cells.daysLate])).toEqual([
      ['Bebé Atrasada', 'Atrasada', '2026-11-10', 12],
      ['Bebé Toca', 'Le toca', '2026-11-20', 2],
    ]);
    expect(await infantsIn(app, 'prescriptionsEnding')).toEqual(['Bebé Atrasada']);
    expect(await infantsIn(app, 'infantsTurningSix')).toEqual(['Bebé Atrasada']);
    expect(await infantsIn(app, 'coverageChanged')).toEqual(['Resp. Toca']);

    // The windows are the admin's to set, not the registrar's.
    expect(await app.invoke('home.saveWindows', { overdueAfterDays: 30, endingWithinDays: 14, sixMonthsWithinDays: 14, lotsExpiringWithinDays: 60, idleGroupDays: 30, lateFacilityDays: 14 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Printed on A4 and exported: the same rows.
    const printed = await app.ok('print.workList', { key: 'deliveriesDue' });
    const pdf = inspectPdf(await pdfOf(printed.html), 'work-list-due', tempDir());
    expect(pdf.pages).toBe(1);
    for (const text of ['ENTREGAS QUE TOCAN (Y ATRASADAS)', 'Bebé Atrasada', '10/11/2026', 'Atrasada', 'Le toca']) expect(pdf.text).toContain(text);
    const csv = await app.ok('home.exportList', { key: 'deliveriesDue' });
    expect(csv.rowCount).toBe(2);
    expect(csv.csv).toContain('10/11/2026');
    // Another role's list is refused.
    expect(await app.invoke('home.list', { key: 'lockedUsers' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the admin’s day: facts about copies and bundles, locked users; the windows are the admin’s to set', async () => {
    const app = await setUpFacility();
    await addUser(app, 'luis.registro', 'registrar');
    app.main.ctx.sqlite.prepare("UPDATE user_credentials SET locked_until = ? WHERE user_id = (SELECT id FROM users WHERE username = 'luis.registro')").run(app.main.ctx.now() + 600_000);
    const work = await app.ok('home.work', {});
    expect(work.counts).toEqual([{ key: 'lockedUsers', count: 1, urgent: 0 }]);
    expect(work.status.map((s) => [s.key, s.tone])).toEqual([
      ['lastBackup', 'warning'],
      ['secondFolder', 'warning'],
      ['lastUpdate', 'ok'],
    ]);
    const saved = await app.ok('home.saveWindows', { overdueAfterDays: '10', endingWithinDays: 14, sixMonthsWithinDays: 14, lotsExpiringWithinDays: 60, idleGroupDays: 30, lateFacilityDays: 21 });
    expect(saved).toMatchObject({ overdueAfterDays: 10, lateFacilityDays: 21 });
    expect(await app.invoke('home.saveWindows', { ...saved, overdueAfterDays: 0 })).toMatchObject({ ok: false, error: { fieldErrors: { overdueAfterDays: expect.stringContaining('de 1 a 60') as unknown } } });
  });

  it('the health worker’s day: a facility that attends births has no support group yet', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const work = await app.ok('home.work', {});
    expect(work.counts.find((c) => c.key === 'birthFacilityWithoutGroup')?.count).toBe(1);
    expect(work.counts.map((c) => c.key)).toEqual(['sessionsThisWeek', 'idleGroups', 'repeatedAbsences', 'trainingMissing', 'plansAwaiting', 'birthFacilityWithoutGroup']);
  });

  it('the coordinator’s day: a facility that never sent, and one that did', async () => {
    const micro = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const silent = await siteOf('facility', '00001111', 'Puesto Callado');
    const sending = await siteOf('facility', '00002222', 'Puesto Puntual');
    enrol(silent, micro);
    enrol(sending, micro);
    const { importBundle } = await import('../../src-main/sync/import-service');
    importBundle(micro.main.ctx, exportToParent(sending.main.ctx).bytes);
    await addUser(micro, 'coord', 'coordinator', 'clave-de-prueba');
    await micro.ok('session.logout', {});
    await micro.ok('session.login', { username: 'coord', password: 'clave-de-prueba' });
    const late = await micro.ok('home.list', { key: 'lateFacilities' });
    expect(late.rows.map((r) => [r.cells.facility, r.cells.days])).toEqual([['Puesto Callado', 'nunca']]);
    // A file that is not a bundle: refused whole, listed with its reason.
    expect(() => importBundle(micro.main.ctx, Buffer.from('no es un paquete'))).toThrow();
    const refused = await micro.ok('home.list', { key: 'bundlesRefused' });
    expect(refused.rows.map((r) => [r.cells.refused, r.cells.facility])).toEqual([['el paquete entero', 'no se pudo comprobar quién lo envió']]);
    expect(String(refused.rows[0]?.cells.reason)).toMatch(/paquete de LactaRed/);
  });
});
