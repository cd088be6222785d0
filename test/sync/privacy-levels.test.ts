import type { ConsolidatedView } from '../../src-shared/levels/types';
import { describe, expect, it } from 'vitest';
import { correctionForm, correctRecord } from '../../src-main/sync/corrections-service';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { verifyBundle } from '../../src-main/sync/verify-bundle';
import type { CoordinationKind, Country } from '../../src-shared/site/countries';
import { categoriesFor, PRIVACY_TABLE, withheldColumns, type Receiver } from '../../src-shared/sync/privacy';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, addUser, facilitySetup, openTestApp, type TestApp } from '../helpers/test-app';
import { enrol } from './sync-helpers';

const LEVELS: readonly CoordinationKind[] = ['microNetwork', 'network', 'region', 'national'];
const receiver = (country: Country, kind: CoordinationKind, extra: Partial<Receiver> = {}): Receiver => ({ country, kind, hivDirection: false, reduced: false, ...extra });

describe('the privacy table (issue 18.1)', () => {
  it.each(LEVELS.flatMap((kind) => (['PE', 'AR'] as const).map((country) => [country, kind] as const)))('%s %s: never group members, notes or testimonies', (country, kind) => {
    const allowed = categoriesFor(receiver(country, kind));
    expect(allowed.has('memberIdentities')).toBe(false);
    expect(allowed.has('notes')).toBe(false);
    expect(allowed.has('staffNames')).toBe(true);
  });

  it('Argentina: identities only at the jurisdiction and the national direction (seed 004)', () => {
    expect(LEVELS.filter((kind) => categoriesFor(receiver('AR', kind)).has('identities'))).toEqual(['region', 'national']);
    expect(Object.keys(withheldColumns(receiver('AR', 'microNetwork'), 'caregivers'))).toEqual(expect.arrayContaining(['national_id', 'first_names', 'phone']));
  });

  it('Peru: the microrred, red and region keep the identities; the national level works with figures', () => {
    expect(LEVELS.filter((kind) => categoriesFor(receiver('PE', kind)).has('identities'))).toEqual(['microNetwork', 'network', 'region']);
  });

  it('a person in the HIV reason: identity and clinical data only to the HIV direction', () => {
    const region = receiver('AR', 'region');
    expect(withheldColumns(region, 'caregivers')).toEqual({});
    expect(Object.keys(withheldColumns(region, 'caregivers', true))).toContain('national_id');
    expect(Object.keys(withheldColumns(region, 'prescriptions', true))).toEqual(expect.arrayContaining(['reason_code', 'hiv_viral_load']));
    expect(withheldColumns(receiver('AR', 'region', { hivDirection: true }), 'caregivers', true)).toEqual({});
  });

  it('asking for less never gives more', () => {
    for (const country of ['PE', 'AR'] as const) {
      for (const kind of LEVELS) {
        const reduced = categoriesFor(receiver(country, kind, { reduced: true }));
        for (const c of reduced) expect(PRIVACY_TABLE[country][kind]).toContain(c);
        expect(reduced.has('identities')).toBe(false);
      }
    }
  });
});

const CODES: Record<Country, string> = { PE: '00001111', AR: '10020012215412' };
const DNI = { hiv: '45678912', other: '45678913', leadMother: '41234567', member: '47654321' };
const SECRETS = {
  names: ['Marisol', 'Quintanilla', 'Thiago', 'Belén', 'Ramírez'],
  contact: ['984123456', 'Los Andes 123'],
  hiv: ['< 50 copias/ml', 'Tratamiento antirretroviral'],
  member: ['Yolanda', 'Huamaní', DNI.member, '955000111'],
  leadMotherContact: [DNI.leadMother, '966000222'],
  notes: ['Vive lejos del puesto', 'Viajó a la chacra', 'Una integrante contó una experiencia difícil'],
};

async function siteIn(country: Country, kind: 'facility' | CoordinationKind, code: string, name: string): Promise<TestApp> {
  const app = openTestApp();
  await app.ok('setup.complete', facilitySetup({ country, kind, code, name, ...(kind === 'national' ? { region: '' } : {}) }));
  return app;
}

