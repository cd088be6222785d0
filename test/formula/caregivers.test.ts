import { describe, expect, it } from 'vitest';
import { addUser, countRows, setUpFacility, type TestApp } from '../helpers/test-app';

async function asRegistrar(): Promise<TestApp> {
  const app = await setUpFacility();
  await addUser(app, 'luis.registro', 'registrar', 'clave-de-luis');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'luis.registro', password: 'clave-de-luis' });
  return app;
}

const caregiver = {
  nationalId: '45678912',
  firstNames: 'María José',
  lastNames: 'Quispe Huamán',
  birthDate: '1998-04-30',
  sex: 'F' as const,
  phone: '984 123 456',
  email: '',
  address: 'Jr. Los Andes 123, San Juan',
  coverageChecked: true as const,
};

function csv(text: string): string {
  return Buffer.from(text, 'latin1').toString('base64');
}

describe('coverage list and caregivers', () => {
  it('imports the coverage list and refuses a covered caregiver with the program message, writing nothing', async () => {
    const app = await asRegistrar();
    const summary = await app.ok('formula.importCoverage', {
      fileName: 'padron-octubre.csv',
      listDate: '2026-10-31',
      dataBase64: csv('dni;nombre;obra social\r\n11112222;Ana Núñez;EsSalud\r\nabc;mal;fila\r\n11112222;Ana Núñez;EsSalud\r\n33334444;Luis;EPS\r\n'),
    });
    expect(summary).toMatchObject({ rowCount: 2, duplicateCount: 1, rejected: [{ line: 3 }] });

    const check = await app.ok('formula.checkCoverage', { nationalId: '11112222' });
    expect(check).toMatchObject({ covered: true, coverage: 'EsSalud', listDate: '2026-10-31', existing: null });
    const refused = await app.invoke('formula.createCaregiver', { ...caregiver, nationalId: '11112222' });
    // The Peruvian profile's word for coverage, never Argentina's «obra social» (issue 15).
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { nationalId: expect.stringMatching(/tiene seguro de salud \(EsSalud, EPS o seguro privado\)/) as unknown } } });
    expect(JSON.stringify(refused)).not.toContain('obra social');
    expect(countRows(app, 'caregivers')).toBe(0);
    expect((await app.ok('formula.checkCoverage', { nationalId: '45678912' })).covered).toBe(false);
  });

  it('a file with no valid row is refused', async () => {
    const app = await asRegistrar();
    const result = await app.invoke('formula.importCoverage', { fileName: 'x.csv', listDate: '2026-10-31', dataBase64: csv('hola|mundo\n') });
    expect(result).toMatchObject({ ok: false, error: { fieldErrors: { file: expect.stringMatching(/ninguna fila válida/) as unknown } } });
    expect(countRows(app, 'coverage_imports')).toBe(0);
  });

  it('registers a caregiver once: the same DNI again goes to the existing record', async () => {
    const app = await asRegistrar();
    const first = await app.ok('formula.createCaregiver', caregiver);
    const again = await app.ok('formula.createCaregiver', { ...caregiver, firstNames: 'Otro nombre' });
    expect(again.id).toBe(first.id);
    expect(again.firstNames).toBe('María José');
    expect(countRows(app, 'caregivers')).toBe(1);
    expect((await app.ok('formula.checkCoverage', { nationalId: '45678912' })).existing?.id).toBe(first.id);
    const row = app.main.ctx.sqlite.prepare('SELECT coverage_checked_at, hlc, owner_site_id FROM caregivers').get() as Record<string, unknown>;
    expect(row.coverage_checked_at).toBe(app.clock.nowMs);
  });

  it('checks the country ID rule, contact, coverage confirmation and dates', async () => {
    const app = await asRegistrar();
    expect(await app.invoke('formula.createCaregiver', { ...caregiver, nationalId: '1234567' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { nationalId: 'El DNI debe tener 8 dígitos.' } },
    });
    expect(await app.invoke('formula.createCaregiver', { ...caregiver, phone: '', address: '' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { phone: expect.stringMatching(/al menos un dato de contacto/) as unknown } },
    });
    expect(await app.invoke('formula.createCaregiver', { ...caregiver, coverageChecked: false as unknown as true })).toMatchObject({
      ok: false,
      error: { fieldErrors: { coverageChecked: 'Confirme que revisó el padrón de cobertura.' } },
    });
    expect(await app.invoke('formula.createCaregiver', { ...caregiver, birthDate: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { birthDate: expect.stringMatching(/fecha válida/) as unknown } },
    });
    expect(countRows(app, 'caregivers')).toBe(0);
  });

  it('finds caregivers by DNI prefix and by partial name, ignoring accents and case; shows their infants', async () => {
    const app = await asRegistrar();
    const created = await app.ok('formula.createCaregiver', caregiver);
    await app.ok('formula.createCaregiver', { ...caregiver, nationalId: '45600000', firstNames: 'Rosa', lastNames: 'Mamani' });
    const withChild = await app.ok('formula.createInfant', {
      caregiverId: created.id,
      firstNames: 'Thiago',
      lastNames: 'Quispe',
      birthDate: '2026-10-01',
      sex: 'M',
    });
    expect(withChild.infants.map((i) => i.firstNames)).toEqual(['Thiago']);

    expect((await app.ok('formula.searchCaregivers', { query: '456' })).map((c) => c.nationalId).sort()).toEqual(['45600000', '45678912']);
    expect((await app.ok('formula.searchCaregivers', { query: '45.678' })).map((c) => c.id)).toEqual([created.id]);
    const byName = await app.ok('formula.searchCaregivers', { query: 'maria HUAMAN' });
    expect(byName.map((c) => c.id)).toEqual([created.id]);
    expect(byName[0]?.infants[0]).toMatchObject({ firstNames: 'Thiago', birthDate: '2026-10-01' });
    expect(await app.ok('formula.searchCaregivers', { query: '100%' })).toEqual([]);
  });

  it('the name search goes through the trigram index, which follows every write: an edited name is found by its new words only (issue 19)', async () => {
    const app = await asRegistrar();
    const created = await app.ok('formula.createCaregiver', caregiver);
    await app.ok('formula.createCaregiver', { ...caregiver, nationalId: '45600000', firstNames: 'Ana', lastNames: 'Ccahuana Flores' });
    const ids = async (query: string) => (await app.ok('formula.searchCaregivers', { query })).map((c) => c.id);
    expect(await ids('uisp')).toEqual([created.id]);
    expect(await ids('JOSÉ quis')).toEqual([created.id]);
    // A word of one or two letters still narrows the search, as a pattern.
    expect((await ids('an')).length).toBe(2);
    expect(await ids('an ccahu')).not.toContain(created.id);
    await app.ok('records.edit', { table: 'caregivers', id: created.id, changes: { last_names: 'Mamani Rojas' }, reason: '' });
    expect(await ids('quispe')).toEqual([]);
    expect(await ids('mamani roj')).toEqual([created.id]);
    // FTS5's own check that the index holds exactly what the table holds (it throws otherwise).
    expect(() => app.main.ctx.sqlite.prepare("INSERT INTO caregivers_name_search(caregivers_name_search) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('refuses an infant born in the future', async () => {
    const app = await asRegistrar();
    const created = await app.ok('formula.createCaregiver', caregiver);
    expect(await app.invoke('formula.createInfant', { caregiverId: created.id, firstNames: 'A', lastNames: 'B', birthDate: '2026-12-25' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { birthDate: 'La fecha de nacimiento es posterior a hoy.' } },
    });
  });

  it('an admin may search but not register', async () => {
    const app = await setUpFacility();
    expect(await app.invoke('formula.createCaregiver', caregiver)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await app.ok('formula.searchCaregivers', { query: 'ana' })).toEqual([]);
  });
});
