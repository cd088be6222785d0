import { describe, expect, it } from 'vitest';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, addUser, facilityAs, type TestApp } from '../helpers/test-app';

// The test clock is 22/11/2026. A very low birth weight premature is served at 6–12 months of corrected age.
async function prematureCase(app: TestApp): Promise<string> {
  const caregiver = await app.ok('formula.createCaregiver', { nationalId: '45678912', firstNames: 'Belén', lastNames: 'Quispe', phone: '9', coverageChecked: true });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Luz', lastNames: 'Quispe', birthDate: '2026-02-01' });
  const status = await app.ok('formula.createPrescription', {
    infantId: withInfant.infants[0]?.id ?? '',
    prescriptionDate: '2026-11-20',
    reasonCode: 'prematureVlbw',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 3,
    prescriberName: 'Dra. Torres',
    prescriberProfession: 'Pediatra',
    prescriberLicence: 'CMP 1',
    gestationalWeeks: 28,
    birthWeightGrams: 1350,
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(40)).toString('base64') },
  });
  return status.id;
}

async function signIn(app: TestApp, username: string, password: string) {
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password });
}

describe('clinical fields of the prescription edit, its history and the audit log (issue 18.3)', () => {
  it('the registrar neither sees nor edits the birth weight; the facility may let them; the history and the log keep the diagnosis for them', async () => {
    const app = await facilityAs('registrar', 'luis.registro', 'clave-de-luis');
    const id = await prematureCase(app);
    const registrarForm = await app.ok('records.editForm', { table: 'prescriptions', id });
    expect(registrarForm.fields.map((f) => f.column)).not.toContain('birth_weight_grams');
    expect(registrarForm.fields.map((f) => f.column)).not.toContain('gestational_weeks');
    expect(JSON.stringify(registrarForm)).not.toContain('1350');
    expect(await app.invoke('records.edit', { table: 'prescriptions', id, changes: { birth_weight_grams: '1400' }, reason: 'Mal copiado' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/personal de salud/) as unknown } });
    await app.ok('records.edit', { table: 'prescriptions', id, changes: { prescriber_licence: 'CMP 12' }, reason: '' });

    // Health staff read but do not type prescriptions; the facility's admin may let its registrars see clinical data.
    await signIn(app, 'rosa.quispe', ADMIN_PASSWORD);
    await app.ok('settings.setRegistrarClinical', { on: true });
    await signIn(app, 'luis.registro', 'clave-de-luis');
    const clinicalForm = await app.ok('records.editForm', { table: 'prescriptions', id });
    expect(clinicalForm.fields.find((f) => f.column === 'birth_weight_grams')?.value).toBe('1350');
    await app.ok('records.edit', { table: 'prescriptions', id, changes: { birth_weight_grams: '1400', prescriber_name: 'Dra. Ana Torres' }, reason: 'Mal copiado de la historia clínica' });
    await signIn(app, 'rosa.quispe', ADMIN_PASSWORD);
    await addUser(app, 'eva.salud', 'health', 'clave-de-eva');
    await signIn(app, 'eva.salud', 'clave-de-eva');
    const seenByHealth = await app.ok('audit.recordHistory', { table: 'prescriptions', id });
    expect(seenByHealth.find((e) => e.action === 'record.editClinical')?.detail).toMatch(/1350.*1400/);
    expect(seenByHealth.find((e) => e.action === 'formula.prescriptionCreate')?.detail).toMatch(/prematur/i);
    // The plain change is a separate entry that says nothing clinical.
    const plainEdits = seenByHealth.filter((e) => e.action === 'record.edit').map((e) => e.detail);
    expect(plainEdits.some((d) => d.includes('Dra. Ana Torres'))).toBe(true);
    expect(plainEdits.join(' ')).not.toContain('1400');

    await signIn(app, 'rosa.quispe', ADMIN_PASSWORD);
    await app.ok('settings.setRegistrarClinical', { on: false });
    await signIn(app, 'luis.registro', 'clave-de-luis');
    const seenByRegistrar = await app.ok('audit.recordHistory', { table: 'prescriptions', id });
    for (const action of ['record.editClinical', 'formula.prescriptionCreate']) {
      expect(seenByRegistrar.find((e) => e.action === action)?.detail).toBe('Reservado al personal de salud');
    }
    expect(JSON.stringify(seenByRegistrar)).not.toMatch(/1400|1350|prematur/i);

    // The admin reads the log to manage the site, never a diagnosis; a search cannot count them either.
    await signIn(app, 'rosa.quispe', ADMIN_PASSWORD);
    const log = await app.ok('audit.list', { page: 1 });
    expect(log.entries.some((e) => e.action === 'formula.prescriptionCreate')).toBe(true);
    expect(JSON.stringify(log.entries)).not.toMatch(/1400|1350|prematur/i);
    expect((await app.ok('audit.list', { text: 'prematur', page: 1 })).total).toBe(0);
    expect((await app.ok('audit.list', { text: '1400', page: 1 })).total).toBe(0);
  });
});
