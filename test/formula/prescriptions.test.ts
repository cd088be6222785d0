import { describe, expect, it } from 'vitest';
import type { NewPrescriptionInput } from '../../src-shared/formula/schemas';
import { pdfDocument, scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, addUser, countRows, setUpFacility, type TestApp } from '../helpers/test-app';

// The test clock is 22/11/2026.
async function infantBornOn(birthDate: string): Promise<{ app: TestApp; infantId: string }> {
  const app = await setUpFacility();
  await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
  const caregiver = await app.ok('formula.createCaregiver', {
    nationalId: '45678912',
    firstNames: 'María',
    lastNames: 'Quispe',
    phone: '984123456',
    coverageChecked: true,
  });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', birthDate });
  return { app, infantId: withInfant.infants[0]?.id ?? '' };
}

let scan: string | null = null;
async function prescriptionImage() {
  scan ??= (await scannedPage(80)).toString('base64');
  return { fileName: 'receta.png', dataBase64: scan };
}

async function prescription(infantId: string, overrides: Partial<NewPrescriptionInput> = {}): Promise<NewPrescriptionInput> {
  return {
    infantId,
    prescriptionDate: '2026-11-20',
    reasonCode: 'hiv',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 6,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Médica pediatra',
    prescriberLicence: 'CMP 45678',
    hivCaregiverBirthDate: '1998-04-30',
    hivCaregiverSex: 'F',
    hivViralLoad: '< 50 copias/ml',
    hivModality: 'Tratamiento antirretroviral',
    prescriptionImage: await prescriptionImage(),
    ...overrides,
  };
}

describe('prescriptions', () => {
  it('an HIV-reason prescription with its image: months and grams from the birth and prescription dates', async () => {
    const { app, infantId } = await infantBornOn('2026-10-01');
    const status = await app.ok('formula.createPrescription', await prescription(infantId));
    // Born 1/10, prescribed 20/11: periods from 20/11 that start before 1/4/2027 → 5 months.
    expect(status).toMatchObject({ months: 5, maxMonths: 5, gramsAllowed: 20000, gramsRemaining: 20000, lastDeliveryDay: '2027-03-31' });
    const docs = await app.ok('attachments.list', { recordTable: 'prescriptions', recordId: status.id });
    expect(docs.current.map((d) => d.kind)).toEqual(['prescription']);
  });

  it('requires the HIV fields, the image, a known reason and valid partial grams', async () => {
    const { app, infantId } = await infantBornOn('2026-10-01');
    const cases: [Partial<NewPrescriptionInput>, string, RegExp][] = [
      [{ hivViralLoad: '' }, 'hivViralLoad', /motivo VIH/],
      [{ prescriptionImage: null }, 'prescriptionImage', /imagen escaneada/],
      [{ reasonCode: 'inventado' }, 'reasonCode', /no está en la lista/],
      [{ replacement: 'partial', gramsPerMonth: 0 }, 'gramsPerMonth', /reemplazo parcial/],
      [{ prescriptionDate: '2026-11-23' }, 'prescriptionDate', /posterior a hoy/],
      [{ durationMonths: 7 }, 'durationMonths', /1 a 6 meses/],
      [{ prescriptionImage: { fileName: 'receta.jpg', dataBase64: Buffer.from('MZ....').toString('base64') } }, 'prescriptionImage', /programa de Windows/],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await app.invoke('formula.createPrescription', await prescription(infantId, overrides));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.error.fieldErrors?.[field], field).toMatch(message);
    }
    expect(countRows(app, 'prescriptions')).toBe(0);
  });

  it('refuses an infant who is already 6 months old', async () => {
    const { app, infantId } = await infantBornOn('2026-05-20');
    const result = await app.invoke('formula.createPrescription', await prescription(infantId));
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { prescriptionDate: expect.stringMatching(/ya no está dentro del programa/) as unknown } } });
  });

  describe('decision not to breastfeed', () => {
    const counselling = {
      reasonCode: 'decisionNotToBreastfeed',
      hivViralLoad: '',
      counselor1Name: 'Lic. Rosa Pérez',
      counselor1Profession: 'Enfermera',
      counselor2Name: 'Lic. Juan Soto',
      counselor2Profession: 'Nutricionista',
    };

    it('is refused at 5 weeks of life', async () => {
      const { app, infantId } = await infantBornOn('2026-10-16');
      const result = await app.invoke(
        'formula.createPrescription',
        await prescription(infantId, { ...counselling, counselingDeclaration: { fileName: 'dj.pdf', dataBase64: pdfDocument(1).toString('base64') } }),
      );
      expect(result).toMatchObject({ ok: false, error: { fieldErrors: { prescriptionDate: expect.stringMatching(/primer mes de vida/) as unknown } } });
    });

    it('is accepted at 3 weeks with the declaration of two professions, both documents attached', async () => {
      const { app, infantId } = await infantBornOn('2026-10-30');
      const declaration = { fileName: 'declaracion.pdf', dataBase64: pdfDocument(1).toString('base64') };
      expect(await app.invoke('formula.createPrescription', await prescription(infantId, counselling))).toMatchObject({
        ok: false,
        error: { fieldErrors: { counselingDeclaration: expect.stringMatching(/declaración jurada/) as unknown } },
      });
      expect(
        await app.invoke('formula.createPrescription', await prescription(infantId, { ...counselling, counselor2Profession: 'ENFERMERA', counselingDeclaration: declaration })),
      ).toMatchObject({ ok: false, error: { fieldErrors: { counselor2Profession: expect.stringMatching(/distintas profesiones/) as unknown } } });
      const status = await app.ok('formula.createPrescription', await prescription(infantId, { ...counselling, counselingDeclaration: declaration }));
      expect(status.months).toBe(6);
      const docs = await app.ok('attachments.list', { recordTable: 'prescriptions', recordId: status.id });
      expect(docs.current.map((d) => d.kind).sort()).toEqual(['counselingDeclaration', 'prescription']);
    });
  });

  it('very-low-birth-weight premature needs the birth weight and the gestational age', async () => {
    const { app, infantId } = await infantBornOn('2026-02-01');
    const premature = { reasonCode: 'prematureVlbw', hivViralLoad: '', gestationalWeeks: 28 };
    expect(await app.invoke('formula.createPrescription', await prescription(infantId, premature))).toMatchObject({
      ok: false,
      error: { fieldErrors: { birthWeightGrams: expect.stringMatching(/muy bajo peso/) as unknown } },
    });
    // Born 1/2 at 28 weeks: corrected birth 26/4; 6 months corrected on 26/10, 12 months on 26/4/2027.
    const status = await app.ok('formula.createPrescription', await prescription(infantId, { ...premature, birthWeightGrams: 1200 }));
    expect(status).toMatchObject({ months: 6, lastDeliveryDay: '2027-04-25' });
  });
});

