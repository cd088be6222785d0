import { describe, expect, it } from 'vitest';
import type { BatchRowInput } from '../../src-shared/formula/schemas';
import { newId } from '../../src-shared/sync/ids';
import { pdfDocument } from '../helpers/generated-files';
import { countRows, facilityAs, type TestApp } from '../helpers/test-app';

// The test clock is 22/11/2026.
const registrar = () => facilityAs('registrar', 'luis.registro', 'clave-de-luis');

async function caseWithPrescription(app: TestApp, nationalId: string, infants: string[]): Promise<void> {
  const caregiver = await app.ok('formula.createCaregiver', { nationalId, firstNames: 'Resp', lastNames: nationalId, phone: '9', coverageChecked: true });
  for (const name of infants) {
    const withInfant = await app.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: name, lastNames: 'X', birthDate: '2026-10-01' });
    const infant = withInfant.infants.find((i) => i.firstNames === name);
    await app.ok('formula.createPrescription', {
      infantId: infant?.id ?? '',
      prescriptionDate: '2026-11-02',
      reasonCode: 'adoption',
      milkType: 'Fórmula de inicio',
      replacement: 'total',
      durationMonths: 2,
      prescriberName: 'Dra. Torres',
      prescriberProfession: 'Pediatra',
      prescriberLicence: 'CMP 1',
      prescriptionImage: { fileName: 'receta.pdf', dataBase64: pdfDocument(1).toString('base64') },
    });
  }
}

const row = (caregiverNationalId: string, deliveryDate: string, cans800: unknown, extra: Partial<BatchRowInput> = {}): BatchRowInput => ({
  caregiverNationalId,
  deliveryDate,
  cans800,
  cans1kg: '',
  // These tests are about other rules: lines less than a week apart are confirmed as other deliveries.
  confirmRepeat: true,
  ...extra,
});

