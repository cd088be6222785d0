import { afterAll, describe, expect, it } from 'vitest';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { facilityAs, tempDir } from '../helpers/test-app';

afterAll(closePdfEngine);

describe('printed group lists (issue 15)', () => {
  it('the roster: current members, their contact and when each last came; the month’s HIS sheet and its CSV', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const mother = await app.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: { ownBreastfeeding: true } });
    let group = await app.ok('groups.create', { name: 'Cerrito', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15, community: 'Cerrito Alto' });
    for (const [name, phone] of [
      ['Ana', '984111111'],
      ['Berta', ''],
      ['Carla', '984333333'],
    ] as const) {
      group = await app.ok('groups.addMember', { groupId: group.id, firstNames: name, lastNames: 'Quispe', memberType: 'pregnant', age: 25, phone, address: 'Jr. Los Andes 1', joinedOn: '01/10/2026' });
    }
    await app.ok('groups.recordSession', {
      groupId: group.id,
      sessionDate: '15/11/2026',
      place: 'Local comunal',
      topic: 'Posiciones',
      facilitatorLeadMotherId: mother.id,
      facilitatorStaff: '',
      moments: {},
      attendance: group.members.map((m) => ({ memberId: m.id, present: m.firstNames !== 'Berta', ...(m.firstNames === 'Berta' ? { absenceReason: 'Viaje' } : {}) })),
    });

    const roster = inspectPdf(await pdfOf((await app.ok('print.groupRoster', { groupId: group.id })).html), 'group-roster', tempDir());
    expect(roster.pages).toBe(1);
    for (const text of ['LISTA DE INTEGRANTES DEL GRUPO DE APOYO', 'Cerrito', 'Rosa Mamani', 'Ana Quispe', '984111111 · Jr. Los Andes 1', 'Gestante', '15/11/2026']) expect(roster.text).toContain(text);
    expect(roster.lines.find((line) => line.includes('Berta Quispe'))).toContain('todavía no');

    const his = await app.ok('print.hisMonth', { year: 2026, month: 11 });
    const sheet = inspectPdf(await pdfOf(his.html), 'his-month', tempDir());
    expect(sheet.pages).toBe(1);
    for (const text of ['ACTIVIDADES DEL MES PARA EL HIS', 'nov 2026', 'Sesión de grupo de apoyo', '15/11/2026']) expect(sheet.text).toContain(text);
    const csv = await app.ok('groups.exportHisMonth', { year: 2026, month: 11 });
    expect(csv.rowCount).toBeGreaterThanOrEqual(1);
    expect(csv.csv).toMatch(/15\/11\/2026;Sesión de grupo de apoyo;[^;]*;2;/);
  });
});
