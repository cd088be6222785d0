import { showIsoDate } from '../common/dates';
import type { MonthlyActivity } from '../groups/types';
import { groupsUi, MEMBER_TYPE_LABELS } from '../groups/ui-text';
import type { MemberType } from '../groups/indicators';
import { html } from './html';
import { a4Document, field, siteLine } from './page';

type Site = { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };

export const groupListsText = {
  rosterTitle: 'Lista de integrantes del grupo de apoyo',
  rosterDocument: (group: string) => `Integrantes — ${group}`,
  group: 'Grupo',
  place: 'Lugar y día',
  leadMothers: 'Madres guía',
  number: 'N.º',
  name: 'Nombre',
  type: 'Tipo',
  age: 'Edad',
  contact: 'Contacto',
  joined: 'Desde',
  lastAttended: 'Última asistencia',
  never: 'todavía no',
  printedOn: (date: string) => `Impreso el ${date}`,
  hisTitle: 'Actividades del mes para el HIS',
  hisDocument: (month: string) => `Actividades HIS — ${month}`,
  month: 'Mes',
  totals: 'Participantes por actividad',
  none: 'No hubo actividades registradas en el mes.',
} as const;

export interface RosterMember {
  readonly name: string;
  readonly type: MemberType;
  readonly age: number | null;
  readonly contact: string;
  readonly joinedOn: string;
  readonly lastAttended: string | null;
}

const t = groupListsText;

/** The group's current members with how to reach them and when each last came (issue 15). */
export function groupRosterDocument(data: { site: Site; today: string; group: string; place: string; leadMothers: string; members: readonly RosterMember[] }): string {
  const body = html`
${siteLine(data.site)}
<h1>${t.rosterTitle}</h1>
<div class="fields">
  ${field(t.group, data.group)}
  ${field(t.place, data.place)}
  ${field(t.leadMothers, data.leadMothers)}
  ${field('', t.printedOn(showIsoDate(data.today)))}
</div>
<table class="grid compact">
  <thead><tr><th style="width:8mm">${t.number}</th><th>${t.name}</th><th>${t.type}</th><th style="width:12mm">${t.age}</th><th>${t.contact}</th><th style="width:22mm">${t.joined}</th><th style="width:24mm">${t.lastAttended}</th></tr></thead>
  <tbody>
    ${data.members.map(
      (m, n) =>
        html`<tr><td class="center">${n + 1}</td><td>${m.name}</td><td>${MEMBER_TYPE_LABELS[m.type]}</td><td class="center">${m.age ?? ''}</td><td>${m.contact}</td><td>${showIsoDate(m.joinedOn)}</td><td>${m.lastAttended ? showIsoDate(m.lastAttended) : t.never}</td></tr>`,
    )}
  </tbody>
</table>`;
  return a4Document(t.rosterDocument(data.group), body);
}

/** GT §6.3: the month's activities with their HIS codes, to copy into the HIS. */
export function hisMonthDocument(data: { site: Site; monthLabel: string; activities: readonly MonthlyActivity[] }): string {
  const labels = groupsUi.his.activities;
  const totals = Object.entries(labels).map(([key, label]) => ({ label, participants: data.activities.filter((a) => a.activity === key).reduce((n, a) => n + a.participants, 0), count: data.activities.filter((a) => a.activity === key).length }));
  const body = html`
${siteLine(data.site)}
<h1>${t.hisTitle}</h1>
<div class="fields one">${field(t.month, data.monthLabel)}</div>
<table class="grid compact">
  <thead><tr><th style="width:8mm">${t.number}</th><th style="width:22mm">${groupsUi.his.date}</th><th>${groupsUi.his.activity}</th><th>${groupsUi.his.description}</th><th style="width:20mm">${groupsUi.his.participants}</th><th style="width:28mm">${groupsUi.his.codes}</th></tr></thead>
  <tbody>
    ${data.activities.length === 0 ? html`<tr><td colspan="6">${t.none}</td></tr>` : ''}
    ${data.activities.map((a, n) => html`<tr><td class="center">${n + 1}</td><td>${showIsoDate(a.date)}</td><td>${labels[a.activity]}</td><td>${a.description}</td><td class="center">${a.participants}</td><td>${a.hisCodes.join(', ')}</td></tr>`)}
  </tbody>
</table>
<h3>${t.totals}</h3>
<table class="grid compact">
  <tbody>${totals.map((row) => html`<tr><td>${row.label}</td><td class="center">${row.count}</td><td class="center">${row.participants}</td></tr>`)}</tbody>
</table>`;
  return a4Document(t.hisDocument(data.monthLabel), body);
}
