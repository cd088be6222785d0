import { describe, expect, it } from 'vitest';
import type { NewMemberInput, SessionRecordInput } from '../../src-shared/groups/schemas';
import { scannedPage } from '../helpers/generated-files';
import { addUser, countRows, facilityAs, type TestApp } from '../helpers/test-app';

// The test clock is 22/11/2026.
const healthStaff = () => facilityAs('health', 'eva.salud', 'clave-de-eva');

const FULL_PROFILE = {
  ownBreastfeeding: true,
  communityLeader: true,
  willingToShare: true,
  childCareInterest: true,
  trusted: true,
  familySupport: true,
  takesTraining: true,
};

async function leadMother(app: TestApp, firstNames: string) {
  return app.ok('groups.createLeadMother', { firstNames, lastNames: 'Guía', profile: FULL_PROFILE, selectedOn: '01/09/2026' });
}

const NAMES = ['Ana', 'Berta', 'Carla', 'Diana', 'Elsa', 'Flor', 'Gladys', 'Hilda', 'Irma', 'Julia', 'Karen', 'Lidia', 'Marta', 'Nora', 'Olga', 'Paula'];
const member = (groupId: string, firstNames: string, extra: Partial<NewMemberInput> = {}): NewMemberInput => ({
  groupId,
  firstNames,
  lastNames: 'Integrante',
  memberType: 'breastfeeding',
  joinedOn: '2026-10-01',
  ...extra,
});

async function groupWith(app: TestApp, members: number) {
  const mother = await leadMother(app, 'Rosa');
  let group = await app.ok('groups.create', { name: 'Mamás de Cerrito', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15 });
  for (const name of NAMES.slice(0, members)) group = await app.ok('groups.addMember', member(group.id, name));
  return { mother, group };
}

function session(groupId: string, date: string, attendance: SessionRecordInput['attendance'], extra: Partial<SessionRecordInput> = {}): SessionRecordInput {
  return { groupId, sessionDate: date, place: 'Local comunal', topic: 'Posiciones para amamantar', facilitatorStaff: 'Lic. Eva Ramos', moments: {}, attendance, ...extra };
}

describe('lead-mother training', () => {
  it('4 × 3 h: one completes, one misses a session and makes it up; both become trained', async () => {
    const app = await healthStaff();
    const ana = await leadMother(app, 'Ana');
    const bea = await leadMother(app, 'Bea');
    let course = await app.ok('groups.createCourse', { name: 'Taller 2026', modality: 'fourByThree', startsOn: '01/10/2026', leadMotherIds: [ana.id, bea.id] });
    expect(course.sessions.map((s) => [s.topicNumber, s.hours])).toEqual([[1, 3], [2, 3], [3, 3], [4, 3]]);
    expect((await app.ok('groups.leadMothers', {})).map((m) => m.status)).toEqual(['inTraining', 'inTraining']);
    const dates = ['05/10/2026', '12/10/2026', '19/10/2026', '26/10/2026'];
    for (const [index, s] of course.sessions.entries()) {
      course = await app.ok('groups.trainingAttendance', {
        sessionId: s.id,
        sessionDate: dates[index] ?? '',
        marks: [{ leadMotherId: ana.id, present: true }, { leadMotherId: bea.id, present: index !== 2 }],
      });
    }
    expect(course.enrolled.map((e) => [e.name, e.hoursCompleted, e.completed, e.missing])).toEqual([
      ['Ana Guía', 12, true, []],
      ['Bea Guía', 9, false, [3]],
    ]);
    course = await app.ok('groups.addMakeUpSession', { courseId: course.id, topicNumber: 3, sessionDate: '02/11/2026' });
    const makeUp = course.sessions.find((s) => s.makeUp);
    expect(makeUp).toMatchObject({ topicNumber: 3, hours: 3 });
    course = await app.ok('groups.trainingAttendance', { sessionId: makeUp?.id ?? '', sessionDate: '02/11/2026', marks: [{ leadMotherId: bea.id, present: true }] });
    expect(course.enrolled.map((e) => [e.hoursCompleted, e.completed])).toEqual([[12, true], [12, true]]);
    const mothers = await app.ok('groups.leadMothers', {});
    expect(mothers.map((m) => [m.status, m.training])).toEqual([
      ['trained', { hoursCompleted: 12, completed: true }],
      ['trained', { hoursCompleted: 12, completed: true }],
    ]);
  });

  it('6 × 2 h counts two hours per topic', async () => {
    const app = await healthStaff();
    const ana = await leadMother(app, 'Ana');
    let course = await app.ok('groups.createCourse', { name: 'Taller corto', modality: 'sixByTwo', startsOn: '01/10/2026', leadMotherIds: [ana.id] });
    for (const s of course.sessions.slice(0, 5)) {
      course = await app.ok('groups.trainingAttendance', { sessionId: s.id, sessionDate: '10/10/2026', marks: [{ leadMotherId: ana.id, present: true }] });
    }
    expect(course.enrolled[0]).toMatchObject({ hoursCompleted: 10, completed: false, missing: [6] });
  });

  it('refuses attendance for someone not enrolled, and a future date', async () => {
    const app = await healthStaff();
    const ana = await leadMother(app, 'Ana');
    const outsider = await leadMother(app, 'Zoila');
    const course = await app.ok('groups.createCourse', { name: 'Taller', modality: 'fourByThree', startsOn: '01/10/2026', leadMotherIds: [ana.id] });
    const first = course.sessions[0]?.id ?? '';
    const refused = await app.invoke('groups.trainingAttendance', { sessionId: first, sessionDate: '05/10/2026', marks: [{ leadMotherId: outsider.id, present: true }] });
    expect(refused).toMatchObject({ ok: false, error: { fieldErrors: { marks: 'Zoila Guía no está inscrita en este curso: inscríbala primero.' } } });
    const future = await app.invoke('groups.trainingAttendance', { sessionId: first, sessionDate: '23/11/2026', marks: [{ leadMotherId: ana.id, present: true }] });
    expect(future).toMatchObject({ ok: false, error: { fieldErrors: { sessionDate: 'La fecha es posterior a hoy.' } } });
    expect(countRows(app, 'training_attendance')).toBe(0);
    expect(await app.invoke('groups.enrol', { courseId: course.id, leadMotherId: ana.id })).toMatchObject({ ok: false, error: { fieldErrors: { leadMotherId: 'Esa madre guía ya está inscrita en el curso.' } } });
  });
});

