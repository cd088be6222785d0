import { afterAll, describe, expect, it } from 'vitest';
import type { NewPrescriptionInput } from '../../src-shared/formula/schemas';
import { deliveriesReportDocument } from '../../src-shared/printing/deliveries-report';
import { printText } from '../../src-shared/printing/text';
import { pdfDocument, scannedPage } from '../helpers/generated-files';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { ADMIN_PASSWORD, addUser, facilityAs, tempDir, type TestApp } from '../helpers/test-app';

afterAll(closePdfEngine);

// The test clock is 22/11/2026.
async function registeredInfant(app: TestApp, birthDate = '2026-10-30') {
  const caregiver = await app.ok('formula.createCaregiver', {
    nationalId: '45678912',
    firstNames: 'María <b>',
    lastNames: 'Quispe </td>',
    phone: '984123456',
    coverageChecked: true,
  });
  const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: 'Thiago', lastNames: 'Quispe', nationalId: '91234567', birthDate });
  return withInfant.infants[0]?.id ?? '';
}

async function prescriptionFor(infantId: string, overrides: Partial<NewPrescriptionInput> = {}): Promise<NewPrescriptionInput> {
  return {
    infantId,
    prescriptionDate: '2026-11-20',
    reasonCode: 'decisionNotToBreastfeed',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    durationMonths: 1,
    prescriberName: 'Dra. Ana Torres',
    prescriberProfession: 'Médica pediatra',
    prescriberLicence: 'CMP 45678',
    counselor1Name: 'Lic. Rosa Pérez',
    counselor1Profession: 'Enfermera',
    counselor2Name: 'Lic. Juan Soto',
    counselor2Profession: 'Nutricionista',
    prescriptionImage: { fileName: 'receta.png', dataBase64: (await scannedPage(80)).toString('base64') },
    counselingDeclaration: { fileName: 'declaracion.pdf', dataBase64: pdfDocument(1).toString('base64') },
    ...overrides,
  };
}

const onePageA4 = (pdf: { pages: number; pageSizeMm: readonly [number, number] }) => {
  expect(pdf.pages).toBe(1);
  expect(pdf.pageSizeMm).toEqual([210, 297]);
};

