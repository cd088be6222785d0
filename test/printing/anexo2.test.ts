import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml, html } from '../../src-shared/printing/html';
import { closePdfEngine, inspectPdf, pdfOf } from '../helpers/pdf';
import { countRows, facilityAs, tempDir } from '../helpers/test-app';

afterAll(closePdfEngine);

const PROFILE = { ownBreastfeeding: true };

describe('escaping in printed forms', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['</td><td>', '&lt;/td&gt;&lt;td&gt;'],
    ['Ñuñez & "Hijos"', 'Ñuñez &amp; &quot;Hijos&quot;'],
    ["O'Higgins", 'O&#39;Higgins'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
    expect(html`<td>${text}</td>`.value).toBe(`<td>${escaped}</td>`);
  });

  it('nested safe markup is not escaped twice', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${[inner, inner]}</p>`.value).toBe('<p><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b></p>');
  });
});

describe('Anexo N° 2 (GT), rendered to PDF in Chromium', () => {
  it('a 15-member group fits one A4 page with the header, the facilitators and every row', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const mother = await app.ok('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: PROFILE });
    let group = await app.ok('groups.create', { name: 'Cerrito', formedOn: '01/10/2026', leadMotherIds: [mother.id], place: 'Local comunal', periodicityDays: 15, community: 'Cerrito Alto' });
    const names = ['Ana', 'Berta', 'Carla', 'Diana', 'Elsa', 'Flor', 'Gladys', 'Hilda', 'Irma', 'Julia', 'Karen', 'Lidia', 'Marta', 'Nora'];
    for (const [i, name] of names.entries()) {
      group = await app.ok('groups.addMember', {
        groupId: group.id,
        firstNames: name,
        lastNames: 'Quispe Huamán',
        memberType: i % 2 === 0 ? 'pregnant' : 'breastfeeding',
        age: 20 + i,
        childAgeMonths: i % 2 === 0 ? '' : i,
        address: `Jr. Los Andes ${100 + i}`,
        joinedOn: '01/10/2026',
      });
    }
    group = await app.ok('groups.addMember', { groupId: group.id, firstNames: '<script>alert(1)</script>', lastNames: '</td>', memberType: 'caregiver', joinedOn: '01/10/2026' });
    const saved = await app.ok('groups.recordSession', {
      groupId: group.id,
      sessionDate: '15/11/2026',
      place: 'Local comunal',
      topic: 'Posiciones',
      facilitatorLeadMotherId: mother.id,
      facilitatorStaff: 'Lic. Eva Ramos',
      moments: {},
      // Nora stayed home: a held session prints who attended (issue 15).
      attendance: group.members.map((m) => ({ memberId: m.id, present: m.firstNames !== 'Nora', ...(m.firstNames === 'Nora' ? { absenceReason: 'Viaje', justified: true } : {}) })),
    });
    const session = saved.group.sessions.find((s) => s.status === 'held');
    const printed = await app.ok('print.anexo2', { groupId: group.id, sessionId: session?.id ?? null });
    expect(printed.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;/td&gt;');
    expect(printed.html).not.toContain('<script>');
    const pdf = inspectPdf(await pdfOf(printed.html), 'anexo2-15-members', tempDir());
    expect(pdf.pages).toBe(1);
    expect(pdf.pageSizeMm).toEqual([210, 297]);
    for (const text of ['ANEXO N° 2', 'FORMATO DE PARTICIPANTES', 'Fecha de la sesión', '15/11/2026', 'Centro de Salud San Juan', 'Microrred San Juan', 'Red Cusco Norte', 'DIRESA Cusco', 'Cerrito Alto', 'Rosa Mamani', 'Lic. Eva Ramos', 'Madre Guía', 'Personal de Salud']) {
      expect(pdf.text, text).toContain(text);
    }
    expect(pdf.text).toContain('Ana Quispe Huamán');
    expect(pdf.text).toContain('Marta Quispe Huamán');
    expect(pdf.text).not.toContain('Nora');
    expect(pdf.text).toContain('Jr. Los Andes 112');
    expect(pdf.text).toContain('<script>alert(1)</script> </td>');
    expect(pdf.text).toMatch(/ 15 /);
    // The sheet to take to the next meeting lists every member.
    const sheet = await app.ok('print.anexo2', { groupId: group.id, sessionId: null });
    expect(sheet.html).toContain('Nora Quispe Huamán');
    expect(countRows(app, "audit_log WHERE action = 'print.document'")).toBe(2);
  });

  it('blank: the header of this site, 15 empty numbered rows', async () => {
    const app = await facilityAs('health', 'eva.salud');
    const printed = await app.ok('print.anexo2', { groupId: null, sessionId: null });
    const pdf = inspectPdf(await pdfOf(printed.html), 'anexo2-blank', tempDir());
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Centro de Salud San Juan');
    expect(pdf.text).toMatch(/ 15 /);
    expect(printed.title).toBe('Anexo 2 — en blanco');
  });
});
