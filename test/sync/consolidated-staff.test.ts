import { afterAll, describe, expect, it } from 'vitest';
import { exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { addUser, tempDir, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from './sync-helpers';

afterAll(closePdfEngine);

async function designate(app: TestApp, fullName: string, profession: string) {
  await app.ok('groups.designateStaff', { fullName, profession, role: 'designated', designatedOn: '02/01/2026', document: 'Memo 1-2026' });
}

async function asHealth(app: TestApp): Promise<void> {
  await addUser(app, 'eva.salud', 'health', 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'eva.salud', password: 'clave-de-prueba' });
}

describe('the designated-staff list consolidated at the microrred (GT §5.3.1.3)', () => {
  it('lists every facility’s staff with its facility', async () => {
    const f1 = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const f2 = await siteOf('facility', '00002222', 'Centro de Salud Belén');
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f1, m);
    enrol(f2, m);
    await asHealth(f1);
    await designate(f1, 'Lic. Eva Ramos', 'Enfermera');
    await asHealth(f2);
    await designate(f2, 'Obst. Luz Paz', 'Obstetra');
    importBundle(m.main.ctx, exportToParent(f1.main.ctx).bytes);
    importBundle(m.main.ctx, exportToParent(f2.main.ctx).bytes);
    const printed = await m.ok('print.designatedStaff', { blank: false });
    const pdf = inspectPdf(await pdfOf(printed.html), 'designated-staff-consolidated', tempDir());
    expect([pdf.pages, pdf.pageSizeMm]).toEqual([1, [210, 297]]);
    expect(pdf.text).toContain('Relación consolidada de los establecimientos de salud de la jurisdicción');
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^1 Centro de Salud Belén Obst\. Luz Paz Obstetra Encargado\/a 02\/01\/2026 Memo 1-2026$/));
    // The longer facility name wraps within its column; the row's cells are top-aligned, so its first line
    // reads with the rest of the row and the second follows alone.
    const second = pdf.lines.findIndex((line) => /^2 Puesto de Salud Lic\. Eva Ramos Enfermera Encargado\/a 02\/01\/2026 Memo 1-2026$/.test(line));
    expect(second).toBeGreaterThan(0);
    expect(pdf.lines[second + 1]).toBe('Cerrito');
  });
});
