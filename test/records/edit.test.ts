import { describe, expect, it } from 'vitest';
import { correctRecord } from '../../src-main/sync/corrections-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';

// The test clock is 22/11/2026.
async function registrarAt(app: TestApp): Promise<void> {
  await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
}

async function facilityWithInfant(birthDate = '2026-11-02') {
  const app = await siteOf('facility', '00001111', 'Puesto Uno');
  await registrarAt(app);
  const caregiver = await app.ok('formula.createCaregiver', { nationalId: '45678912', firstNames: 'María', lastNames: 'Quispe', phone: '984123456', coverageChecked: true });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate, nationalId: '78945612' });
  const infantId = withInfant.infants[0]?.id ?? '';
  const image = { fileName: 'receta.png', dataBase64: (await scannedPage(60)).toString('base64') };
  const prescription = await app.ok('formula.createPrescription', {
    infantId,
    prescriptionDate: '2026-11-05',
    reasonCode: 'adoption',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 6,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 45678',
    prescriptionImage: image,
  });
  return { app, caregiverId: caregiver.id, infantId, prescriptionId: prescription.id };
}

const audit = (app: TestApp) => app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'record.edit' ORDER BY id").pluck().all() as string[];

describe('edit at the facility (issue 14.1)', () => {
  it('the form opens with the record as it is; only changed fields are sent; the audit keeps old → new', async () => {
    const { app, caregiverId } = await facilityWithInfant();
    const form = await app.ok('records.editForm', { table: 'caregivers', id: caregiverId });
    expect(form.fields.find((f) => f.column === 'phone')?.value).toBe('984123456');
    await app.ok('records.edit', { table: 'caregivers', id: caregiverId, changes: { phone: '999 111 222', first_names: 'María Elena' }, reason: '' });
    expect(audit(app)).toEqual(['Nombres: «María» → «María Elena»; Teléfono: «984123456» → «999 111 222»']);
    // Found by search under the new name.
    expect((await app.ok('formula.searchCaregivers', { query: 'maria elena' })).map((c) => c.id)).toEqual([caregiverId]);
    expect(await app.invoke('records.edit', { table: 'caregivers', id: caregiverId, changes: { phone: '999 111 222' }, reason: '' })).toMatchObject({ ok: false, error: { message: 'No cambió ningún dato.' } });
  });

  it('bad fields, fields not in the form, a missing reason, a wrong role and another site’s record are refused', async () => {
    const { app, infantId } = await facilityWithInfant();
    expect(await app.invoke('records.edit', { table: 'infants', id: infantId, changes: { birth_date: '31/02/2026', sex: 'Q' }, reason: 'x' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { birth_date: expect.stringContaining('fecha real') as unknown, sex: expect.stringContaining('elija') as unknown } },
    });
    expect(await app.invoke('records.edit', { table: 'infants', id: infantId, changes: { owner_site_id: 'x' }, reason: 'x' })).toMatchObject({ ok: false, error: { fieldErrors: { owner_site_id: expect.stringContaining('no se puede cambiar') as unknown } } });
    expect(await app.invoke('records.edit', { table: 'infants', id: infantId, changes: { birth_date: '01/11/2026' }, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { reason: expect.stringContaining('motivo') as unknown } } });
    expect(await app.invoke('records.edit', { table: 'audit_log', id: infantId, changes: {}, reason: '' })).toMatchObject({ ok: false });
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await addUser(app, 'ana.salud', 'health', 'clave-de-ana');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'ana.salud', password: 'clave-de-ana' });
    expect(await app.invoke('records.edit', { table: 'infants', id: infantId, changes: { first_names: 'Otro' }, reason: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a mistyped birth date is fixed with a reason; one that would break the prescription is refused with the rule', async () => {
    const { app, infantId } = await facilityWithInfant('2026-11-02');
    await app.ok('records.edit', { table: 'infants', id: infantId, changes: { birth_date: '01/11/2026' }, reason: 'Mal digitado según el DNI' });
    expect(audit(app)).toEqual(['Fecha de nacimiento: «02/11/2026» → «01/11/2026». Motivo: Mal digitado según el DNI']);
    const refused = await app.invoke('records.edit', { table: 'infants', id: infantId, changes: { birth_date: '01/01/2026' }, reason: 'otro' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/La receta del 05\/11\/2026 dejaría de valer: .*cumplió la edad límite el 01\/07\/2026/) as unknown } });
  });

  it('a prescription is edited while it allows: its deliveries must still fit, and a closed one is not edited', async () => {
    const { app, prescriptionId } = await facilityWithInfant();
    await app.ok('formula.createDelivery', { prescriptionId, deliveryDate: '2026-11-10', cans800: 10, cans1kg: 0, confirmRepeat: true });
    expect(await app.invoke('records.edit', { table: 'prescriptions', id: prescriptionId, changes: { prescription_date: '12/11/2026' }, reason: 'fecha' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('La entrega del 10/11/2026 quedaría antes de su receta') as unknown },
    });
    expect(await app.invoke('records.edit', { table: 'prescriptions', id: prescriptionId, changes: { replacement: 'partial', grams_per_month: '1000' }, reason: 'parcial' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('más de los 6.000 g que permite') as unknown },
    });
    await app.ok('records.edit', { table: 'prescriptions', id: prescriptionId, changes: { prescriber_licence: 'CMP 45679' }, reason: '' });
    await app.ok('formula.setPrescriptionState', { prescriptionId, to: 'closed', on: '2026-11-20', cause: 'movedAway', note: '' });
    expect(await app.invoke('records.edit', { table: 'prescriptions', id: prescriptionId, changes: { prescriber_licence: 'CMP 1' }, reason: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('cerrada') as unknown } });
  });

  it('no duplicate people: the same infant DNI or caregiver DNI twice is refused, a likely duplicate is warned', async () => {
    const { app, caregiverId } = await facilityWithInfant();
    expect(await app.invoke('formula.createInfant', { caregiverId, firstNames: 'Otro', lastNames: 'Niño', birthDate: '2026-11-03', nationalId: '78945612' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { nationalId: expect.stringContaining('Ya hay un lactante con ese DNI: Thiago Quispe, a cargo de María Quispe (DNI 45678912)') as unknown } },
    });
    expect(await app.invoke('formula.createInfant', { caregiverId, firstNames: 'thiago', lastNames: 'QUISPE', birthDate: '2026-11-02' })).toMatchObject({ ok: false, error: { fieldErrors: { confirmLikelyDuplicate: expect.stringContaining('mismo nombre') as unknown } } });
    await app.ok('formula.createInfant', { caregiverId, firstNames: 'thiago', lastNames: 'QUISPE', birthDate: '2026-11-02', confirmLikelyDuplicate: true });
    const other = await app.ok('formula.createCaregiver', { nationalId: '11223344', firstNames: 'Rosa', lastNames: 'Mamani', phone: '9', coverageChecked: true });
    expect(await app.invoke('records.edit', { table: 'caregivers', id: other.id, changes: { national_id: '45678912' }, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { national_id: expect.stringContaining('otro responsable') as unknown } } });
  });

  it('the edit travels in the next bundle and is applied at the microrred', async () => {
    const { app, caregiverId } = await facilityWithInfant();
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(app, m);
    importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes);
    await app.ok('records.edit', { table: 'caregivers', id: caregiverId, changes: { address: 'Jr. Lima 123' }, reason: '' });
    expect(importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes).summary.caregivers).toMatchObject({ updated: 1 });
    expect(m.main.ctx.sqlite.prepare('SELECT address FROM caregivers WHERE id = ?').pluck().get(caregiverId)).toBe('Jr. Lima 123');
  });
});