describe('weekly paper-sheet batch', () => {
  it('saves the good rows and returns the bad ones with their messages', async () => {
    const app = await registrar();
    await caseWithPrescription(app, '11111111', ['Ana']);
    await caseWithPrescription(app, '22222222', ['Beto']);
    const rows = [
      row('11111111', '2026-11-16', '1'),
      row('22222222', '2026-11-16', '1'),
      row('11111111', '2026-11-17', '1'),
      row('22.222.222', '2026-11-17', '1'),
      row('99999999', '2026-11-18', '1'),
      row('11111111', '2026-11-18', '1'),
      row('22222222', '2026-11-18', '1', { receivedByName: 'Tía' }),
      row('11111111', '2026-11-19', '40'),
      row('11111111', '2026-11-20', '1'),
      row('22222222', '2026-11-20', '1'),
    ];
    const results = await app.ok('formula.batchDeliveries', { rows });
    expect(results.filter((r) => r.ok)).toHaveLength(8);
    const bad = results.filter((r) => !r.ok);
    expect(bad.map((r) => r.index)).toEqual([4, 7]);
    expect(bad[0]).toMatchObject({ errors: { caregiverNationalId: expect.stringMatching(/No hay un responsable/) as unknown } });
    expect(bad[1]).toMatchObject({ errors: { cans800: expect.stringMatching(/Supera lo que queda por entregar: quedan 5.600 g \(7 latas de 800 g o 5 latas de 1 kg\)/) as unknown } });
    expect(countRows(app, 'deliveries')).toBe(8);
    const sources = app.main.ctx.sqlite.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE source = 'batch'").get() as { n: number };
    expect(sources.n).toBe(8);
  });

  it('refuses impossible dates and counts per cell, and dates outside the prescription', async () => {
    const app = await registrar();
    await caseWithPrescription(app, '11111111', ['Ana']);
    const results = await app.ok('formula.batchDeliveries', {
      rows: [row('11111111', '2026-02-30', '1'), row('11111111', '2026-11-20', '-1'), row('11111111', '2026-10-20', '1')],
    });
    expect(results.map((r) => (r.ok ? 'ok' : Object.keys(r.errors).join(',')))).toEqual(['deliveryDate', 'cans800', '_']);
    expect(countRows(app, 'deliveries')).toBe(0);
  });

  it('asks which infant when the caregiver has two with a valid prescription', async () => {
    const app = await registrar();
    await caseWithPrescription(app, '33333333', ['Gemelo A', 'Gemelo B']);
    const [first] = await app.ok('formula.batchDeliveries', { rows: [row('33333333', '2026-11-20', '1')] });
    expect(first).toMatchObject({ ok: false, errors: { infantId: expect.stringMatching(/elija el lactante/) as unknown } });
    const choice = first && !first.ok ? first.infants?.[1] : undefined;
    expect(choice?.name).toBe('Gemelo B X');
    const [second] = await app.ok('formula.batchDeliveries', { rows: [row('33333333', '2026-11-20', '1', { infantId: choice?.id ?? null })] });
    expect(second).toMatchObject({ ok: true, infantName: 'Gemelo B X', gramsRemaining: 7200 });
  });

  it('looks a DNI up as it is typed: who it is, which infants can receive that day and what remains', async () => {
    const app = await registrar();
    await caseWithPrescription(app, '33333333', ['Gemelo A', 'Gemelo B']);
    await app.ok('formula.batchDeliveries', { rows: [row('33333333', '20/11/2026', '2', { infantId: null })] });
    const lookup = await app.ok('formula.batchLookup', { nationalId: '33.333.333', deliveryDate: '20/11/2026' });
    expect(lookup.caregiverName).toBe('Resp 33333333');
    expect(lookup.infants.map((i) => [i.name, i.gramsRemaining, i.lastDeliveryDay])).toEqual([
      ['Gemelo A X', 8000, '2027-01-01'],
      ['Gemelo B X', 8000, '2027-01-01'],
    ]);
    // Before the prescription's date nobody can receive; an unknown DNI says so.
    expect((await app.ok('formula.batchLookup', { nationalId: '33333333', deliveryDate: '2026-11-01' })).infants).toEqual([]);
    expect(await app.ok('formula.batchLookup', { nationalId: '44444444', deliveryDate: '2026-11-20' })).toEqual({ caregiverName: null, infants: [] });
    const bad = await app.invoke('formula.batchLookup', { nationalId: '33333333', deliveryDate: '31/11/2026' });
    expect(bad).toMatchObject({ ok: false, error: { fieldErrors: { deliveryDate: 'Escriba una fecha válida (dd/mm/aaaa).' } } });
  });
});

describe('a sheet sent again after a crash (issue 17.4)', () => {
  it('saves each line once: the same keys sent again answer "already saved" and write nothing', async () => {
    const app = await registrar();
    await caseWithPrescription(app, '11111111', ['Ana']);
    await caseWithPrescription(app, '22222222', ['Beto']);
    const keys = Array.from({ length: 6 }, () => newId(app.clock.nowMs));
    const rows = keys.map((rowKey, i) => row(i % 2 ? '22222222' : '11111111', `2026-11-${String(15 + i)}`, '1', { rowKey }));
    // The first answer is lost (the PC went off before it arrived): only half had been sent.
    await app.ok('formula.batchDeliveries', { rows: rows.slice(0, 3) });
    const again = await app.ok('formula.batchDeliveries', { rows });
    expect(again.map((r) => r.ok && r.alreadySaved)).toEqual([true, true, true, false, false, false]);
    expect(countRows(app, 'deliveries')).toBe(6);
    expect(app.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM deliveries WHERE id IN (' + keys.map(() => '?').join(',') + ')').pluck().get(...keys)).toBe(6);
    // A double click on the same line at once is saved once too.
    const twice = newId(app.clock.nowMs);
    await Promise.all([app.ok('formula.batchDeliveries', { rows: [row('11111111', '2026-11-21', '1', { rowKey: twice })] }), app.ok('formula.batchDeliveries', { rows: [row('11111111', '2026-11-21', '1', { rowKey: twice })] })]);
    expect(countRows(app, 'deliveries')).toBe(7);
  });
});
