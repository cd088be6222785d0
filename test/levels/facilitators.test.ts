import { describe, expect, it } from 'vitest';
import { exportToChild, exportToParent } from '../../src-main/sync/export-service';
import { importBundle } from '../../src-main/sync/import-service';
import { addUser, type TestApp } from '../helpers/test-app';
import { enrol, siteOf } from '../sync/sync-helpers';

const CSV = ['codigo;nombre;diresa;red;microrred;atiende partos', '00001111;Puesto Cerrito;DIRESA Cusco;Red Norte;MR Uno;si', '00009999;Hospital Puno;DIRESA Puno;Red Puno;MR Puno;si'].join('\n');
const PROFILE = { caresUnder2: true, knowsNorms: true, solvesConflicts: false, adultEducation: true, respectsCulture: true, communicates: true, handlesPressure: true, proactive: true, innovative: true, computerSkills: false };

async function coordinator(app: TestApp): Promise<TestApp> {
  await addUser(app, 'ana.coordina', 'coordinator', 'clave-coordina-1');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username: 'ana.coordina', password: 'clave-coordina-1' });
  return app;
}

async function withRegistry(kind: 'region' | 'national', code: string): Promise<TestApp> {
  const app = await coordinator(await siteOf(kind, code, kind === 'region' ? 'DIRESA Cusco' : 'MINSA DGIESP'));
  await app.ok('levels.importRegistry', { fileName: 'renaes.csv', listDate: '01/11/2026', dataBase64: Buffer.from(CSV).toString('base64') });
  return app;
}

const facilitator = (overrides: Record<string, unknown> = {}) => ({ facilityCode: '00001111', fullName: 'Lic. Eva Ramos', profession: 'Enfermera', profile: PROFILE, registeredOn: '10/02/2026', ...overrides });

describe('the facility registry import (issue 16.2)', () => {
  it('refuses a list dated after today, an unreadable file, and a facility or red site', async () => {
    const region = await withRegistry('region', 'DIRESACU');
    const refused = await region.invoke('levels.importRegistry', { fileName: 'r.csv', listDate: '01/12/2026', dataBase64: Buffer.from(CSV).toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { listDate: 'La fecha del registro no puede ser posterior a hoy.' } } });
    const empty = await region.invoke('levels.importRegistry', { fileName: 'r.csv', listDate: '01/11/2026', dataBase64: Buffer.from('codigo;nombre\nabc;x\n').toString('base64') });
    expect(empty).toMatchObject({ ok: false, error: { fieldErrors: { file: expect.stringContaining('ninguna fila') as unknown } } });
    const red = await coordinator(await siteOf('network', 'REDCN', 'Red Cusco Norte'));
    expect(await red.invoke('levels.importRegistry', { fileName: 'r.csv', listDate: '01/11/2026', dataBase64: Buffer.from(CSV).toString('base64') })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const view = await region.ok('levels.registry', {});
    expect(view).toMatchObject({ attendingBirths: 2, canImport: true, inForce: { rowCount: 2, mine: true, issuedBy: 'DIRESA Cusco' } });
    expect((await region.ok('levels.searchRegistry', { query: 'cerr' })).map((f) => f.code)).toEqual(['00001111']);
  });

  it('a region’s own list that reaches the national site never replaces the national one', async () => {
    const region = await withRegistry('region', 'DIRESACU');
    const national = await coordinator(await siteOf('national', 'MINSA', 'MINSA DGIESP'));
    await national.ok('levels.importRegistry', { fileName: 'nacional.csv', listDate: '15/10/2026', dataBase64: Buffer.from(CSV).toString('base64') });
    enrol(region, national);
    importBundle(national.main.ctx, exportToParent(region.main.ctx).bytes);
    expect((await national.ok('levels.registry', {})).inForce).toMatchObject({ fileName: 'nacional.csv', mine: true });
  });
});