describe('deliveries', () => {
  it('two deliveries, the third refused for exceeding, with what remains; voiding gives it back', async () => {
    const { app, infantId } = await infantBornOn('2026-10-01');
    const created = await app.ok('formula.createPrescription', await prescription(infantId, { durationMonths: 1 }));
    expect(created.gramsAllowed).toBe(4000);
    await app.ok('formula.createDelivery', { prescriptionId: created.id, deliveryDate: '2026-11-20', cans800: 2, cans1kg: 0, receivedByName: 'María Quispe' });
    const second = await app.ok('formula.createDelivery', { prescriptionId: created.id, deliveryDate: '2026-11-22', cans800: 0, cans1kg: 2, confirmRepeat: true });
    expect(second).toMatchObject({ gramsDelivered: 3600, gramsRemaining: 400, cans800Remaining: 0 });
    const third = await app.invoke('formula.createDelivery', { prescriptionId: created.id, deliveryDate: '2026-11-22', cans800: 1, cans1kg: 0, confirmRepeat: true });
    expect(third).toMatchObject({
      ok: false,
      error: { fieldErrors: { cans800: 'Supera lo que queda por entregar: quedan 400 g (0 latas de 800 g o 0 latas de 1 kg).' } },
    });
    expect(countRows(app, 'deliveries')).toBe(2);

    const firstId = second.deliveries[0]?.id ?? '';
    const afterVoid = await app.ok('formula.voidDelivery', { deliveryId: firstId, reason: 'Se cargó dos veces por error' });
    expect(afterVoid).toMatchObject({ gramsDelivered: 2000, gramsRemaining: 2000 });
    expect(afterVoid.deliveries.find((d) => d.id === firstId)).toMatchObject({ voided: true, voidReason: 'Se cargó dos veces por error' });
    expect(countRows(app, 'deliveries')).toBe(2);
    expect(await app.invoke('formula.voidDelivery', { deliveryId: firstId, reason: 'otra vez' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses bad dates and absurd counts', async () => {
    const { app, infantId } = await infantBornOn('2026-10-01');
    const created = await app.ok('formula.createPrescription', await prescription(infantId));
    const cases: [Record<string, unknown>, string][] = [
      [{ deliveryDate: '2026-11-19', cans800: 1, cans1kg: 0 }, 'deliveryDate'],
      [{ deliveryDate: '2026-11-23', cans800: 1, cans1kg: 0 }, 'deliveryDate'],
      [{ deliveryDate: '2026-11-22', cans800: -2, cans1kg: 0 }, 'cans800'],
      [{ deliveryDate: '2026-11-22', cans800: 0, cans1kg: 0 }, 'cans800'],
      [{ deliveryDate: '2026-11-22', cans800: 999, cans1kg: 0 }, 'cans800'],
      [{ deliveryDate: '2026-02-30', cans800: 1, cans1kg: 0 }, 'deliveryDate'],
    ];
    for (const [values, field] of cases) {
      const result = await app.main.invoke('formula.createDelivery', { prescriptionId: created.id, ...values });
      expect(result.ok, JSON.stringify(values)).toBe(false);
      if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {})).toContain(field);
    }
    expect(countRows(app, 'deliveries')).toBe(0);
  });
});

describe('the reason list in force (reference data from the microrred or red)', () => {
  it('a withdrawn reason is refused for new prescriptions, a renamed one shows its new name, an added one follows the general rule', async () => {
    const { app, infantId } = await infantBornOn('2026-10-01');
    const insert = app.main.ctx.sqlite.prepare(
      "INSERT INTO formula_reasons (id, owner_site_id, hlc, deleted, code, label, side, active, created_at) VALUES (?, 'sitio-microrred', ?, 0, ?, ?, ?, ?, 0)",
    );
    insert.run('r1', '1790000000000-000000-sitio-microrred', 'htlv', 'Persona con infección por HTLV I/II', 'caregiver', 0);
    insert.run('r2', '1790000000000-000001-sitio-microrred', 'hiv', 'VIH (según norma vigente)', 'caregiver', 1);
    insert.run('r3', '1790000000000-000002-sitio-microrred', 'motivo-nuevo', 'Intolerancia documentada a la leche materna', 'infant', 1);

    const listed = await app.ok('formula.reasons', {});
    expect(listed.find((r) => r.code === 'htlv')?.active).toBe(false);
    expect(listed.find((r) => r.code === 'motivo-nuevo')).toMatchObject({ side: 'infant', rule: 'general', active: true });

    const refused = await app.invoke('formula.createPrescription', await prescription(infantId, { reasonCode: 'htlv' }));
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { reasonCode: 'Ese motivo no está en la lista vigente.' } } });
    const renamed = await app.ok('formula.createPrescription', await prescription(infantId));
    // The registrar who typed it sees the entitlement, not the diagnosis (issue 18.3).
    expect(renamed).toMatchObject({ reasonLabel: 'Reservado al personal de salud', reasonCode: '' });
    // The same infant again: a renewal of its current prescription (one at a time, issue 14.3).
    const added = await app.ok('formula.createPrescription', await prescription(infantId, { reasonCode: 'motivo-nuevo', prescriptionDate: '2026-11-21', renewsPrescriptionId: renamed.id }));
    expect(added).toMatchObject({ months: 5 });
    // Health staff see the names in force, and their look is in the audit log.
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await addUser(app, 'eva.salud', 'health', 'clave-de-eva');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'eva.salud', password: 'clave-de-eva' });
    expect((await app.ok('formula.prescriptionStatus', { id: renamed.id })).reasonLabel).toBe('VIH (según norma vigente)');
    expect((await app.ok('formula.prescriptionStatus', { id: added.id })).reasonLabel).toBe('Intolerancia documentada a la leche materna');
    expect(countRows(app, "audit_log WHERE action = 'formula.clinicalView'")).toBe(2);

    // Kept by the level above, never here.
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await addUser(app, 'coord.local', 'coordinator', 'clave-de-coord');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'coord.local', password: 'clave-de-coord' });
    expect(await app.invoke('formula.saveReason', { code: 'hiv', label: 'Otro nombre', side: 'caregiver', active: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the entitlement per infant and the prescription lifecycle (issue 14.3, 14.5)', () => {
  it('the probe: two overlapping HIV prescriptions for one infant, 60 cans, end at 24,000 g', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const first = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02' }));
    // A second one while the first is current is refused, with the way out.
    expect(await app.invoke('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-03' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/ya tiene una receta vigente \(del 02\/11\/2026.*renovación/) as unknown },
    });
    // Two overlapping ones all the same (an older database, or a received one): copied in the file.
    const db = app.main.ctx.sqlite;
    db.prepare('CREATE TEMP TABLE copy AS SELECT * FROM prescriptions WHERE id = ?').run(first.id);
    db.prepare("UPDATE copy SET id = '0190a1b2-0000-7000-8000-0000000000b2', prescription_date = '2026-11-03', hlc = hlc || 'x'").run();
    db.prepare('INSERT INTO prescriptions SELECT * FROM copy').run();
    let given = 0;
    for (let i = 0; i < 60; i += 1) {
      const target = i % 2 === 0 ? first.id : '0190a1b2-0000-7000-8000-0000000000b2';
      const result = await app.invoke('formula.createDelivery', { prescriptionId: target, deliveryDate: '2026-11-20', cans800: 1, cans1kg: 0, confirmRepeat: true });
      if (result.ok) given += 800;
    }
    expect(given).toBe(24_000);
    expect(await app.ok('formula.prescriptionStatus', { id: first.id })).toMatchObject({ infantCapGrams: 24_000, infantDeliveredGrams: 24_000, gramsRemaining: 0 });
  });

  it('a renewal closes the current prescription on its date; what was delivered under it keeps counting', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const first = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02', durationMonths: 1 }));
    await app.ok('formula.createDelivery', { prescriptionId: first.id, deliveryDate: '2026-11-05', cans800: 5, cans1kg: 0, confirmRepeat: true });
    const renewal = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-20', renewsPrescriptionId: first.id }));
    expect(await app.ok('formula.prescriptionStatus', { id: first.id })).toMatchObject({ status: 'closed', statusOn: '2026-11-20', closeCause: 'renewed' });
    expect(renewal).toMatchObject({ renewsPrescriptionId: first.id, infantCapGrams: 24_000, infantDeliveredGrams: 4_000, gramsRemaining: 20_000 });
    expect(await app.invoke('formula.createDelivery', { prescriptionId: first.id, deliveryDate: '2026-11-21', cans800: 1, cans1kg: 0, confirmRepeat: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('cerrada desde el 20/11/2026') as unknown } });
  });

  it('suspend, resume and close, with the reason and the audit old → new', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const p = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02' }));
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-05', cans800: 2, cans1kg: 0, confirmRepeat: true });
    expect(await app.invoke('formula.setPrescriptionState', { prescriptionId: p.id, to: 'suspended', on: '2026-11-05', note: 'Prueba de lactancia' })).toMatchObject({ ok: false, error: { fieldErrors: { on: expect.stringContaining('05/11/2026') as unknown } } });
    expect(await app.invoke('formula.setPrescriptionState', { prescriptionId: p.id, to: 'suspended', on: '2026-11-10', note: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.ok('formula.setPrescriptionState', { prescriptionId: p.id, to: 'suspended', on: '2026-11-10', note: 'Prueba de lactancia' })).toMatchObject({ status: 'suspended', statusOn: '2026-11-10' });
    expect(await app.invoke('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-12', cans800: 1, cans1kg: 0, confirmRepeat: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('suspendida desde el 10/11/2026') as unknown } });
    await app.ok('formula.setPrescriptionState', { prescriptionId: p.id, to: 'active', on: '2026-11-15', note: '' });
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-16', cans800: 1, cans1kg: 0, confirmRepeat: true });
    expect(await app.ok('formula.setPrescriptionState', { prescriptionId: p.id, to: 'closed', on: '2026-11-20', cause: 'breastfeeding', note: '' })).toMatchObject({ status: 'closed', closeCause: 'breastfeeding' });
    expect(await app.invoke('formula.setPrescriptionState', { prescriptionId: p.id, to: 'active', on: '2026-11-21', note: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('cerrada') as unknown } });
    const audit = app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'formula.prescriptionState' ORDER BY id").pluck().all();
    expect(audit).toEqual([
      'Vigente → Suspendida el 10/11/2026: Prueba de lactancia',
      'Suspendida → Vigente el 15/11/2026',
      'Vigente → Cerrada (Volvió a la lactancia materna) el 20/11/2026',
    ]);
    // Closed, the infant may get a new prescription again (not a renewal).
    await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-21' }));
  });
});