describe('one set of rules for corrections too (issue 14.2)', () => {
  it('a coordinator’s correction to 9,999 cans or of a birth date that breaks the prescription is refused with the rule', async () => {
    const { app, infantId, prescriptionId } = await facilityWithInfant();
    await app.ok('formula.createDelivery', { prescriptionId, deliveryDate: '2026-11-10', cans800: 2, cans1kg: 0, confirmRepeat: true });
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(app, m);
    importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes);
    const deliveryId = m.main.ctx.sqlite.prepare('SELECT id FROM deliveries').pluck().get() as string;
    expect(() => correctRecord(m.main.ctx, { table: 'deliveries', id: deliveryId, changes: { cans_800: 9999 }, reason: 'x' })).toThrow(/Revise/);
    expect(() => correctRecord(m.main.ctx, { table: 'infants', id: infantId, changes: { birth_date: '01/01/2026' }, reason: 'x' })).toThrow(/dejaría de valer/);
    expect(() => correctRecord(m.main.ctx, { table: 'deliveries', id: deliveryId, changes: { cans_800: 40 }, reason: 'x' })).toThrow(/más de los/);
    correctRecord(m.main.ctx, { table: 'deliveries', id: deliveryId, changes: { cans_800: 3 }, reason: 'Eran 3' });
    expect(importBundle(app.main.ctx, exportToChild(m.main.ctx, '00001111').bytes).summary.deliveries).toMatchObject({ updated: 1 });
  });

  it('a correction received in a bundle that breaks the rules is refused there and audited', async () => {
    const { app, infantId } = await facilityWithInfant();
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(app, m);
    importBundle(m.main.ctx, exportToParent(app.main.ctx).bytes);
    correctRecord(m.main.ctx, { table: 'infants', id: infantId, changes: { first_names: 'Thiago Andrés' }, reason: 'nombre' });
    // The microrred's copy changed past the rules (an older version, or an edited file).
    const mId = m.main.ctx.sqlite.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
    m.main.ctx.sqlite.prepare("UPDATE infants SET birth_date = '2026-01-01', hlc = ? WHERE id = ?").run(`${String(m.clock.nowMs + 1000)}-000000-${mId}`, infantId);
    const result = importBundle(app.main.ctx, exportToChild(m.main.ctx, '00001111').bytes);
    expect(result.summary.infants).toMatchObject({ updated: 0, refused: 1 });
    expect(app.main.ctx.sqlite.prepare('SELECT birth_date FROM infants WHERE id = ?').pluck().get(infantId)).toBe('2026-11-02');
    expect(app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'sync.correctionRefused'").pluck().get()).toMatch(/dejaría de valer/);
  });
});