describe('facilitators at the region and the national level (issue 16.3)', () => {
  it('a region registers its own facilitators, checked against the registry, and records their training and leave', async () => {
    const region = await withRegistry('region', 'DIRESACU');
    const notInRegistry = await region.invoke('levels.registerFacilitator', facilitator({ facilityCode: '00004321' }));
    expect(notInRegistry).toMatchObject({ ok: false, error: { fieldErrors: { facilityCode: expect.stringContaining('no está en el registro oficial') as unknown } } });
    const otherRegion = await region.invoke('levels.registerFacilitator', facilitator({ facilityCode: '00009999' }));
    expect(otherRegion).toMatchObject({ ok: false, error: { fieldErrors: { facilityCode: 'El establecimiento 00009999 pertenece a DIRESA Puno, no a esta región.' } } });
    expect(await region.invoke('levels.registerFacilitator', facilitator({ region: 'DIRESA Puno' }))).toMatchObject({ ok: false, error: { fieldErrors: { region: expect.any(String) as unknown } } });
    expect(await region.invoke('levels.registerFacilitator', facilitator({ registeredOn: '23/11/2026' }))).toMatchObject({ ok: false, error: { fieldErrors: { registeredOn: expect.any(String) as unknown } } });

    let view = await region.ok('levels.registerFacilitator', facilitator());
    const id = view.facilitators[0]?.id ?? '';
    expect(view.facilitators[0]).toMatchObject({ region: 'DIRESA Cusco', facilityName: 'Puesto Cerrito', profilePoints: 8, countsToday: false, mine: true });
    const training = { facilitatorId: id, title: 'Curso', provider: 'DIRESA', startDate: '05/03/2026', endDate: '01/03/2026', hours: 40 };
    expect(await region.invoke('levels.addFacilitatorTraining', training)).toMatchObject({ ok: false, error: { fieldErrors: { endDate: 'La fecha de fin no puede ser anterior a la de inicio.' } } });
    expect(await region.invoke('levels.addFacilitatorTraining', { ...training, endDate: '06/03/2026', hours: 0 })).toMatchObject({ ok: false, error: { fieldErrors: { hours: expect.stringContaining('número entero') as unknown } } });
    view = await region.ok('levels.addFacilitatorTraining', { ...training, endDate: '06/03/2026' });
    expect(view.facilitators[0]).toMatchObject({ trainedHours: 40, countsToday: true });
    expect(view.teams).toEqual([{ region: 'DIRESA Cusco', birthFacilities: 1, needed: 1, activeTrained: 1, complete: true }]);

    expect(await region.invoke('levels.setFacilitatorActive', { facilitatorId: id, inactiveSince: '01/01/2026', reason: 'Traslado' })).toMatchObject({ ok: false });
    view = await region.ok('levels.setFacilitatorActive', { facilitatorId: id, inactiveSince: '20/11/2026', reason: 'Traslado' });
    expect(view.facilitators[0]).toMatchObject({ inactiveSince: '2026-11-20', inactiveReason: 'Traslado', countsToday: false });
    expect(view.teams[0]).toMatchObject({ complete: false });
    view = await region.ok('levels.setFacilitatorActive', { facilitatorId: id, inactiveSince: null, reason: '' });
    expect(view.facilitators[0]).toMatchObject({ inactiveSince: null, countsToday: true });

    view = await region.ok('levels.addSupervisionVisit', { visitDate: '20/11/2026', facilityCode: '00001111', facilitatorId: id, supervisor: 'Coordinadora regional', findings: 'Libro de actas al día', agreements: 'Formar un segundo grupo' });
    expect(view.visits[0]).toMatchObject({ facilityName: 'Puesto Cerrito', facilitatorName: 'Lic. Eva Ramos' });
    // Whatever the region registers it can correct: rules checked again, history old → new.
    const moved = await region.invoke('records.edit', { table: 'facilitators', id, changes: { facility_code: '00009999' }, reason: 'Traslado' });
    expect(moved).toMatchObject({ ok: false, error: { fieldErrors: { facility_code: expect.stringContaining('DIRESA Puno') as unknown } } });
    expect(await region.invoke('records.edit', { table: 'facilitators', id, changes: { registered_on: '11/02/2026' }, reason: '' })).toMatchObject({ ok: false, error: { fieldErrors: { reason: expect.any(String) as unknown } } });
    await region.ok('records.edit', { table: 'facilitators', id, changes: { profession: 'Obstetra', profile: JSON.stringify({ ...PROFILE, solvesConflicts: true, computerSkills: true }) }, reason: '' });
    const trainingId = (await region.ok('levels.facilitators', {})).facilitators[0]?.trainings[0]?.id ?? '';
    const backwards = await region.invoke('records.edit', { table: 'facilitator_trainings', id: trainingId, changes: { end_date: '01/03/2026' }, reason: 'Fecha mal escrita' });
    expect(backwards).toMatchObject({ ok: false, error: { fieldErrors: { end_date: 'La fecha de fin no puede ser anterior a la de inicio.' } } });
    view = await region.ok('levels.facilitators', {});
    expect(view.facilitators[0]).toMatchObject({ profession: 'Obstetra', profilePoints: 10 });
    const history = await region.ok('audit.recordHistory', { table: 'facilitators', id });
    expect(history.map((h) => h.detail).join('\n')).toContain('Profesión: «Enfermera» → «Obstetra»');
    expect(await region.invoke('levels.createCourse', { title: 'Curso', startDate: '01/03/2026', endDate: '02/03/2026', hours: 16 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the national level runs courses: completing one trains the facilitator everywhere the attendance travels', async () => {
    const region = await withRegistry('region', 'DIRESACU');
    const national = await withRegistry('national', 'MINSA');
    enrol(region, national);
    await region.ok('levels.registerFacilitator', facilitator());
    importBundle(national.main.ctx, exportToParent(region.main.ctx).bytes);
    let view = await national.ok('levels.createCourse', { title: 'Formación de facilitadores', place: 'Lima', startDate: '02/03/2026', endDate: '06/03/2026', hours: 40 });
    const courseId = view.courses[0]?.id ?? '';
    const facilitatorId = view.facilitators[0]?.id ?? '';
    expect(view.facilitators[0]?.mine).toBe(false);
    expect(await national.invoke('levels.setCourseAttendance', { courseId, facilitatorId, hoursAttended: 41, completed: true })).toMatchObject({
      ok: false,
      error: { fieldErrors: { hoursAttended: 'Las horas asistidas no pueden ser más que las del curso (40).' } },
    });
    view = await national.ok('levels.setCourseAttendance', { courseId, facilitatorId, hoursAttended: 32, completed: false });
    expect(view.facilitators[0]).toMatchObject({ countsToday: false });
    view = await national.ok('levels.setCourseAttendance', { courseId, facilitatorId, hoursAttended: 40, completed: true });
    expect(view.courses[0]?.attendance).toEqual([{ facilitatorId, hoursAttended: 40, completed: true }]);
    expect(view.facilitators[0]).toMatchObject({ countsToday: true, trainings: [{ source: 'national', hours: 40 }] });
    // Only the region that registered a facilitator changes them.
    expect(await national.invoke('levels.addFacilitatorTraining', { facilitatorId, title: 'x', startDate: '01/03/2026', endDate: '01/03/2026', hours: 2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The course and its attendance go down as reference data: the region sees its facilitator trained.
    importBundle(region.main.ctx, exportToChild(national.main.ctx, 'DIRESACU').bytes);
    expect((await region.ok('levels.facilitators', {})).facilitators[0]).toMatchObject({ countsToday: true, trainedHours: 40 });
  });
});