describe('formula program forms, rendered to PDF in Chromium', () => {
  it('the prescription model (FI Ilustración 1): the seven numbered fields, filled from a prescription and blank', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const status = await app.ok('formula.createPrescription', await prescriptionFor(await registeredInfant(app)));
    const filled = await app.ok('print.prescription', { prescriptionId: status.id });
    expect(filled.title).toBe('Prescripción de fórmula — 20/11/2026');
    const pdf = inspectPdf(await pdfOf(filled.html), 'prescription-filled', tempDir());
    onePageA4(pdf);
    printText.prescription.fields.forEach((label, i) => expect(pdf.lines).toContainEqual(expect.stringContaining(`${i + 1}) ${label}`)));
    const valueUnder = (label: string) => pdf.lines[pdf.lines.indexOf(label) + 1];
    expect(valueUnder('1) Fecha de prescripción.')).toBe('20/11/2026');
    expect(valueUnder('3) DNI de la madre o cuidador principal.')).toBe('45678912');
    expect(valueUnder('6) Duración de la prescripción (1 a 6 meses).')).toBe('1 mes');
    for (const value of ['20/11/2026', 'Thiago Quispe — DNI 91234567 — nacido/a el 30/10/2026', '45678912', 'Fórmula de inicio', '1 mes', 'Dra. Ana Torres', 'Matrícula CMP 45678', 'Centro de Salud San Juan']) {
      expect(pdf.text).toContain(value);
    }
    // The diagnosis is printed only for health staff (issue 18.3): the registrar's copy leaves it blank.
    expect(pdf.text).not.toContain('Decisión de no amamantar');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await addUser(app, 'eva.salud', 'health', 'clave-de-eva');
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'eva.salud', password: 'clave-de-eva' });
    const forHealth = inspectPdf(await pdfOf((await app.ok('print.prescription', { prescriptionId: status.id })).html), 'prescription-health', tempDir());
    expect(forHealth.text).toContain('Decisión de no amamantar');
    const blank = await app.ok('print.prescription', { prescriptionId: null });
    const blankPdf = inspectPdf(await pdfOf(blank.html), 'prescription-blank', tempDir());
    onePageA4(blankPdf);
    expect(blankPdf.lines).toContain('7) Firma, matrícula y sello legible del médico responsable.');
    expect(blankPdf.lines).toContain('1) Fecha de prescripción.');
    expect(blankPdf.text).not.toContain('Thiago');
    // An infant without a document yet reads «sin DNI», not «DNI sin DNI» (issue 15).
    expect(printText.prescription.infant('Luz Mamani', null, '01/11/2026')).toBe('Luz Mamani — sin DNI — nacido/a el 01/11/2026');
    expect(printText.prescription.infant('Luz Mamani', '', '01/11/2026')).toBe('Luz Mamani — sin DNI — nacido/a el 01/11/2026');
  });

  it('the counselling declaration (FI Ilustración 2): facility, infant and the two professionals', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const status = await app.ok('formula.createPrescription', await prescriptionFor(await registeredInfant(app)));
    const printed = await app.ok('print.declaration', { prescriptionId: status.id });
    const pdf = inspectPdf(await pdfOf(printed.html), 'declaration-filled', tempDir());
    onePageA4(pdf);
    expect(pdf.text).toContain('DECLARACIÓN JURADA DE CONSEJERÍA');
    expect(pdf.text).toContain('el equipo de salud de Centro de Salud San Juan ha realizado consejería a los adultos responsables de Thiago Quispe, DNI 91234567,');
    for (const value of ['Nombre: Lic. Rosa Pérez', 'Profesión: Enfermera', 'Nombre: Lic. Juan Soto', 'Profesión: Nutricionista', '20/11/2026']) expect(pdf.text).toContain(value);
    const blank = inspectPdf(await pdfOf((await app.ok('print.declaration', { prescriptionId: null })).html), 'declaration-blank', tempDir());
    onePageA4(blank);
    expect(blank.text).toContain('(nombre, apellido y DNI del lactante)');
  });

  it('the declaration before the prescription is saved: filled with what the form holds (issue 14.7)', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const infantId = await registeredInfant(app);
    const draft = { infantId, prescriptionDate: '21/11/2026', counselor1Name: 'Lic. Rosa Pérez', counselor1Profession: 'Enfermera', counselor2Name: 'Lic. Juan Soto', counselor2Profession: 'Nutricionista' };
    const pdf = inspectPdf(await pdfOf((await app.ok('print.declaration', { prescriptionId: null, draft })).html), 'declaration-draft', tempDir());
    onePageA4(pdf);
    expect(pdf.text).toContain('Thiago Quispe, DNI 91234567');
    for (const value of ['Nombre: Lic. Rosa Pérez', 'Profesión: Nutricionista', '21/11/2026']) expect(pdf.text).toContain(value);
    const unfinished = await app.ok('print.declaration', { prescriptionId: null, draft: { ...draft, prescriptionDate: '21/11/20' } });
    expect(unfinished.html).not.toContain('21/11/20');
  });

  it('a delivery receipt: what was delivered, what remains, never the diagnosis; names printed literally', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const infantId = await registeredInfant(app, '2026-10-01');
    const status = await app.ok('formula.createPrescription', await prescriptionFor(infantId, { reasonCode: 'adoption', durationMonths: 3, counselingDeclaration: null, counselor1Name: '', counselor2Name: '' }));
    const after = await app.ok('formula.createDelivery', { prescriptionId: status.id, deliveryDate: '21/11/2026', cans800: 3, cans1kg: 1, receivedByNationalId: '', receivedByName: '', confirmRepeat: true });
    const deliveryId = after.deliveries[0]?.id ?? '';
    const printed = await app.ok('print.deliveryReceipt', { deliveryId });
    expect(printed.html).toContain('María &lt;b&gt; Quispe &lt;/td&gt;');
    const pdf = inspectPdf(await pdfOf(printed.html), 'delivery-receipt', tempDir());
    onePageA4(pdf);
    // 3 × 800 g + 1 × 1 kg = 3,400 g of the 12,000 g of three months.
    for (const value of ['21/11/2026', 'María <b> Quispe </td>', '45678912', 'Thiago Quispe', '3.400 g', `Gramos ${(12000 - 3400).toLocaleString('de-DE')} g`, 'Entregado hasta hoy con esta prescripción 3.400 g', '10 latas de 800 g o 8 latas de 1 kg']) {
      expect(pdf.text).toContain(value);
    }
    expect(pdf.text).not.toContain('adopción');
    const audit = app.main.ctx.sqlite.prepare("SELECT record_table, record_id FROM audit_log WHERE action = 'print.document' ORDER BY rowid DESC LIMIT 1").get();
    expect(audit).toEqual({ record_table: 'deliveries', record_id: deliveryId });
    expect(await app.invoke('print.deliveryReceipt', { deliveryId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    onePageA4(inspectPdf(await pdfOf((await app.ok('print.deliveryReceipt', { deliveryId: null })).html), 'delivery-receipt-blank', tempDir()));
  });

  it('the monthly deliveries report: totals and the detail of the month, voided deliveries left out', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const infantId = await registeredInfant(app, '2026-10-01');
    const status = await app.ok('formula.createPrescription', await prescriptionFor(infantId, { reasonCode: 'adoption', durationMonths: 3, counselingDeclaration: null, counselor1Name: '', counselor2Name: '', prescriptionDate: '2026-10-25' }));
    await app.ok('formula.createDelivery', { prescriptionId: status.id, deliveryDate: '28/10/2026', cans800: 5, cans1kg: 0, receivedByNationalId: '', receivedByName: '', confirmRepeat: true });
    const second = await app.ok('formula.createDelivery', { prescriptionId: status.id, deliveryDate: '02/11/2026', cans800: 2, cans1kg: 0, receivedByNationalId: '', receivedByName: '', confirmRepeat: true });
    await app.ok('formula.createDelivery', { prescriptionId: status.id, deliveryDate: '20/11/2026', cans800: 0, cans1kg: 2, receivedByNationalId: '', receivedByName: '', confirmRepeat: true });
    const voided = second.deliveries.find((d) => d.deliveryDate === '2026-11-02')?.id ?? '';
    await app.ok('formula.voidDelivery', { deliveryId: voided, reason: 'Cargada dos veces' });
    const printed = await app.ok('print.deliveriesReport', { year: 2026, month: 11 });
    expect(printed.title).toBe('Informe de entregas — noviembre 2026');
    const pdf = inspectPdf(await pdfOf(printed.html), 'deliveries-report', tempDir());
    onePageA4(pdf);
    expect(pdf.lines).toEqual(expect.arrayContaining(['Entregas Responsables Lactantes', '1 1 1', 'Latas de 800 g Latas de 1 kg Kilogramos', '0 2 2']));
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^1 20\/11\/2026 45678912 Thiago Quispe 0 2 2\.000 Formulario$/));
    expect(pdf.text).toContain('20/11/2026');
    expect(pdf.text).not.toContain('02/11/2026');
    expect(pdf.text).not.toContain('28/10/2026');
  });
});

