import { describe, expect, it } from 'vitest';
import type { PlanSaveInput } from '../../src-shared/groups/coordination-schemas';
import { scannedPage } from '../helpers/generated-files';
import { ADMIN_PASSWORD, countRows, facilityAs } from '../helpers/test-app';

// The test clock is 22/11/2026.
const healthStaff = () => facilityAs('health', 'eva.salud', 'clave-de-eva');

const SECTIONS = {
  introduction: 'Intro',
  generalObjective: 'Promover la lactancia materna exitosa',
  specificObjectives: 'Conformar dos grupos',
  activities: 'Capacitar madres guía',
  requirements: 'Local comunal',
  responsibles: 'Lic. Eva Ramos',
  financing: 'Presupuesto del establecimiento',
};

const plan = (extra: Partial<PlanSaveInput> = {}): PlanSaveInput => ({
  title: 'Plan 2027',
  sections: SECTIONS,
  schedule: [{ activity: 'Taller de madres guía', startsOn: '05/01/2027', endsOn: '30/01/2027', responsible: 'Lic. Eva Ramos' }],
  budget: [
    { item: 'Refrigerios', amount: '150.50', financing: 'Municipalidad' },
    { item: 'Materiales', amount: 80, financing: 'Establecimiento' },
  ],
  ...extra,
});

