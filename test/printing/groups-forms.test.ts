import { afterAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../../src-shared/groups/coordination-schemas';
import { TRAINING_PLANS } from '../../src-shared/groups/training';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { facilityAs, tempDir, type TestApp } from '../helpers/test-app';

afterAll(closePdfEngine);

const A4: readonly [number, number] = [210, 297];
const PROFILE = { ownBreastfeeding: true };

async function leadMother(app: TestApp, firstNames: string) {
  return app.ok('groups.createLeadMother', { firstNames, lastNames: 'Mamani Quispe', profile: PROFILE });
}

describe('support-group forms, rendered to PDF in Chromium', () => {
  it('the designated-staff list for the microrred (GT 5.3.1.3): staff designated today, not those whose designation ended', async () => {
    const app = await facilityAs('health', 'eva.salud');
    await app.ok('groups.designateStaff', { fullName: 'Lic. Eva Ramos', profession: 'Enfermera', role: 'designated', designatedOn: '02/01/2026', document: 'Memo 012-2026' });
    const co = await app.ok('groups.designateStaff', { fullName: 'Obst. Luz Paz', profession: 'Obstetra', role: 'committee', designatedOn: '15/03/2026' });
    await app.ok('groups.designateStaff', { fullName: 'Nut. Carla Ríos', profession: 'Nutricionista', role: 'committee', designatedOn: '01/04/2026' });
    await app.ok('groups.endDesignation', { id: co.staff.find((s) => s.fullName === 'Obst. Luz Paz')?.id ?? '', endedOn: '30/09/2026' });
    const printed = await app.ok('print.designatedStaff', { blank: false });
    expect(printed.title).toBe('Personal encargado — 22/11/2026');
    const pdf = inspectPdf(await pdfOf(printed.html), 'designated-staff', tempDir());
    expect([pdf.pages, pdf.pageSizeMm]).toEqual([1, A4]);
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^1 Lic\. Eva Ramos Enfermera Encargado\/a 02\/01\/2026 Memo 012-2026$/));
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^2 Nut\. Carla Ríos Nutricionista Comité de lactancia 01\/04\/2026$/));
    expect(pdf.text).not.toContain('Luz Paz');
    for (const value of ['Centro de Salud San Juan', 'Microrred San Juan', 'Red Cusco Norte', 'DIRESA Cusco', 'Firma y sello de la autoridad del establecimiento']) expect(pdf.text).toContain(value);
    const blank = inspectPdf(await pdfOf((await app.ok('print.designatedStaff', { blank: true })).html), 'designated-staff-blank', tempDir());
    expect(blank.pages).toBe(1);
    expect(blank.lines).toContain('8');
    expect(blank.text).not.toContain('Eva Ramos');
  });

  it('the implementation plan (GT 6.1.1 c): every section, the schedule, the budget with its total, the approval', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const sections = Object.fromEntries(PLAN_SECTIONS.map((s) => [s.key, `Texto de ${s.label.toLowerCase()}.\nSegunda línea <b>literal</b>.`]));
    let plan = await app.ok('groups.savePlan', {
      title: 'Plan 2027',
      sections,
      schedule: [{ activity: 'Taller de madres guía', startsOn: '05/01/2027', endsOn: '30/01/2027', responsible: 'Lic. Eva Ramos' }],
      budget: [
        { item: 'Refrigerios', amount: '150.50', financing: 'Municipalidad' },
        { item: 'Materiales', amount: 1080, financing: 'Establecimiento' },
      ],
    });
    await app.ok('groups.setPlanStatus', { planId: plan.id, status: 'agreed', date: '18/11/2026' });
    plan = await app.ok('groups.setPlanStatus', { planId: plan.id, status: 'approved', date: '20/11/2026', approvedBy: 'Dr. Juan Jefe' });
    const printed = await app.ok('print.plan', { planId: plan.id });
    expect(printed.title).toBe('Plan de implementación — versión 1');
    const pdf = inspectPdf(await pdfOf(printed.html), 'implementation-plan', tempDir());
    expect(pdf.pageSizeMm).toEqual(A4);
    PLAN_SECTIONS.forEach((s) => {
      expect(pdf.text).toContain(s.label);
      expect(pdf.text).toContain(`Texto de ${s.label.toLowerCase()}.`);
    });
    expect(pdf.text).toContain('Segunda línea <b>literal</b>.');
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^Taller de madres guía 05\/01\/2027 30\/01\/2027 Lic\. Eva Ramos$/));
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^Total 1\.230,50$/));
    expect(pdf.text).toContain('Dr. Juan Jefe, el 20/11/2026');
    expect(pdf.text).toContain('Aprobado');
    const blank = inspectPdf(await pdfOf((await app.ok('print.plan', { planId: null })).html), 'implementation-plan-blank', tempDir());
    expect(blank.text).toContain('Objetivos específicos');
    expect(blank.text).not.toContain('Taller de madres guía');
  });

  it('training attendance and the 12-hour certificate, only for a lead mother who attended every topic', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const ana = await leadMother(app, 'Ana');
    const bea = await leadMother(app, 'Bea');
    let course = await app.ok('groups.createCourse', { name: 'Taller 2026', modality: 'fourByThree', place: 'Auditorio', startsOn: '01/10/2026', leadMotherIds: [ana.id, bea.id] });
    const dates = ['05/10/2026', '12/10/2026', '19/10/2026', '26/10/2026'];
    for (const [index, s] of course.sessions.entries()) {
      course = await app.ok('groups.trainingAttendance', {
        sessionId: s.id,
        sessionDate: dates[index] ?? '',
        marks: [{ leadMotherId: ana.id, present: true }, { leadMotherId: bea.id, present: index !== 2 }],
      });
    }
    const attendance = await app.ok('print.trainingAttendance', { courseId: course.id });
    const sheet = inspectPdf(await pdfOf(attendance.html), 'training-attendance', tempDir());
    expect([sheet.pages, sheet.pageSizeMm]).toEqual([1, A4]);
    expect(sheet.lines).toContainEqual(expect.stringMatching(/^1 Ana Mamani Quispe ✓ ✓ ✓ ✓ 12\/12$/));
    expect(sheet.lines).toContainEqual(expect.stringMatching(/^2 Bea Mamani Quispe ✓ ✓ — ✓ 9\/12$/));
    TRAINING_PLANS.fourByThree.forEach((topic) => expect(sheet.text).toContain(topic.topic));
    const certificate = await app.ok('print.trainingCertificate', { courseId: course.id, leadMotherId: ana.id });
    const pdf = inspectPdf(await pdfOf(certificate.html), 'training-certificate', tempDir());
    expect([pdf.pages, pdf.pageSizeMm]).toEqual([1, A4]);
    expect(pdf.text).toContain('Ana Mamani Quispe');
    expect(pdf.text).toContain('ha completado la capacitación de 12 horas como Madre Guía');
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^3 Lactancia materna y el niño o niña menor de seis meses 19\/10\/2026 3 ?h$/));
    expect(await app.invoke('print.trainingCertificate', { courseId: course.id, leadMotherId: bea.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Bea Mamani Quispe lleva 9 de 12 horas: la constancia se imprime cuando completa todos los temas.' },
    });
    const blankSheet = inspectPdf(await pdfOf((await app.ok('print.trainingAttendance', { courseId: null })).html), 'training-attendance-blank', tempDir());
    expect(blankSheet.pages).toBe(1);
    expect(blankSheet.lines).toContain('15');
    const blankCertificate = inspectPdf(await pdfOf((await app.ok('print.trainingCertificate', { courseId: null, leadMotherId: null })).html), 'training-certificate-blank', tempDir());
    expect(blankCertificate.pages).toBe(1);
  });

  it('the monitoring report with its two charts, for a semester', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const mother = await leadMother(app, 'Rosa');
    let group = await app.ok('groups.create', { name: 'Cerrito', formedOn: '01/07/2026', leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15, community: 'Cerrito Alto' });
    for (const [i, name] of ['Ana', 'Berta', 'Carla'].entries()) {
      group = await app.ok('groups.addMember', { groupId: group.id, firstNames: name, lastNames: 'Quispe', memberType: i === 0 ? 'pregnant' : 'breastfeeding', joinedOn: '01/07/2026' });
    }
    for (const date of ['10/09/2026', '25/09/2026', '10/10/2026']) {
      const saved = await app.ok('groups.recordSession', {
        groupId: group.id,
        sessionDate: date,
        place: 'Local comunal',
        topic: 'Posiciones',
        facilitatorLeadMotherId: mother.id,
        facilitatorStaff: '',
        moments: {},
        attendance: group.members.map((m, i) => (i === 2 ? { memberId: m.id, present: false, absenceReason: 'Viaje', justified: true } : { memberId: m.id, present: true })),
      });
      group = saved.group;
    }
    const printed = await app.ok('print.monitoringReport', { year: 2026, half: 2 });
    expect(printed.title).toBe('Informe de seguimiento — segundo semestre 2026');
    expect(printed.html.match(/<svg /g)).toHaveLength(2);
    const pdf = inspectPdf(await pdfOf(printed.html), 'monitoring-report', tempDir());
    expect(pdf.pageSizeMm).toEqual(A4);
    expect(pdf.pages).toBe(1);
    expect(pdf.lines).toEqual(expect.arrayContaining(['Grupos activos Sesiones realizadas Asistencia promedio', '1 3 66,7 %']));
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^jul ago sep oct nov dic$/));
    expect(pdf.lines).toContainEqual(expect.stringMatching(/^Cerrito Cerrito Alto 3 10\/10\/2026$/));
    expect(pdf.text).toContain('Gestante: 1 · Madre que da de lactar: 2');
  });
});
