import { afterAll, describe, expect, it } from 'vitest';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { tempDir } from '../helpers/test-app';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import type { AreaIndicator2 } from '../../src-shared/levels/indicators';
import { anexo2Data } from '../../src-main/printing/anexo2-data';
import { addUser, type TestApp } from '../helpers/test-app';

afterAll(closePdfEngine);
import { enrol, siteOf } from '../sync/sync-helpers';

/** The registry the national level imports: six facilities, one never enrolled, one without births, one in Puno. */
const REGISTRY = [
  'codigo;nombre;categoria;diresa;red;microrred;distrito;provincia;atiende partos;telefono',
  '00001111;Puesto de Salud Cerrito;I-2;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;San Jerónimo;Cusco;si;084-555111',
  '00002222;Centro de Salud Belén;I-3;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;Santiago;Cusco;si;',
  '00003333;Puesto de Salud Otra;I-1;DIRESA Cusco;Red Cusco Norte;Microrred Otra;Oropesa;Quispicanchi;si;',
  '00004444;Puesto de Salud Nunca;I-1;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;Saylla;Cusco;si;',
  '00005555;Posta sin partos;I-1;DIRESA Cusco;Red Cusco Norte;Microrred San Juan;Saylla;Cusco;no;',
  '00006666;Centro de Salud Puno;I-4;DIRESA Puno;Red Puno;Microrred Puno;Puno;Puno;si;',
  'xx;línea rota',
].join('\n');

async function signIn(app: TestApp, username: string, role: 'coordinator' | 'health'): Promise<void> {
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
  await addUser(app, username, role, 'clave-de-prueba-1');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba-1' });
}

/** A group formed in the period: created with its lead mother, one session held with attendance. */
async function formGroup(app: TestApp): Promise<void> {
  await signIn(app, 'eva.salud', 'health');
  const mother = await app.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: { ownBreastfeeding: true } });
  let group = await app.ok('groups.create', { name: 'Grupo Uno', formedOn: '01/09/2026', leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15, community: 'Cerrito' });
  group = await app.ok('groups.addMember', { groupId: group.id, firstNames: 'Ana', lastNames: 'Quispe', memberType: 'pregnant', joinedOn: '01/09/2026' });
  await app.ok('groups.recordSession', {
    groupId: group.id,
    sessionDate: '15/10/2026',
    place: 'Local comunal',
    topic: 'Posiciones',
    facilitatorLeadMotherId: mother.id,
    moments: {},
    attendance: group.members.map((m) => ({ memberId: m.id, present: true })),
  });
}

const up = (from: TestApp, to: TestApp) => importBundle(to.main.ctx, exportToParent(from.main.ctx).bytes);
const down = (from: TestApp, to: TestApp, code: string) => importBundle(to.main.ctx, exportToChild(from.main.ctx, code).bytes);
const figures = (a: AreaIndicator2 | undefined) => a && [a.numerator, a.denominator, a.percent];
const find = (root: AreaIndicator2, path: readonly string[]): AreaIndicator2 | undefined => path.reduce<AreaIndicator2 | undefined>((at, name) => at?.children.find((c) => c.name === name), root);