describe('coverage at every prescription and delivery (issue 14.6)', () => {
  it('a caregiver who appears in a later padrón gets no new delivery (form or sheet) and no new prescription', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const p = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02' }));
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-05', cans800: 2, cans1kg: 0, confirmRepeat: true });
    const padron = Buffer.from('dni;nombre;obra social\n45678912;María Quispe;EsSalud\n').toString('base64');
    await app.ok('formula.importCoverage', { fileName: 'padron-noviembre.csv', listDate: '2026-11-21', dataBase64: padron });
    const refused = await app.invoke('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-22', cans800: 1, cans1kg: 0, confirmRepeat: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('padrón del 21/11/2026, el responsable tiene cobertura de EsSalud') as unknown } });
    const sheet = await app.ok('formula.batchDeliveries', { rows: [{ caregiverNationalId: '45678912', deliveryDate: '2026-11-22', cans800: '1', cans1kg: '' }] });
    expect(sheet[0]).toMatchObject({ ok: false, errors: { cans800: expect.stringContaining('cobertura de EsSalud') as unknown } });
    await app.ok('formula.setPrescriptionState', { prescriptionId: p.id, to: 'closed', on: '2026-11-21', cause: 'other', note: 'Tiene EsSalud' });
    expect(await app.invoke('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-22' }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(countRows(app, 'deliveries')).toBe(1);
    // Listed for the registrar: who the padrón in force now names.
    const listed = await app.ok('formula.list', { kind: 'caregivers', coveredOnly: true });
    expect(listed.rows.map((r) => r.cells.nationalId)).toEqual(['45678912']);
    await app.ok('formula.createCaregiver', { nationalId: '11223344', firstNames: 'Rosa', lastNames: 'Mamani', phone: '9', coverageChecked: true });
    expect((await app.ok('formula.list', { kind: 'caregivers', coveredOnly: true })).total).toBe(1);
    expect((await app.ok('formula.list', { kind: 'caregivers' })).total).toBe(2);
  });
});

