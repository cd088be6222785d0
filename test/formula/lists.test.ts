import { describe, expect, it } from 'vitest';
import { registerCase } from '../helpers/formula-cases';
import { everyPage } from '../helpers/list-pages';
import { ADMIN_PASSWORD, facilityAs } from '../helpers/test-app';

// The test clock is 22/11/2026.
const registrar = () => facilityAs('registrar', 'luis.registro', 'clave-de-luis');

async function fixture() {
  const app = await registrar();
  const ana = await registerCase(app, { nationalId: '41111111', names: ['María José', 'Núñez Quispe'], infant: 'Ana', birthDate: '2026-10-01', prescriptionDate: '2026-11-02' });
  const beto = await registerCase(app, { nationalId: '42222222', names: ['Rosa', 'Mamani'], infant: 'Beto', birthDate: '2026-09-10', prescriptionDate: '2026-09-20' });
  await app.ok('formula.createDelivery', { prescriptionId: ana.prescriptionId, deliveryDate: '2026-11-03', cans800: 2, cans1kg: 0, confirmRepeat: true });
  const voided = await app.ok('formula.createDelivery', { prescriptionId: ana.prescriptionId, deliveryDate: '2026-11-10', cans800: 1, cans1kg: 0, confirmRepeat: true });
  await app.ok('formula.voidDelivery', { deliveryId: voided.deliveries.find((d) => d.deliveryDate === '2026-11-10')?.id ?? '', reason: 'Cargada dos veces' });
  await app.ok('formula.createDelivery', { prescriptionId: beto.prescriptionId, deliveryDate: '2026-09-30', cans800: 5, cans1kg: 0, confirmRepeat: true });
  return { app, ana, beto };
}

