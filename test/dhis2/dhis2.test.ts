import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src-main/cli/main';
import { exportToChild } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { parseMappingCsv } from '../../src-shared/dhis2/mapping-csv';
import { buildPayload, payloadCsv } from '../../src-shared/dhis2/payload';
import { readImportSummary } from '../../src-shared/dhis2/summary';
import { putFacility, putRow } from '../helpers/rows';
import { addUser, MIGRATIONS, tempDir, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';
import { startStandIn, type StandIn } from './stand-in';
import { REGISTRY } from './fixtures';
import { withWorkers } from '../helpers/workers';

// These reads run in the worker thread the app ships (issue 19): the same answers, errors included.
beforeAll(() => withWorkers());

const MAPPING = [
  'tipo;clave;uid;categoryOptionCombo',
  'elemento;ind1.regionsWithTeam;DeInd1Num01;',
  'elemento;ind1.regions;DeInd1Den01;',
  'elemento;ind2.facilitiesWithGroup;DeInd2Num01;',
  'elemento;ind2.birthFacilities;DeInd2Den01;',
  'elemento;groups.formed;DeGroups001;',
  'elemento;formula.kilograms;DeKg0000001;',
  'elemento;formula.admissions.hiv;DeAdmReas01;CocHiv00001',
  'unidad;pais;OuPeru00001;',
  'unidad;diresa cusco;OuCusco0001;',
  'unidad;00001111;OuCerrito01;',
].join('\n');
const b64 = (text: string) => Buffer.from(text).toString('base64');

async function national(): Promise<TestApp> {
  const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
  await addUser(n, 'ana.coordina', 'coordinator', 'clave-coordina-1');
  await n.ok('session.logout', {});
  await n.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
  await n.ok('levels.importRegistry', { fileName: 'renaes.csv', listDate: '01/11/2026', dataBase64: b64(REGISTRY) });
  return n;
}

/** A small consolidated state: one facility with a group formed in the first semester and one delivery, one facilitator. */
async function knownState(): Promise<TestApp> {
  const n = await national();
  n.main.ctx.sqlite.pragma('foreign_keys = OFF');
  const a = putFacility(n, '00001111', 'DIRESA Cusco');
  putRow(n, 'lead_mothers', { id: 'mother-1', owner_site_id: a, first_names: 'Rosa', last_names: 'Mamani', profile: '{}', status: 'trained', created_at: 1 });
  const group = putRow(n, 'support_groups', { owner_site_id: a, name: 'Grupo', formed_on: '2026-02-01', lead_mother_ids: '["mother-1"]', place: 'Local', periodicity_days: 15, created_at: 1 });
  putRow(n, 'group_sessions', { owner_site_id: a, group_id: group, status: 'held', session_date: '2026-03-10', place: 'Local', topic: 'Tema', created_at: 1 });
  const p = putRow(n, 'prescriptions', { owner_site_id: a, infant_id: 'infant-1', prescription_date: '2026-03-05', reason_code: 'hiv' });
  putRow(n, 'deliveries', { owner_site_id: a, prescription_id: p, delivery_date: '2026-03-05', cans_800: 2, cans_1kg: 0 });
  n.main.ctx.sqlite.pragma('foreign_keys = ON');
  const view = await n.ok('levels.registerFacilitator', { region: 'DIRESA Cusco', facilityCode: '00001111', fullName: 'Lic. Eva Ramos', profession: 'Enfermera', profile: { caresUnder2: true, knowsNorms: true, solvesConflicts: true, adultEducation: true, respectsCulture: true, communicates: true, handlesPressure: true, proactive: true, innovative: true, computerSkills: true }, registeredOn: '10/01/2026' });
  await n.ok('levels.addFacilitatorTraining', { facilitatorId: view.facilitators[0]?.id ?? '', title: 'Curso', startDate: '20/01/2026', endDate: '01/02/2026', hours: 24 });
  return n;
}

let standIn: StandIn | null = null;
afterEach(async () => {
  await standIn?.close();
  standIn = null;
});

describe('the DHIS2 mapping (issue 20)', () => {
  const known = { reasonCodes: new Set(['hiv']), orgUnits: new Set(['pais', 'diresa cusco', '00001111']) };
  it('lists every unknown element, unknown org unit, bad identifier and duplicate, with its line', () => {
    const parsed = parseMappingCsv(
      ['tipo;clave;uid;categoryOptionCombo', 'elemento;ind1.regions;DeInd1Den01;', 'elemento;ind9.nada;DeInd9Den01;', 'unidad;DIRESA Lima;OuLima00001;', 'elemento;ind1.regions;DeOther0001;', 'unidad;pais;123;', 'elemento;formula.admissions.tbc;DeAdmReas01;', 'otra;x;DeX00000001;', 'unidad;DIRESA  CUSCO;OuCusco0001;'].join('\n'),
      known,
    );
    expect(parsed.entries.map((e) => [e.kind, e.key, e.uid])).toEqual([
      ['element', 'ind1.regions', 'DeInd1Den01'],
      ['orgUnit', 'DIRESA  CUSCO', 'OuCusco0001'],
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(parsed.problems[0]?.reason).toContain('«ind9.nada» no es una cifra');
    expect(parsed.problems[1]?.reason).toContain('«DIRESA Lima» no es «pais», una región');
    expect(parsed.problems[2]?.reason).toBe('«ind1.regions» ya está en la fila 2');
    expect(parsed.problems[3]?.reason).toContain('«123» no es un identificador de DHIS2');
    expect(parsed.problems[4]?.reason).toContain('formula.admissions.tbc');
  });

  it('a mapping with one bad line keeps nothing; a good one travels down as reference data', async () => {
    const n = await national();
    const refused = await n.ok('dhis2.importMapping', { fileName: 'mapeo.csv', dataBase64: b64(`${MAPPING}\nunidad;DIRESA Lima;OuLima00001;`) });
    expect(refused).toMatchObject({ importId: null, entries: 0, problems: [{ line: 12 }] });
    expect((await n.ok('dhis2.mapping', {})).inForce).toBeNull();
    const kept = await n.ok('dhis2.importMapping', { fileName: 'mapeo.csv', dataBase64: b64(MAPPING) });
    expect(kept.entries).toBe(10);
    expect((await n.ok('dhis2.exportMapping', {})).csv).toContain('elemento;formula.admissions.hiv;DeAdmReas01;CocHiv00001');
    // It travels down: a region holds the national mapping and exports its own part with it.
    const region = await siteOf('region', 'DIRESACU', 'DIRESA Cusco');
    enrol(region, n);
    importBundle(region.main.ctx, exportToChild(n.main.ctx, 'DIRESACU').bytes);
    await addUser(region, 'rita.region', 'coordinator', 'clave-coordina-2');
    await region.ok('session.logout', {});
    await region.ok('session.login', { username: 'rita.region', password: 'clave-coordina-2' });
    expect(await region.ok('dhis2.mapping', {})).toMatchObject({ canImport: false, inForce: { issuedBy: 'MINSA DGIESP' } });
    expect(await region.invoke('dhis2.importMapping', { fileName: 'm.csv', dataBase64: b64(MAPPING) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const regional = JSON.parse((await region.ok('dhis2.export', { period: '2026', format: 'json' })).content) as { dataValues: { orgUnit: string }[] };
    expect(regional.dataValues.map((v) => v.orgUnit)).toEqual(['OuCusco0001', 'OuCusco0001']);
  });
});

describe('the DHIS2 payload (issue 20)', () => {
  it('for a known small consolidated state equals the hand-written dataValueSets, JSON and CSV, and lists what the mapping leaves out', async () => {
    const n = await knownState();
    await n.ok('dhis2.importMapping', { fileName: 'mapeo.csv', dataBase64: b64(MAPPING) });
    const exported = await n.ok('dhis2.export', { period: '2026s1', format: 'json' });
    expect(JSON.parse(exported.content)).toEqual({
      dataValues: [
        { dataElement: 'DeInd1Num01', period: '2026S1', orgUnit: 'OuPeru00001', value: '1' },
        { dataElement: 'DeInd1Den01', period: '2026S1', orgUnit: 'OuPeru00001', value: '2' },
        { dataElement: 'DeInd2Num01', period: '2026S1', orgUnit: 'OuPeru00001', value: '1' },
        { dataElement: 'DeInd2Den01', period: '2026S1', orgUnit: 'OuPeru00001', value: '2' },
        { dataElement: 'DeInd2Num01', period: '2026S1', orgUnit: 'OuCusco0001', value: '1' },
        { dataElement: 'DeInd2Den01', period: '2026S1', orgUnit: 'OuCusco0001', value: '1' },
        { dataElement: 'DeGroups001', period: '2026S1', orgUnit: 'OuCerrito01', value: '1' },
        { dataElement: 'DeKg0000001', period: '202603', orgUnit: 'OuCusco0001', value: '1.6' },
        { dataElement: 'DeAdmReas01', period: '202603', orgUnit: 'OuCusco0001', categoryOptionCombo: 'CocHiv00001', value: '1' },
      ],
    });
    expect(exported).toMatchObject({ fileName: 'dhis2-MINSA-2026S1.json', valueCount: 9, unmappedOrgUnits: ['DIRESA Puno'] });
    expect(exported.unmappedFigures).toEqual(
      expect.arrayContaining(['team.activeTrained', 'team.needed', 'groups.sessions', 'groups.leadMothersTrained', 'formula.cans800', 'formula.infants', 'formula.kilograms.hiv']),
    );
    const csv = await n.ok('dhis2.export', { period: '2026S1', format: 'csv' });
    expect(csv.content.split('\n').slice(0, 2)).toEqual(['dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupd,comment', '"DeInd1Num01","2026S1","OuPeru00001",,,"1",,,']);
    expect(csv.content).toContain('"DeAdmReas01","202603","OuCusco0001","CocHiv00001",,"1",,,');
    expect(await n.invoke('dhis2.export', { period: '2026S3', format: 'json' })).toMatchObject({ ok: false, error: { fieldErrors: { period: expect.stringContaining('2026S1') as unknown } } });
  });

  it('the command line writes the same file: lactared dhis2 export --period 2026S1 --out f.json', async () => {
    const n = await knownState();
    await n.ok('dhis2.importMapping', { fileName: 'mapeo.csv', dataBase64: b64(MAPPING) });
    const expected = (await n.ok('dhis2.export', { period: '2026S1', format: 'json' })).content;
    const out = path.join(tempDir(), 'f.json');
    let stdout = '';
    const code = await runCli(['dhis2', 'export', '--period', '2026S1', '--out', out, '--data-dir', n.dataDir, '--json'], { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t), migrationsFolder: MIGRATIONS, version: '0.0.0-test' });
    expect(code, stdout).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(expected);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, values: 9, unmappedOrgUnits: ['DIRESA Puno'] });
    let usage = '';
    expect(await runCli(['dhis2', 'export', '--period', '2026S1', '--data-dir', n.dataDir], { stdout: (t) => (usage += t), stderr: (t) => (usage += t), migrationsFolder: MIGRATIONS, version: '0.0.0-test' })).toBe(2);
    expect(usage).toContain('Falta la opción --period, --out');
  });

  it('a month period carries only the formula program; values a facility never reached are not sent', () => {
    const built = buildPayload(
      [
        { figure: 'formula.kilograms', orgUnit: 'DIRESA Cusco', period: '202611', value: 12.345 },
        { figure: 'formula.kilograms', orgUnit: 'DIRESA Lima', period: '202611', value: 3 },
      ],
      [
        { kind: 'element', key: 'formula.kilograms', uid: 'DeKg0000001', categoryOptionCombo: '', line: 2 },
        { kind: 'orgUnit', key: 'DIRESA Cusco', uid: 'OuCusco0001', categoryOptionCombo: '', line: 3 },
      ],
    );
    expect(built.payload.dataValues).toEqual([{ dataElement: 'DeKg0000001', period: '202611', orgUnit: 'OuCusco0001', value: '12.3' }]);
    expect(built.unmappedOrgUnits).toEqual(['DIRESA Lima']);
    expect(payloadCsv(built.payload)).toBe('dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupd,comment\n"DeKg0000001","202611","OuCusco0001",,,"12.3",,,\n');
  });

  it('reads the import summary of DHIS2 up to 2.35 and from 2.36', () => {
    expect(readImportSummary({ responseType: 'ImportSummary', status: 'SUCCESS', importCount: { imported: 3, updated: 1, ignored: 0, deleted: 0 }, conflicts: [] })).toMatchObject({ status: 'SUCCESS', imported: 3, updated: 1 });
    expect(readImportSummary({ httpStatus: 'Conflict', status: 'WARNING', response: { status: 'WARNING', importCount: { imported: 0, updated: 0, ignored: 2, deleted: 0 }, conflicts: [{ object: 'x', value: 'y' }] } })).toMatchObject({
      ignored: 2,
      conflicts: [{ object: 'x', value: 'y' }],
    });
    expect(readImportSummary('<html>')).toBeNull();
    expect(readImportSummary({ status: 'OK' })).toBeNull();
  });
});

describe('pushing to DHIS2 (issue 20)', () => {
  async function configured(knownOrgUnits: readonly string[]): Promise<TestApp> {
    const n = await knownState();
    await n.ok('dhis2.importMapping', { fileName: 'mapeo.csv', dataBase64: b64(MAPPING) });
    standIn = await startStandIn({ knownOrgUnits });
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
    const saved = await n.ok('dhis2.saveServer', { url: `${standIn.url}/`, username: 'admin', password: 'district' });
    expect(saved).toEqual({ url: standIn.url, username: 'admin', passwordSet: true });
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
    return n;
  }
  const pushes = (n: TestApp) => n.main.ctx.sqlite.prepare('SELECT dry_run AS dryRun, status, imported FROM dhis2_pushes ORDER BY id').all();

  it('a dry run first, then for real; the stand-in accepts the payload and the summary is kept', async () => {
    const n = await configured(['OuPeru00001', 'OuCusco0001', 'OuCerrito01']);
    expect(await n.invoke('dhis2.push', { period: '2026S1', dryRun: false })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Primero haga la prueba') as unknown } });
    const dry = await n.ok('dhis2.push', { period: '2026S1', dryRun: true });
    expect(dry.summary).toMatchObject({ status: 'SUCCESS', imported: 9, updated: 0, ignored: 0, conflicts: [] });
    expect(standIn?.stored.size).toBe(0);
    const real = await n.ok('dhis2.push', { period: '2026S1', dryRun: false });
    expect(real.summary).toMatchObject({ status: 'SUCCESS', imported: 9 });
    expect(standIn?.stored.get('DeKg0000001|202603|OuCusco0001|')).toBe('1.6');
    expect(standIn?.requests.map((r) => r.dryRun)).toEqual([true, false]);
    expect(pushes(n)).toEqual([
      { dryRun: 1, status: 'SUCCESS', imported: 9 },
      { dryRun: 0, status: 'SUCCESS', imported: 9 },
    ]);
  });

  it('shows the conflicts DHIS2 reports (HTTP 409)', async () => {
    const n = await configured(['OuPeru00001']);
    const dry = await n.ok('dhis2.push', { period: '2026S1', dryRun: true });
    expect(dry.summary).toMatchObject({ status: 'WARNING', imported: 4, ignored: 5 });
    expect(dry.summary.conflicts[0]).toEqual({ object: 'OuCusco0001', value: 'Org unit not found or not accessible' });
  });

  it('a server down or a wrong password: a clear Spanish message, nothing marked as sent', async () => {
    const n = await configured(['OuPeru00001']);
    await standIn?.close();
    standIn = null;
    const down = await n.invoke('dhis2.push', { period: '2026S1', dryRun: true });
    expect(down).toMatchObject({ ok: false, error: { message: expect.stringContaining('No se pudo conectar con http://127.0.0.1') as unknown } });
    expect(pushes(n)).toEqual([]);
    standIn = await startStandIn({ knownOrgUnits: [], password: 'otra' });
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
    await n.ok('dhis2.saveServer', { url: standIn.url, username: 'admin', password: '' });
    await n.ok('session.logout', {});
    await n.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
    expect(await n.invoke('dhis2.push', { period: '2026S1', dryRun: true })).toMatchObject({ ok: false, error: { message: expect.stringContaining('401') as unknown } });
    expect(pushes(n)).toEqual([]);
  });
});