describe('the same delivery typed twice (issue 14.8)', () => {
  it('a delivery less than 7 days after another to the same infant (any prescription, screen or sheet) is warned and needs a confirmation', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const p = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02' }));
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-10', cans800: 2, cans1kg: 0 });
    const again = await app.invoke('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-10', cans800: 2, cans1kg: 0 });
    expect(again).toMatchObject({ ok: false, error: { fieldErrors: { confirmRepeat: expect.stringContaining('ya recibió 2 × 800 g el 10/11/2026') as unknown } } });
    const sheet = await app.ok('formula.batchDeliveries', { rows: [{ caregiverNationalId: '45678912', deliveryDate: '2026-11-15', cans800: '1', cans1kg: '' }] });
    expect(sheet[0]).toMatchObject({ ok: false, errors: { confirmRepeat: expect.stringContaining('10/11/2026') as unknown } });
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-17', cans800: 1, cans1kg: 0 });
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-18', cans800: 1, cans1kg: 0, confirmRepeat: true });
    expect(countRows(app, 'deliveries')).toBe(3);
  });
});

describe('the prescription form answers every problem at once (issue 14.7)', () => {
  it('missing HIV fields, bad partial grams and no scan come back together', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const result = await app.invoke('formula.createPrescription', await prescription(infantId, { hivViralLoad: '', replacement: 'partial', gramsPerMonth: 0, prescriptionImage: null }));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : (result.error.fieldErrors ?? {})).sort()).toEqual(['gramsPerMonth', 'hivViralLoad', 'prescriptionImage']);
  });
});