describe('the levels above the red: registry, facilitators and the two indicators along a chain (issue 16)', () => {
  it('the registry travels down, gives every level its denominators, and the indicators agree at every level', async () => {
    const f1 = await siteOf('facility', '00001111', 'Puesto de Salud Cerrito');
    const f2 = await siteOf('facility', '00002222', 'Centro de Salud Belén');
    const f3 = await siteOf('facility', '00003333', 'Puesto de Salud Otra', undefined);
    const m = await siteOf('microNetwork', 'MRSJ', 'Microrred San Juan');
    const r = await siteOf('network', 'REDCN', 'Red Cusco Norte');
    const g = await siteOf('region', 'DIRESACU', 'DIRESA Cusco');
    const n = await siteOf('national', 'MINSA', 'MINSA DGIESP');
    enrol(f1, m);
    enrol(f2, m);
    enrol(m, r);
    // The third facility skips the microrred: it sends straight to its red.
    enrol(f3, r);
    enrol(r, g);
    enrol(g, n);
    for (const app of [m, r, g, n]) await signIn(app, 'ana.coordina', 'coordinator');

    const imported = await n.ok('levels.importRegistry', { fileName: 'renaes.csv', listDate: '01/11/2026', dataBase64: Buffer.from(REGISTRY, 'latin1').toString('base64') });
    expect(imported).toMatchObject({ rowCount: 6, attendingBirths: 5, rejected: [{ line: 8 }] });
    down(n, g, 'DIRESACU');
    down(g, r, 'REDCN');
    down(r, m, 'MRSJ');
    down(r, f3, '00003333');
    down(m, f1, '00001111');
    down(m, f2, '00002222');
    // Every level holds the national list as its registry in force, and cannot import one below the region.
    for (const app of [g, r, m]) expect((await app.ok('levels.registry', {})).inForce).toMatchObject({ rowCount: 6, mine: false, issuedBy: 'MINSA DGIESP' });
    expect(await r.invoke('levels.importRegistry', { fileName: 'x.csv', listDate: '01/11/2026', dataBase64: Buffer.from(REGISTRY).toString('base64') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Anexo 2 of the facility prints its district and province from the registry it received.
    expect(anexo2Data(f1.main.ctx, null, null)).toMatchObject({ district: 'San Jerónimo', province: 'Cusco' });

    await formGroup(f1);
    await formGroup(f3);
    up(f1, m);
    up(f2, m);
    up(m, r);
    up(f3, r);
    up(r, g);
    // The region registers its team: 4 birth-attending facilities in Cusco need one facilitator.
    await g.ok('levels.registerFacilitator', {
      facilityCode: '00001111',
      fullName: 'Lic. Eva Ramos',
      profession: 'Enfermera',
      profile: { caresUnder2: true, knowsNorms: true, solvesConflicts: true, adultEducation: true, respectsCulture: true, communicates: true, handlesPressure: true, proactive: true, innovative: true, computerSkills: true },
      registeredOn: '10/02/2026',
    });
    let team = await g.ok('levels.facilitators', {});
    expect(team.teams).toEqual([{ region: 'DIRESA Cusco', birthFacilities: 4, needed: 1, activeTrained: 0, complete: false }]);
    const facilitatorId = team.facilitators[0]?.id ?? '';
    team = await g.ok('levels.addFacilitatorTraining', { facilitatorId, title: 'Consejería en lactancia', provider: 'DIRESA', startDate: '01/03/2026', endDate: '05/03/2026', hours: 40 });
    expect(team.teams[0]).toMatchObject({ activeTrained: 1, complete: true });
    up(g, n);

    // The region publishes the directory of its Level I groups; it travels down and every facility prints it.
    expect(await r.invoke('levels.publishDirectory', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const published = await g.ok('levels.publishDirectory', {});
    expect(published.entries.map((e) => [e.facilityCode, e.groupName, e.district, e.contact])).toEqual([
      ['00003333', 'Grupo Uno', 'Oropesa', ''],
      ['00001111', 'Grupo Uno', 'San Jerónimo', '084-555111'],
    ]);
    down(g, r, 'REDCN');
    down(r, m, 'MRSJ');
    down(m, f2, '00002222');
    const atFacility = await f2.ok('levels.directory', {});
    expect(atFacility).toMatchObject({ canPublish: false, directory: { region: 'DIRESA Cusco', issuedBy: 'DIRESA Cusco' } });
    expect(atFacility.entries).toEqual(published.entries);
    const directoryPdf = inspectPdf(await pdfOf((await f2.ok('print.directory', {})).html), 'group-directory', tempDir());
    expect(directoryPdf.text).toContain('DIRECTORIO DE GRUPOS DE APOYO');
    expect(directoryPdf.text).toContain('084-555111');
    expect((await f2.ok('levels.exportDirectory', {})).csv).toContain('Red Cusco Norte;Microrred San Juan;00001111;Puesto de Salud Cerrito;San Jerónimo;Grupo Uno;Cerrito;Local comunal;;;084-555111');

    const year = { year: 2026, half: 0 } as const;
    const [atM, atR, atG, atN] = [await m.ok('sync.consolidated', year), await r.ok('sync.consolidated', year), await g.ok('sync.consolidated', year), await n.ok('sync.consolidated', year)];
    // The microrred answers for its three birth-attending facilities (one never enrolled): one has a group.
    expect(figures(atM.indicator2)).toEqual([1, 3, 33.3]);
    expect(atM.indicator2.shortfalls.map((f) => f.code)).toEqual(['00002222', '00004444']);
    expect(atM.indicator1).toBeNull();
    expect(figures(atR.indicator2)).toEqual([2, 4, 50]);
    expect(figures(atG.indicator2)).toEqual([2, 4, 50]);
    expect(atG.indicator1).toMatchObject({ numerator: 1, denominator: 1, percent: 100 });
    expect(figures(atN.indicator2)).toEqual([2, 5, 40]);
    // Indicator 1 per country: Cusco has its team, Puno (one facility attending births) has none.
    expect(atN.indicator1).toMatchObject({ numerator: 1, denominator: 2, percent: 50, meetsStandard: false, shortfalls: [{ region: 'DIRESA Puno', missing: 1 }] });
    // The national drill-down gives each lower site's own figures for the facilities below it.
    expect(figures(find(atN.indicator2, ['DIRESA Cusco']))).toEqual(figures(atG.indicator2));
    expect(figures(find(atN.indicator2, ['DIRESA Cusco', 'Red Cusco Norte']))).toEqual(figures(atR.indicator2));
    expect(figures(find(atN.indicator2, ['DIRESA Cusco', 'Red Cusco Norte', 'Microrred San Juan']))).toEqual(figures(atM.indicator2));
    expect(figures(find(atG.indicator2, ['Red Cusco Norte', 'Microrred San Juan']))).toEqual(figures(atM.indicator2));
    // The facility figures are the same wherever they are read.
    const cerrito = (v: typeof atN) => v.facilities.find((f) => f.code === '00001111');
    expect(cerrito(atN)).toEqual(cerrito(atM));
    expect(cerrito(atN)).toMatchObject({ groupsFormed: 1, sessionsHeld: 1, attendancePercent: 100, inRegistry: true });
    // A semester without sessions forms no group.
    const firstHalf = await n.ok('sync.consolidated', { year: 2026, half: 1 });
    expect(figures(firstHalf.indicator2)).toEqual([0, 5, 0]);

    // The same figures as CSV: every registry facility of the area (enrolled or not) and the indicators by area.
    const rows = (await n.ok('levels.exportConsolidated', { ...year, table: 'facilities' })).csv.split('\r\n');
    expect(rows[0]).toContain('Región;Red;Microrred;Código;Establecimiento');
    expect(rows.find((line) => line.includes('00004444'))).toBe('DIRESA Cusco;Red Cusco Norte;Microrred San Juan;00004444;Puesto de Salud Nunca;I-1;Sí;Sí;No;0;No;0;;0;0;0;0;0;0');
    expect(rows.find((line) => line.includes('00001111'))).toMatch(/^DIRESA Cusco;Red Cusco Norte;Microrred San Juan;00001111;Puesto de Salud Cerrito;I-2;Sí;Sí;Sí;1;Sí;1;100;0;0;/);
    expect(rows.find((line) => line.includes('00005555'))).toContain(';No;Sí;No;0;;');
    const indicators = (await n.ok('levels.exportConsolidated', { ...year, table: 'indicators' })).csv;
    expect(indicators).toContain('Indicador 1: regiones con equipo de facilitadores;País;Perú;1;2;50;80;No');
    expect(indicators).toContain('Indicador 2: establecimientos que atienden partos con grupo conformado;Microrred;Microrred San Juan;1;3;33.3;80;No');
    // And printed on A4, with the shortfalls named.
    const printed = await n.ok('print.consolidated', year);
    const pdf = inspectPdf(await pdfOf(printed.html), 'consolidated-national', tempDir());
    expect(pdf.pageSizeMm).toEqual([210, 297]);
    expect(pdf.text).toContain('CONSOLIDADO DE LOS GRUPOS DE APOYO');
    expect(pdf.text).toContain('Puesto de Salud Nunca');
    expect(pdf.text).toContain('DIRESA Puno');
  });
});