describe('coordination and planning (GT §6.1.1)', () => {
  it('designated staff with dates, key actors, minutes with the signed page', async () => {
    const app = await healthStaff();
    await app.ok('groups.designateStaff', { fullName: 'Lic. Eva Ramos', profession: 'Enfermera', role: 'designated', designatedOn: '02/01/2026', document: 'Memo 012-2026' });
    let co = await app.ok('groups.designateStaff', { fullName: 'Obst. Luz Paz', profession: 'Obstetra', role: 'committee', designatedOn: '15/03/2026' });
    const luz = co.staff.find((s) => s.fullName === 'Obst. Luz Paz');
    expect(await app.invoke('groups.endDesignation', { id: luz?.id ?? '', endedOn: '01/03/2026' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { endedOn: 'La fecha de fin es anterior a la designación.' } },
    });
    co = await app.ok('groups.endDesignation', { id: luz?.id ?? '', endedOn: '30/09/2026' });
    expect(co.staff.map((s) => [s.fullName, s.designatedOn, s.endedOn])).toEqual([
      ['Obst. Luz Paz', '2026-03-15', '2026-09-30'],
      ['Lic. Eva Ramos', '2026-01-02', null],
    ]);
    co = await app.ok('groups.addKeyActor', { fullName: 'Pedro Huamán', organisation: 'Vaso de Leche', position: 'Presidente', phone: '984111222' });
    expect(co.actors).toHaveLength(1);
    co = await app.ok('groups.addMinutes', {
      meetingDate: '10/11/2026',
      place: 'Local comunal',
      participants: 'Pedro Huamán, Lic. Eva Ramos, Rosa Mamani',
      agreements: 'Conformar el grupo de Cerrito.',
      signedPage: { fileName: 'acta.png', dataBase64: (await scannedPage(3)).toString('base64') },
    });
    const entry = co.minutes[0];
    expect(entry).toMatchObject({ meetingDate: '2026-11-10', place: 'Local comunal' });
    expect((await app.ok('attachments.list', { recordTable: 'minutes_entries', recordId: entry?.id ?? '' })).current[0]).toMatchObject({ kind: 'minutes' });
    const bad = await app.invoke('groups.addMinutes', { meetingDate: '10/11/2026', place: 'X', participants: 'Y', agreements: 'Z', signedPage: { fileName: 'acta.txt', dataBase64: Buffer.from('no es una imagen').toString('base64') } });
    expect(bad).toMatchObject({ ok: false, error: { fieldErrors: { signedPage: expect.any(String) as unknown } } });
    expect(countRows(app, 'minutes_entries')).toBe(1);
  });

  it('plan: draft → agreed → approved (read-only) → new version', async () => {
    const app = await healthStaff();
    let view = await app.ok('groups.savePlan', plan());
    expect(view).toMatchObject({ version: 1, status: 'draft', budgetTotal: 230.5, schedule: [{ startsOn: '2027-01-05', endsOn: '2027-01-30' }] });
    view = await app.ok('groups.savePlan', plan({ planId: view.id, budget: [{ item: 'Refrigerios', amount: 200, financing: 'Municipalidad' }] }));
    expect(view.budgetTotal).toBe(200);
    expect(await app.invoke('groups.setPlanStatus', { planId: view.id, status: 'approved', date: '20/11/2026', approvedBy: 'Dr. Jefe' })).toMatchObject({
      ok: false,
      error: { message: 'El plan se consensúa primero con los actores y después lo aprueba la autoridad.' },
    });
    view = await app.ok('groups.setPlanStatus', { planId: view.id, status: 'agreed', date: '18/11/2026' });
    expect(await app.invoke('groups.setPlanStatus', { planId: view.id, status: 'approved', date: '20/11/2026' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { approvedBy: 'Escriba quién aprueba el plan (la autoridad del establecimiento).' } },
    });
    view = await app.ok('groups.setPlanStatus', { planId: view.id, status: 'approved', date: '20/11/2026', approvedBy: 'Dr. Juan Jefe' });
    expect(view).toMatchObject({ status: 'approved', agreedOn: '2026-11-18', approvedOn: '2026-11-20', approvedBy: 'Dr. Juan Jefe' });
    expect(await app.invoke('groups.savePlan', plan({ planId: view.id }))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const next = await app.ok('groups.newPlanVersion', { planId: view.id });
    expect(next).toMatchObject({ version: 2, status: 'draft', budgetTotal: 200, sections: { generalObjective: 'Promover la lactancia materna exitosa' } });
    expect((await app.ok('groups.plans', {})).map((p) => [p.version, p.status])).toEqual([
      [2, 'draft'],
      [1, 'approved'],
    ]);
    const reversed = await app.invoke('groups.savePlan', plan({ schedule: [{ activity: 'A', startsOn: '10/01/2027', endsOn: '05/01/2027', responsible: 'B' }] }));
    expect(reversed).toMatchObject({ ok: false, error: { fieldErrors: { 'schedule.0.endsOn': 'La fecha de fin es anterior a la de inicio.' } } });
  });
});

describe('HIS codes (GT §6.3)', () => {
  it('the admin keeps the code table; the month lists activities with their codes', async () => {
    const app = await healthStaff();
    expect(await app.invoke('groups.saveHisCode', { activity: 'groupSession', code: 'C0001', description: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await app.ok('groups.addMinutes', { meetingDate: '10/11/2026', place: 'Local comunal', participants: 'Pedro, Eva;\nRosa', agreements: 'Acuerdo' });
    const mother = await app.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: {} });
    const course = await app.ok('groups.createCourse', { name: 'Taller', modality: 'sixByTwo', startsOn: '01/11/2026', leadMotherIds: [mother.id] });
    await app.ok('groups.trainingAttendance', { sessionId: course.sessions[0]?.id ?? '', sessionDate: '03/11/2026', marks: [{ leadMotherId: mother.id, present: true }] });
    await app.ok('groups.trainingAttendance', { sessionId: course.sessions[1]?.id ?? '', sessionDate: '01/11/2026', marks: [{ leadMotherId: mother.id, present: false }] });
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: ADMIN_PASSWORD });
    await app.ok('groups.saveHisCode', { activity: 'training', code: 'C7001', description: 'Capacitación a agentes comunitarios' });
    const before = await app.ok('groups.saveHisCode', { activity: 'minutes', code: 'C7002', description: 'Reunión con actores sociales' });
    const codes = await app.ok('groups.saveHisCode', { id: before.find((c) => c.code === 'C7002')?.id ?? null, activity: 'minutes', code: 'C7003', description: 'Reunión con actores' });
    expect(codes.map((c) => c.code)).toEqual(['C7003', 'C7001']);
    const month = await app.ok('groups.monthlyActivities', { year: 2026, month: 11 });
    expect(month.map((a) => [a.date, a.activity, a.participants, a.hisCodes])).toEqual([
      ['2026-11-01', 'training', 0, ['C7001']],
      ['2026-11-03', 'training', 1, ['C7001']],
      ['2026-11-10', 'minutes', 3, ['C7003']],
    ]);
    expect((await app.ok('groups.deleteHisCode', { id: codes.find((c) => c.code === 'C7001')?.id ?? '' })).map((c) => c.code)).toEqual(['C7003']);
    expect((await app.ok('groups.monthlyActivities', { year: 2026, month: 11 }))[0]?.hisCodes).toEqual([]);
    expect(await app.ok('groups.monthlyActivities', { year: 2026, month: 10 })).toEqual([]);
  });
});