describe('a long monthly report', () => {
  const monthOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      date: `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`,
      caregiverNationalId: String(40_000_000 + (i % 60)),
      infantId: `infant-${i % 60}`,
      infantName: `Thiago Quispe ${i % 60}`,
      reason: i % 2 === 0 ? 'Bajo régimen de adopción' : 'Madre fallecida o ausente',
      cans800: 2,
      cans1kg: 1,
      grams: 2600,
      source: 'form' as const,
      protocolComplete: i % 2 === 0,
    }));
  const reportOf = (deliveries: ReturnType<typeof monthOf>) =>
    deliveriesReportDocument({ site: { name: 'Centro de Salud San Juan', code: '1', microNetwork: '', network: '' }, month: '2026-11', printedAt: Date.UTC(2026, 10, 30, 15), deliveries });

  it('repeats the column headings on every page and numbers every delivery', async () => {
    const pdf = inspectPdf(await pdfOf(reportOf(monthOf(120))), 'deliveries-report-long', tempDir());
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(pdf.text.match(/Fecha DNI responsable Lactante/g)?.length).toBe(pdf.pages);
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^120 30\/11\/2026 40000059 Thiago Quispe 59 2 1 2\.600 Formulario$/));
    expect(pdf.lines).toEqual(expect.arrayContaining(['120 60 60', '240 120 312']));
  });

  it('prints a busy month of four-digit numbers one delivery per line', async () => {
    const pdf = inspectPdf(await pdfOf(reportOf(monthOf(1005))), 'deliveries-report-busy', tempDir());
    const rows = pdf.lines.filter((line) => /^\d+ \d\d\/11\/2026 /.test(line));
    expect(rows).toHaveLength(1005);
    expect(rows.at(-1)).toMatch(/^1005 15\/11\/2026 40000044 Thiago Quispe 44 2 1 2\.600 Formulario$/);
  });
});