describe('support groups', () => {
  it('warns below 8 and above 15 members, never blocks; refuses the same member twice', async () => {
    const app = await healthStaff();
    const { group } = await groupWith(app, 7);
    expect(group.warnings).toEqual(['El grupo tiene 7 integrantes: la guía recomienda entre 8 y 15.']);
    let current = await app.ok('groups.addMember', member(group.id, 'Hilda'));
    expect(current.warnings).toEqual([]);
    for (const name of NAMES.slice(8, 15)) current = await app.ok('groups.addMember', member(group.id, name));
    expect(current.activeMembers).toBe(15);
    current = await app.ok('groups.addMember', member(group.id, 'Paula'));
    expect(current.activeMembers).toBe(16);
    expect(current.warnings[0]).toMatch(/16 integrantes.*Considere conformar un nuevo grupo/);
    const twice = await app.invoke('groups.addMember', member(group.id, 'ana ', { lastNames: 'INTEGRANTE' }));
    expect(twice).toMatchObject({ ok: false, error: { fieldErrors: { firstNames: 'Ana Integrante ya es integrante de este grupo.' } } });
    const early = await app.invoke('groups.addMember', member(group.id, 'Quela', { joinedOn: '30/09/2026' }));
    expect(early).toMatchObject({ ok: false, error: { fieldErrors: { joinedOn: 'La fecha de ingreso es anterior a la conformación del grupo (01/10/2026).' } } });
  });

  it('warns when meetings would be more than a month apart', async () => {
    const app = await healthStaff();
    const mother = await leadMother(app, 'Rosa');
    const group = await app.ok('groups.create', { name: 'Lejanas', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Posta', periodicityDays: 45 });
    expect(group.warnings).toContain(
      'Con reuniones cada 45 días pasaría más de un mes entre sesiones: la guía pide reunirse al menos una vez al mes (cada 31 días o menos).',
    );
  });

  it('records a session with two absences, plans the next one, flags repeated unjustified absences', async () => {
    const app = await healthStaff();
    const { mother, group } = await groupWith(app, 9);
    const [first, second, ...rest] = group.members;
    const everyone = (absent: Record<string, { reason: string; justified: boolean }>) =>
      group.members.map((m) => ({ memberId: m.id, present: !absent[m.id], absenceReason: absent[m.id]?.reason ?? '', justified: absent[m.id]?.justified ?? false }));
    const saved = await app.ok(
      'groups.recordSession',
      session(group.id, '01/11/2026', everyone({ [first?.id ?? '']: { reason: 'Viaje', justified: false }, [second?.id ?? '']: { reason: 'Hijo enfermo', justified: true } }), {
        facilitatorLeadMotherId: mother.id,
        moments: { welcome: { done: true, minutes: 5 }, motivation: { done: true, minutes: 12 } },
        confidentialNotes: 'Testimonio de una integrante.',
        nextDate: '15/11/2026',
        nextTime: '15:00',
        nextTopic: 'Extracción de leche',
        attendanceSheet: { fileName: 'asistencia.png', dataBase64: (await scannedPage(5)).toString('base64') },
      }),
    );
    expect(saved.warnings).toEqual([]);
    const held = saved.group.sessions.find((s) => s.status === 'held');
    expect(held).toMatchObject({ present: 7, absent: 2, moments: { welcome: { done: true, minutes: 5 }, agreements: { done: false, minutes: null } } });
    expect(saved.group.nextPlanned).toMatchObject({ date: '2026-11-15', time: '15:00', place: 'Local comunal', topic: 'Extracción de leche' });
    expect((await app.ok('attachments.list', { recordTable: 'group_sessions', recordId: held?.id ?? '' })).current).toHaveLength(1);

    // The planned session is held: the same member is absent again without reason; she is flagged.
    const second_ = await app.ok(
      'groups.recordSession',
      session(group.id, '15/11/2026', everyone({ [first?.id ?? '']: { reason: 'No avisó', justified: false } }), {
        plannedSessionId: saved.group.nextPlanned?.id ?? null,
        nextDate: '20/12/2026',
      }),
    );
    expect(second_.warnings).toEqual(['La próxima sesión quedaría a más de un mes de esta: la guía pide reunirse al menos una vez al mes.']);
    expect(second_.group.sessions.filter((s) => s.status === 'held')).toHaveLength(2);
    expect(second_.group.members.filter((m) => m.followUp).map((m) => m.firstNames)).toEqual([first?.firstNames]);
    const follow = await app.ok('groups.followUps', {});
    expect(follow).toMatchObject({ threshold: 2, members: [{ name: `${first?.firstNames ?? ''} Integrante`, absences: 2 }], idleGroups: [] });
    expect(rest.length).toBe(7);

    // The admin lowers the threshold to 1: the member absent once (justified) is still not flagged.
    await app.ok('session.logout', {});
    await app.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
    await app.ok('settings.update', { idleMinutes: 5, absenceThreshold: 1, scanInboxFolder: '' });
    expect((await app.ok('groups.followUps', {})).threshold).toBe(1);
    await app.ok('settings.update', { idleMinutes: 5, scanInboxFolder: '' });
    expect((await app.ok('settings.get', {})).absenceThreshold).toBe(1);
    expect(await app.invoke('settings.update', { idleMinutes: 5, absenceThreshold: 0, scanInboxFolder: '' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { absenceThreshold: 'Escriba un número entero de inasistencias entre 1 y 10.' } },
    });
  });

  it('refuses a session before the group was formed, in the future, or without absence reasons', async () => {
    const app = await healthStaff();
    const { group } = await groupWith(app, 8);
    const all = group.members.map((m) => ({ memberId: m.id, present: true }));
    expect(await app.invoke('groups.recordSession', session(group.id, '30/09/2026', all))).toMatchObject({
      ok: false,
      error: { fieldErrors: { sessionDate: 'La fecha es anterior a la conformación del grupo (01/10/2026).' } },
    });
    expect(await app.invoke('groups.recordSession', session(group.id, '23/11/2026', all))).toMatchObject({ ok: false, error: { fieldErrors: { sessionDate: 'La fecha es posterior a hoy.' } } });
    const noReason = await app.invoke('groups.recordSession', session(group.id, '01/11/2026', [{ memberId: group.members[0]?.id ?? '', present: false }]));
    expect(noReason).toMatchObject({ ok: false, error: { fieldErrors: { 'attendance.0.absenceReason': 'Escriba el motivo de la inasistencia.' } } });
    expect(countRows(app, 'group_sessions')).toBe(0);
  });

  it('monitoring: figures for the semester, idle groups among the follow-ups', async () => {
    const app = await healthStaff();
    const { group } = await groupWith(app, 8);
    const marks = group.members.map((m, i) => ({ memberId: m.id, present: i < 6, absenceReason: i < 6 ? '' : 'Trabajo' }));
    await app.ok('groups.recordSession', session(group.id, '05/10/2026', marks));
    const figures = await app.ok('groups.indicators', { year: 2026, half: 2 });
    expect(figures).toMatchObject({
      groupsActive: 1,
      sessionsHeld: 1,
      averageAttendancePercent: 75,
      averagePresent: 6,
      membersByType: { breastfeeding: 8 },
      leadMothersTrained: 0,
      followUpsOpen: 1, // the group has had no session for 48 days
    });
    expect(figures.sessionsPerMonth.map((m) => m.sessions)).toEqual([0, 0, 0, 1, 0, 0]);
    expect((await app.ok('groups.followUps', {})).idleGroups).toEqual([{ groupId: group.id, name: 'Mamás de Cerrito', lastSessionDate: '2026-10-05' }]);
  });

  it('only health staff write; the admin and coordinator read; the registrar does not see groups', async () => {
    const app = await healthStaff();
    await app.ok('session.logout', {});
    await addUserAndSignIn(app, 'luis.registro', 'registrar');
    expect(await app.invoke('groups.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

async function addUserAndSignIn(app: TestApp, username: string, role: 'registrar') {
  await app.ok('session.login', { username: 'rosa.quispe', password: 'clave-segura-2026' });
  await addUser(app, username, role, 'clave-de-prueba');
  await app.ok('session.logout', {});
  await app.ok('session.login', { username, password: 'clave-de-prueba' });
}
