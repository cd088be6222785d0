import { beforeAll, describe, expect, it } from 'vitest';
import { purchaseEstimate } from '../../src-shared/levels/formula-program';
import { newId } from '../../src-shared/sync/ids';
import { putFacility, putRow } from '../helpers/rows';
import { addUser, type TestApp } from '../helpers/test-app';
import { siteOf } from '../sync/sync-helpers';
import { withWorkers } from '../helpers/workers';

// These reads run in the worker thread the app ships (issue 19): the same answers, errors included.
beforeAll(() => withWorkers());

const put = putRow;
const facility = putFacility;

function prescription(app: TestApp, owner: string, infant: string, date: string, reason: string): string {
  return put(app, 'prescriptions', { owner_site_id: owner, infant_id: infant, prescription_date: date, reason_code: reason });
}

function delivery(app: TestApp, owner: string, prescriptionId: string, date: string, cans800: number, cans1kg: number, voided = false): void {
  put(app, 'deliveries', { owner_site_id: owner, prescription_id: prescriptionId, delivery_date: date, cans_800: cans800, cans_1kg: cans1kg, voided_at: voided ? 1 : null });
}

describe('the formula program at jurisdiction and national level (issue 16.6, seed 004)', () => {
  it('the purchase estimate is 3 % of the public-sector birth cohort × 24 kg', () => {
    expect(purchaseEstimate(10_000)).toEqual({ publicBirths: 10_000, infants: 300, kilograms: 7200 });
    expect(purchaseEstimate(101)).toEqual({ publicBirths: 101, infants: 4, kilograms: 96 });
    expect(purchaseEstimate(0)).toEqual({ publicBirths: 0, infants: 0, kilograms: 0 });
  });

  it('kilograms, cans, infants, new admissions and stock by month and jurisdiction, by reason, beside the estimate', async () => {
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    await addUser(n, 'ana.coordina', 'coordinator', 'clave-coordina-1');
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
    // The records hang from caregivers and infants the aggregation never reads: written without them.
    n.main.ctx.sqlite.pragma('foreign_keys = OFF');
    const a = facility(n, '00001111', 'DIRESA Cusco');
    const b = facility(n, '00002222', 'DIRESA Puno');
    const [ia1, ia2, ib1] = [newId(1), newId(2), newId(3)];
    const pa1 = prescription(n, a, ia1, '2026-01-10', 'hiv');
    const pa1renewal = prescription(n, a, ia1, '2026-07-01', 'hiv');
    const pa2 = prescription(n, a, ia2, '2025-12-20', 'galactosemia');
    const pb1 = prescription(n, b, ib1, '2026-03-05', 'other');
    delivery(n, a, pa1, '2026-01-10', 2, 0);
    delivery(n, a, pa1, '2026-02-10', 0, 1);
    delivery(n, a, pa1renewal, '2026-07-02', 2, 0);
    delivery(n, a, pa2, '2026-01-05', 1, 0);
    delivery(n, a, pa2, '2025-12-30', 4, 0); // the year before
    delivery(n, a, pa2, '2026-01-20', 5, 0, true); // voided
    delivery(n, b, pb1, '2026-03-05', 3, 0);
    put(n, 'stock_receipts', { owner_site_id: a, received_date: '2026-01-02', quantity: 10, can_grams: 800, lot: 'L1', expiry_date: '2027-01-01', created_at: 1 });
    n.main.ctx.sqlite.pragma('foreign_keys = ON');

    let view = await n.ok('levels.formulaProgram', { year: 2026 });
    const [cusco, puno] = view.jurisdictions;
    expect(cusco?.region).toBe('DIRESA Cusco');
    expect(cusco?.year).toEqual({ month: '2026', grams: 5000, cans800: 5, cans1kg: 1, infants: 2, admissions: 1, stockReceivedGrams: 8000 });
    expect(cusco?.months[0]).toEqual({ month: '2026-01', grams: 2400, cans800: 3, cans1kg: 0, infants: 2, admissions: 1, stockReceivedGrams: 8000 });
    expect(cusco?.months[1]).toMatchObject({ month: '2026-02', grams: 1000, infants: 1, admissions: 0 });
    expect(puno?.year).toMatchObject({ grams: 2400, infants: 1, admissions: 1 });
    expect(view.total.year).toMatchObject({ grams: 7400, cans800: 8, cans1kg: 1, infants: 3, admissions: 2 });
    expect(view.total.byReason.map((r) => [r.reasonCode, r.admissions, r.grams])).toEqual(
      expect.arrayContaining([
        ['hiv', 1, 4200],
        ['other', 1, 2400],
        ['galactosemia', 0, 800],
      ]),
    );
    expect(cusco?.estimate).toBeNull();

    // Without a registry the national level may enter a cohort for no region; with one, for its regions.
    expect(view.cohortRegions).toEqual([]);
    await n.ok('levels.importRegistry', { fileName: 'r.csv', listDate: '01/11/2026', dataBase64: Buffer.from('codigo;nombre;diresa;atiende partos\n00001111;A;DIRESA Cusco;si\n00002222;B;DIRESA Puno;si\n').toString('base64') });
    expect(await n.invoke('levels.saveBirthCohort', { region: 'DIRESA Lima', year: 2026, publicBirths: 5000 })).toMatchObject({ ok: false, error: { fieldErrors: { region: expect.any(String) as unknown } } });
    await n.ok('levels.saveBirthCohort', { region: 'diresa cusco', year: 2026, publicBirths: 9000 });
    view = await n.ok('levels.saveBirthCohort', { region: 'DIRESA Cusco', year: 2026, publicBirths: 10_000 });
    expect(view.jurisdictions[0]).toMatchObject({ estimate: { publicBirths: 10_000, infants: 300, kilograms: 7200 }, estimateUsedPercent: 0.1 });
    expect(n.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM birth_cohorts').pluck().get()).toBe(1);
    const history = await n.ok('audit.recordHistory', { table: 'birth_cohorts', id: n.main.ctx.sqlite.prepare('SELECT id FROM birth_cohorts').pluck().get() as string });
    expect(history.map((h) => h.detail)).toContain('DIRESA Cusco 2026: 9000 → 10000');

    const months = (await n.ok('levels.exportFormulaProgram', { year: 2026, table: 'months' })).csv.split('\r\n');
    expect(months).toContain('DIRESA Cusco;2026-01;2.4;3;0;2;1;8');
    const reasons = (await n.ok('levels.exportFormulaProgram', { year: 2026, table: 'reasons' })).csv;
    expect(reasons).toContain('DIRESA Puno;');
    const printed = await n.ok('print.formulaProgram', { year: 2026 });
    expect(printed.html).toContain('Programa de fórmula de inicio');
  });
});