describe('program lists', () => {
  it('a caregivers page is counted, sorted and cut in SQL: the same rows, in the same order, as cutting the whole list (issue 19)', async () => {
    const app = await registrar();
    const db = app.main.ctx.sqlite;
    const site = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
    const insert = db.prepare(
      "INSERT INTO caregivers (id, owner_site_id, hlc, national_id, first_names, last_names, search_name, coverage_checked_at, created_at) VALUES (?, ?, '0000000000001-000000-x', ?, ?, ?, ?, 0, ?)",
    );
    const names = ['Quispe', 'Mamani', 'Núñez', 'Huamán'];
    // 230 caregivers, names repeated (so the order needs its tie-breaker), registered over three days.
    for (let i = 0; i < 230; i += 1) {
      const last = `${names[i % 4] ?? ''} ${names[(i >> 2) % 4] ?? ''}`;
      insert.run(`0190${String(i).padStart(4, '0')}-0000-7000-8000-000000000000`, site, String(40_000_000 + i), i % 3 === 0 ? 'María' : 'Ana', last, `${i % 3 === 0 ? 'maria' : 'ana'} ${last.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')}`, new Date(2026, 10, 20 + (i % 3), 10).getTime());
    }
    const whole = async (query: Record<string, unknown>) => (await app.ok('formula.exportList', { kind: 'caregivers', ...query })).csv.split('\r\n').slice(1, -1);
    for (const query of [{}, { text: 'quis' }, { text: 'ma hua' }, { text: '4000001' }, { from: '21/11/2026', to: '21/11/2026' }, { text: 'núñez', from: '20/11/2026' }]) {
      const expected = await whole(query);
      const { rows, totals } = await everyPage(app, { kind: 'caregivers', ...query });
      for (const total of totals) expect(total).toBe(expected.length);
      expect(rows.map((r) => String(r.cells.nationalId))).toEqual(expected.map((line) => line.split(';')[0]));
    }
    expect((await app.ok('formula.list', { kind: 'caregivers', from: '21/11/2026', to: '21/11/2026' })).total).toBe(77);
  });

  it('a page of deliveries without a text filter is cut in SQL: the same rows as cutting the whole list (issue 19)', async () => {
    const { app, ana } = await fixture();
    const db = app.main.ctx.sqlite;
    const site = db.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
    const insert = db.prepare("INSERT INTO deliveries (id, owner_site_id, hlc, prescription_id, delivery_date, cans_800, cans_1kg, source, created_at) VALUES (?, ?, '0000000000001-000000-x', ?, ?, 1, 0, 'form', ?)");
    for (let i = 0; i < 130; i += 1) insert.run(`0190${String(i).padStart(4, '0')}-0000-7000-8000-000000000001`, site, ana.prescriptionId, `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`, 5);
    for (const query of [{}, { from: '05/11/2026', to: '12/11/2026' }, { includeVoided: true }]) {
      const expected = (await app.ok('formula.exportList', { kind: 'deliveries', ...query })).csv.split('\r\n').slice(1, -1);
      const { rows, totals } = await everyPage(app, { kind: 'deliveries', ...query });
      for (const total of totals) expect(total).toBe(expected.length);
      expect(rows.map((r) => String(r.cells.deliveryDate).split('-').reverse().join('/'))).toEqual(expected.map((line) => line.split(';')[0]));
    }
  });

  it('lists caregivers filtered by partial name without accents, or by the first digits of the DNI', async () => {
    const { app } = await fixture();
    const all = await app.ok('formula.list', { kind: 'caregivers' });
    expect(all.total).toBe(2);
    expect(all.rows.map((r) => r.cells.lastNames)).toEqual(['Mamani', 'Núñez Quispe']);
    const byName = await app.ok('formula.list', { kind: 'caregivers', text: 'nunez maria' });
    expect(byName.rows.map((r) => r.cells.nationalId)).toEqual(['41111111']);
    expect(byName.rows[0]?.cells).toMatchObject({ infants: 1, registered: '2026-11-22' });
    expect((await app.ok('formula.list', { kind: 'caregivers', text: '4222' })).total).toBe(1);
    expect((await app.ok('formula.list', { kind: 'caregivers', from: '23/11/2026' })).total).toBe(0);
  });

  it('lists infants by birth date range', async () => {
    const { app } = await fixture();
    const born = await app.ok('formula.list', { kind: 'infants', from: '01/10/2026', to: '31/10/2026' });
    expect(born.rows.map((r) => [r.cells.firstNames, r.cells.birthDate, r.cells.caregiverNationalId])).toEqual([['Ana', '2026-10-01', '41111111']]);
  });

  it('active prescriptions are those with grams left and still in their window', async () => {
    const { app } = await fixture();
    const active = await app.ok('formula.list', { kind: 'prescriptions' });
    // Beto's 1-month prescription of 20/09 ended on 19/10; Ana's is in its month with 2,400 g left.
    expect(active.rows.map((r) => r.cells)).toEqual([
      {
        prescriptionDate: '2026-11-02',
        infant: 'Ana Núñez Quispe',
        caregiverNationalId: '41111111',
        reason: expect.any(String) as unknown,
        months: 1,
        gramsAllowed: 4000,
        gramsDelivered: 1600,
        gramsRemaining: 2400,
        lastDeliveryDay: '2026-12-01',
        status: 'Vigente',
      },
    ]);
    const all = await app.ok('formula.list', { kind: 'prescriptions', activeOnly: false });
    expect(all.rows.map((r) => [r.cells.infant, r.cells.status, r.cells.gramsRemaining])).toEqual([
      ['Ana Núñez Quispe', 'Vigente', 2400],
      ['Beto Mamani', 'Terminada', 0],
    ]);
    // The registrar's list and its exports keep the diagnosis reserved (issue 18.3).
    expect(all.rows.map((r) => r.cells.reason)).toEqual(['Reservado al personal de salud', 'Reservado al personal de salud']);
    const csv = await app.ok('formula.exportList', { kind: 'prescriptions', activeOnly: false });
    expect(csv.csv).not.toContain('adopción');
    // Unless the facility's admin lets its registrars see it.
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(await app.ok('settings.setRegistrarClinical', { on: true })).toBe(true);
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
    expect(await app.invoke('settings.setRegistrarClinical', { on: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const shown = await app.ok('formula.list', { kind: 'prescriptions', activeOnly: false });
    expect(shown.rows.map((r) => r.cells.reason)).toEqual(['Bajo régimen de adopción', 'Bajo régimen de adopción']);
  });

  it('lists deliveries by date range, voided ones only when asked', async () => {
    const { app } = await fixture();
    const november = await app.ok('formula.list', { kind: 'deliveries', from: '01/11/2026', to: '30/11/2026' });
    expect(november.rows.map((r) => [r.cells.deliveryDate, r.cells.grams, r.cells.source])).toEqual([['2026-11-03', 1600, 'Formulario']]);
    const withVoided = await app.ok('formula.list', { kind: 'deliveries', from: '01/11/2026', includeVoided: true });
    expect(withVoided.rows.map((r) => r.cells.voided)).toEqual(['Anulada: Cargada dos veces', '']);
    const reversed = await app.invoke('formula.list', { kind: 'deliveries', from: '30/11/2026', to: '01/11/2026' });
    expect(reversed).toMatchObject({ ok: false, error: { fieldErrors: { to: 'La fecha «hasta» es anterior a la fecha «desde».' } } });
  });

  it('exports the filtered list as CSV with dd/mm/aaaa dates, and logs the export', async () => {
    const { app } = await fixture();
    const exported = await app.ok('formula.exportList', { kind: 'deliveries', includeVoided: true });
    expect(exported.fileName).toBe('entregas-2026-11-22.csv');
    expect(exported.rowCount).toBe(3);
    const lines = exported.csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Fecha;DNI responsable;Responsable;Lactante;Latas 800 g;Latas 1 kg;Gramos;Recibió;Origen;Anulación');
    expect(lines[1]).toBe('10/11/2026;41111111;María José Núñez Quispe;Ana Núñez Quispe;1;0;800;;Formulario;Anulada: Cargada dos veces');
    expect(lines).toHaveLength(4);
    const log = app.main.ctx.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'formula.listExport'").pluck().all();
    expect(log).toEqual(['Entregas: 3 filas']);
  });
});

describe('record history', () => {
  it("shows a case's entries from the audit log: the record and what hangs from it", async () => {
    const { app, ana } = await fixture();
    const history = await app.ok('audit.recordHistory', { table: 'prescriptions', id: ana.prescriptionId });
    expect(history.map((e) => e.action)).toEqual([
      'formula.deliveryVoid',
      'formula.deliveryCreate',
      'formula.deliveryCreate',
      'formula.prescriptionCreate',
      // Linked inside the same save, just before the prescription's own entry.
      'attachments.link',
    ]);
    expect(history.every((e) => e.username === 'luis.registro')).toBe(true);
    const caregiverHistory = await app.ok('audit.recordHistory', { table: 'caregivers', id: ana.caregiverId });
    expect(caregiverHistory.map((e) => e.action)).toContain('formula.infantCreate');
    expect(caregiverHistory.map((e) => e.action)).toContain('formula.caregiverCreate');
    expect(caregiverHistory).toHaveLength(history.length + 2);
  });

  it("refuses a history the role may not see (users' history is for admins)", async () => {
    const { app } = await fixture();
    const me = app.main.ctx.session.current?.userId ?? '';
    expect(await app.invoke('audit.recordHistory', { table: 'users', id: me })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