async function signInAs(app: TestApp, username: string, role: 'registrar' | 'coordinator'): Promise<void> {
  await addUser(app, username, role, 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba' });
}

/** A facility with one HIV-reason family, one other family, a lead mother, a group, a member and a session. */
async function facilityWithEverything(country: Country): Promise<TestApp> {
  const f = await siteIn(country, 'facility', CODES[country], 'Puesto Cerrito');
  await addUser(f, 'eva.salud', 'health', 'clave-de-prueba');
  await signInAs(f, 'luis.registro', 'registrar');
  const image = { fileName: 'receta.png', dataBase64: (await scannedPage(60)).toString('base64') };
  const family = async (dni: string, first: string, infant: string, reason: 'hiv' | 'prematureVlbw') => {
    const caregiver = await f.ok('formula.createCaregiver', { nationalId: dni, firstNames: first, lastNames: 'Quintanilla', phone: '984123456', address: 'Jr. Los Andes 123', coverageChecked: true });
    const hiv = reason === 'hiv';
    // A very low birth weight premature is served at 6–12 months of corrected age.
    const withInfant = await f.ok('formula.createInfant', { caregiverId: caregiver.id, firstNames: infant, lastNames: 'Ramírez', birthDate: hiv ? '2026-10-17' : '2026-02-01' });
    const infantId = withInfant.infants[0]?.id ?? '';
    await f.ok('formula.createPrescription', {
      infantId,
      prescriptionDate: '2026-11-20',
      reasonCode: reason,
      milkType: 'Fórmula de inicio',
      replacement: 'total',
      durationMonths: 6,
      prescriberName: 'Dra. Ana Torres',
      prescriberProfession: 'Médica pediatra',
      prescriberLicence: 'CMP 45678',
      hivCaregiverBirthDate: hiv ? '1998-04-30' : '',
      hivCaregiverSex: hiv ? 'F' : '',
      hivViralLoad: hiv ? '< 50 copias/ml' : '',
      hivModality: hiv ? 'Tratamiento antirretroviral' : '',
      ...(hiv ? {} : { gestationalWeeks: 28, birthWeightGrams: 1350 }),
      prescriptionImage: image,
    });
    return infantId;
  };
  await family(DNI.hiv, 'Marisol', 'Thiago', 'hiv');
  await family(DNI.other, 'Belén', 'Luz', 'prematureVlbw');
  await f.ok('session.logout', {});
  await f.ok('session.login', { username: 'eva.salud', password: 'clave-de-prueba' });
  const mother = await f.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', nationalId: DNI.leadMother, phone: '966000222', profile: { ownBreastfeeding: true }, notes: 'Vive lejos del puesto' });
  const group = await f.ok('groups.create', { name: 'Cerrito', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Local', periodicityDays: 15, community: 'Cerrito' });
  const detail = await f.ok('groups.addMember', { groupId: group.id, firstNames: 'Yolanda', lastNames: 'Huamaní', nationalId: DNI.member, memberType: 'pregnant', phone: '955000111', joinedOn: '2026-10-01' });
  const memberId = detail.members[0]?.id ?? '';
  await f.ok('groups.recordSession', {
    groupId: group.id,
    sessionDate: '15/11/2026',
    place: 'Local',
    topic: 'Posiciones',
    facilitatorLeadMotherId: mother.id,
    facilitatorStaff: '',
    moments: {},
    attendance: [{ memberId, present: false, absenceReason: 'Viajó a la chacra' }],
    confidentialNotes: 'Una integrante contó una experiencia difícil.',
  });
  return f;
}

/** The decrypted content of a bundle as the receiver reads it: every value of every row, as text. */
function bundleText(to: TestApp, bytes: Buffer): { text: string; tables: string[]; blobs: number } {
  const verified = verifyBundle(to.main.ctx, bytes);
  return { text: JSON.stringify(verified.tables.map((t) => t.rows)), tables: verified.tables.map((t) => t.table), blobs: verified.manifest.blobs.length };
}

describe('a bundle up carries only what the receiving level may see (issue 18.1)', () => {
  it.each(LEVELS.flatMap((kind) => (['PE', 'AR'] as const).map((country) => [country, kind] as const)))('%s, a facility sending to a %s', async (country, kind) => {
    const f = await facilityWithEverything(country);
    const parent = await siteIn(country, kind, `P${kind.toUpperCase()}`, `Nivel ${kind}`);
    enrol(f, parent);
    const { text, tables, blobs } = bundleText(parent, exportToParent(f.main.ctx).bytes);
    const allowed = categoriesFor(receiver(country, kind));
    // Never: group members, their contact, lead mothers' DNI and phone, notes and testimonies, HIV details.
    for (const secret of [...SECRETS.member, ...SECRETS.leadMotherContact, ...SECRETS.notes, ...SECRETS.hiv, DNI.hiv, 'Marisol', 'Thiago']) expect(text).not.toContain(secret);
    // Identities of the family outside the HIV reason only where the table allows them.
    for (const secret of ['Belén', DNI.other, ...SECRETS.contact]) expect(text.includes(secret)).toBe(allowed.has('identities'));
    expect(text.includes('1350')).toBe(allowed.has('clinical'));
    expect(text.includes('prematureVlbw')).toBe(allowed.has('clinical'));
    expect(tables.includes('attachments')).toBe(allowed.has('documents'));
    expect(blobs > 0).toBe(allowed.has('documents'));
    // Staff and lead mothers' names go up everywhere.
    expect(text).toContain('Mamani');
    expect(text).toContain('Dra. Ana Torres');
    // What the receiver stores equals what it could read, and figures count every record.
    importBundle(parent.main.ctx, exportToParent(f.main.ctx).bytes);
    expect(parent.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM caregivers').pluck().get()).toBe(2);
    expect(parent.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM group_members').pluck().get()).toBe(1);
  });

  it('the HIV direction receives the identity of the person in the HIV reason; the pseudonyms elsewhere are stable', async () => {
    const f = await facilityWithEverything('AR');
    const direction = await siteIn('AR', 'national', 'DINACI', 'Dirección Nacional');
    await direction.ok('sync.setHivDirection', { on: true });
    enrol(f, direction);
    const { text } = bundleText(direction, exportToParent(f.main.ctx).bytes);
    for (const secret of [DNI.hiv, 'Marisol', 'Thiago', ...SECRETS.hiv]) expect(text).toContain(secret);

    const other = await facilityWithEverything('AR');
    const area = await siteIn('AR', 'microNetwork', 'AREA1', 'Área programática 1');
    enrol(other, area);
    const first = bundleText(area, exportToParent(other.main.ctx).bytes).text;
    const again = bundleText(area, exportToParent(other.main.ctx).bytes).text;
    expect(again).toBe(first);
    expect(first).toMatch(/anon-[0-9a-f]{10}/);
  });
});

describe('the receiving level and corrections (issue 18.1)', () => {
  it('a coordination site that asks for less keeps less even from a sender that sends more; asking never gives more', async () => {
    const f = await facilityWithEverything('PE');
    const micro = await siteIn('PE', 'microNetwork', 'MRSJ', 'Microrred San Juan');
    enrol(f, micro);
    await f.ok('session.logout', {});
    await f.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    expect(await f.invoke('sync.setDeidentified', { on: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await f.invoke('sync.setHivDirection', { on: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await micro.invoke('sync.setHivDirection', { on: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await micro.ok('sync.setDeidentified', { on: true });
    const result = importBundle(micro.main.ctx, exportToParent(f.main.ctx).bytes);
    expect(result.summary.caregivers?.new).toBe(2);
    const held = JSON.stringify(micro.main.ctx.sqlite.prepare('SELECT * FROM caregivers').all()) + JSON.stringify(micro.main.ctx.sqlite.prepare('SELECT * FROM infants').all());
    for (const secret of ['Belén', DNI.other, ...SECRETS.contact]) expect(held).not.toContain(secret);
    expect(micro.main.ctx.sqlite.prepare('SELECT COUNT(*) FROM attachments').pluck().get()).toBe(0);
  });

  it('a level without identities corrects no name, and its correction of another field never overwrites the facility’s names', async () => {
    const f = await facilityWithEverything('AR');
    const area = await siteIn('AR', 'microNetwork', 'AREA1', 'Área programática 1');
    enrol(f, area);
    importBundle(area.main.ctx, exportToParent(f.main.ctx).bytes);
    await signInAs(area, 'ana.coordina', 'coordinator');
    const infant = area.main.ctx.sqlite.prepare("SELECT id FROM infants WHERE first_names LIKE 'anon-%' AND birth_date = '2026-10-17'").pluck().get() as string;
    const form = correctionForm(area.main.ctx, 'infants', infant);
    expect(form.fields.map((field) => field.column)).toEqual(['birth_date']);
    expect(() => correctRecord(area.main.ctx, { table: 'infants', id: infant, changes: { first_names: 'Otro' }, reason: 'r' })).toThrow(/no se puede corregir/);
    const before = f.main.ctx.sqlite.prepare('SELECT first_names, last_names FROM infants WHERE id = ?').get(infant) as { first_names: string };
    correctRecord(area.main.ctx, { table: 'infants', id: infant, changes: { birth_date: '16/10/2026' }, reason: 'Fecha mal copiada' });
    expect(importBundle(f.main.ctx, exportToChild(area.main.ctx, CODES.AR).bytes).summary.infants).toMatchObject({ updated: 1 });
    const after = f.main.ctx.sqlite.prepare('SELECT first_names, last_names, birth_date FROM infants WHERE id = ?').get(infant) as { first_names: string; birth_date: string };
    expect(after).toEqual({ ...before, birth_date: '2026-10-16' });
  });
});

describe('figures do not depend on identities (issue 18.1)', () => {
  it('the consolidated view of the same facility is the same at a level with identities and at one without', async () => {
    const f = await facilityWithEverything('AR');
    const area = await siteIn('AR', 'microNetwork', 'AREA1', 'Área programática 1');
    const jurisdiction = await siteIn('AR', 'region', 'JURIS1', 'Programa provincial');
    const views: ConsolidatedView[] = [];
    for (const parent of [area, jurisdiction]) {
      enrol(f, parent);
      importBundle(parent.main.ctx, exportToParent(f.main.ctx).bytes);
      await signInAs(parent, 'ana.coordina', 'coordinator');
      views.push(await parent.ok('sync.consolidated', { year: 2026 }));
      // A facility has one parent: the next one replaces it (as a facility that changes its level would).
      f.main.ctx.sqlite.prepare("DELETE FROM sync_peers WHERE relation = 'parent'").run();
    }
    expect(views[0]?.facilities.length).toBe(1);
    expect(views[0]?.facilities).toEqual(views[1]?.facilities);
    const figures = (v: ConsolidatedView | undefined) => v && { numerator: v.indicator2.numerator, denominator: v.indicator2.denominator, shortfalls: v.indicator2.shortfalls };
    expect(figures(views[0])).toEqual(figures(views[1]));
  });
});
