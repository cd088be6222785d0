import { afterAll, describe, expect, it } from 'vitest';
import { ADMISSION_COLUMNS } from '../../src-shared/formula/admissions';
import { admissionsUi } from '../../src-shared/formula/admissions-text';
import { SHEET_COLUMNS } from '../../src-shared/formula/sheet-columns';
import { printText } from '../../src-shared/printing/text';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { facilityAs, tempDir } from '../helpers/test-app';

afterAll(closePdfEngine);

describe('weekly paper sheet (FI rule 12), rendered to PDF in Chromium', () => {
  it('an A4 page of deliveries whose columns follow the batch screen, then a page of admissions, with the week and the facility', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    const printed = await app.ok('print.weeklySheet', { weekStart: '16/11/2026' });
    expect(printed.title).toBe('Planilla semanal — del 16/11/2026 al 22/11/2026');
    const pdf = inspectPdf(await pdfOf(printed.html), 'weekly-sheet', tempDir());
    expect(pdf.pages).toBe(2);
    expect(pdf.pageSizeMm).toEqual([210, 297]);
    expect(pdf.text).toContain('Centro de Salud San Juan');
    expect(pdf.text).toContain('del 16/11/2026 al 22/11/2026');
    const positions = SHEET_COLUMNS.map((c) => pdf.text.indexOf(printText.weeklySheet.columns[c]));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pdf.text).toMatch(/ 26 /);

    // Issue 14.10: the admissions part, in the order the «Altas» screen asks for them, with the reasons a line can admit.
    const start = pdf.text.indexOf(admissionsUi.print.title.toUpperCase());
    expect(start).toBeGreaterThan(0);
    const admissions = pdf.text.slice(start);
    expect(ADMISSION_COLUMNS.filter((c) => !admissions.includes(admissionsUi.columns[c]))).toEqual([]);
    // Who first, the prescription on the line below.
    expect(admissions.indexOf(admissionsUi.columns.caregiverNationalId)).toBeLessThan(admissions.indexOf(admissionsUi.columns.prescriptionDate));
    expect(admissions).toContain('Bajo régimen de adopción');
    expect(admissions).not.toContain('Persona con infección de VIH');
    expect(admissions).toMatch(/ 10 /);
  });

  it('blank, without dates', async () => {
    const app = await facilityAs('registrar', 'luis.registro');
    expect((await app.ok('print.weeklySheet', { weekStart: '' })).title).toBe('Planilla semanal — en blanco');
    expect(await app.invoke('print.weeklySheet', { weekStart: '31/02/2026' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