describe('the delivery protocol of seed 004 (issue 14.9)', () => {
  it('is recorded per prescription with who and when, printed on the prescription and counted in the monthly report', async () => {
    const { app, infantId } = await infantBornOn('2026-11-02');
    const p = await app.ok('formula.createPrescription', await prescription(infantId, { prescriptionDate: '2026-11-02' }));
    expect(p.protocol).toMatchObject({ complete: false, checkedAt: null });
    const half = await app.ok('formula.setProtocol', { prescriptionId: p.id, checks: { breastfeedingSupported: true, coverageAsked: true } });
    expect(half.protocol).toMatchObject({ complete: false, checkedBy: 'Persona luis.registro', checkedAt: app.clock.nowMs });
    const done = await app.ok('formula.setProtocol', { prescriptionId: p.id, checks: { breastfeedingSupported: true, coverageAsked: true, instructionsGiven: true, understandingChecked: true } });
    expect(done.protocol.complete).toBe(true);
    expect((await app.ok('print.prescription', { prescriptionId: p.id })).html).toContain('☒ Se verificó que la familia comprendió las indicaciones');
    await app.ok('formula.createDelivery', { prescriptionId: p.id, deliveryDate: '2026-11-10', cans800: 2, cans1kg: 0 });
    expect((await app.ok('print.deliveriesReport', { year: 2026, month: 11 })).html).toContain('completo en las recetas de 1 de 1 lactantes');
    expect(app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'formula.protocol' ORDER BY id").pluck().all()).toEqual(['2 de 5 puntos del protocolo de entrega', '4 de 5 puntos del protocolo de entrega']);
  });
});
