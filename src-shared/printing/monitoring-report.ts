import { showIsoDate } from '../common/dates';
import { formatDate } from '../common/text';
import type { FacilityIndicators } from '../groups/indicators';
import { MEMBER_TYPES } from '../groups/indicators';
import type { FollowUps, GroupSummary } from '../groups/types';
import { groupsUi, MEMBER_TYPE_LABELS } from '../groups/ui-text';
import { barChartSvg } from './bar-chart';
import { html } from './html';
import { a4Document, signatures, siteLine } from './page';
import { printText } from './text';

export interface MonitoringReportData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  readonly year: number;
  readonly half: 0 | 1 | 2;
  readonly printedAt: number;
  readonly indicators: FacilityIndicators;
  readonly groups: readonly GroupSummary[];
  readonly followUps: FollowUps;
}

const t = printText.monitoringReport;
const m = groupsUi.monitoring;

/** GT §6.1.4: the facility's figures for a semester or a year, with the same charts as the screen. */
export function monitoringReportDocument(data: MonitoringReportData): string {
  const i = data.indicators;
  const kpi = (label: string, value: string | number | null) => html`<div class="kpi"><div class="label">${label}</div><div class="value">${value ?? t.none}</div></div>`;
  const sessionBars = i.sessionsPerMonth.map((s) => ({ label: m.monthNames[Number(s.month.slice(5, 7)) - 1] ?? s.month, value: s.sessions }));
  const memberBars = MEMBER_TYPES.map((type) => ({ label: t.memberShort[type], value: i.membersByType[type] }));
  const period = t.periodName(data.year, data.half);
  const body = html`
${siteLine(data.site)}
<h1>${t.title}</h1>
<p class="center"><strong>${t.period}:</strong> ${period} · ${t.printedOn} ${formatDate(data.printedAt)}</p>
<h3>${t.figures}</h3>
<div class="kpis">
  ${kpi(m.groupsActive, i.groupsActive)}${kpi(m.sessionsHeld, i.sessionsHeld)}${kpi(m.averageAttendance, i.averageAttendancePercent === null ? null : `${i.averageAttendancePercent.toLocaleString('es')} %`)}
  ${kpi(m.averagePresent, i.averagePresent?.toLocaleString('es') ?? null)}${kpi(m.trained, i.leadMothersTrained)}${kpi(m.active, i.leadMothersActive)}
</div>
<h3>${t.sessionsChart}</h3>
<div class="chart">${barChartSvg(t.sessionsChart, sessionBars)}</div>
<h3>${t.membersChart}</h3>
<div class="chart">${barChartSvg(t.membersChart, memberBars)}</div>
<p class="notes">${MEMBER_TYPES.map((type) => `${MEMBER_TYPE_LABELS[type]}: ${i.membersByType[type]}`).join(' · ')}</p>
<h3>${t.groups}</h3>
${data.groups.length === 0
  ? html`<p>${t.noGroups}</p>`
  : html`<table class="grid compact">
  <colgroup><col><col style="width:40mm"><col style="width:22mm"><col style="width:26mm"></colgroup>
  <thead><tr><th>${t.group}</th><th>${t.community}</th><th>${t.members}</th><th>${t.lastSession}</th></tr></thead>
  <tbody>${data.groups.map((g) => html`<tr><td>${g.name}</td><td>${g.community}</td><td class="right">${g.activeMembers}</td><td class="center">${g.lastSessionDate ? showIsoDate(g.lastSessionDate) : t.none}</td></tr>`)}</tbody>
</table>`}
<h3>${t.followUpsTitle}</h3>
${data.followUps.members.length + data.followUps.idleGroups.length === 0
  ? html`<p>${t.noFollowUps}</p>`
  : html`<ul>${data.followUps.members.map((f) => html`<li>${m.absences(f.name, f.groupName, f.absences)}</li>`)}${data.followUps.idleGroups.map(
      (g) => html`<li>${m.idleGroup(g.name, g.lastSessionDate ? showIsoDate(g.lastSessionDate) : null)}</li>`,
    )}</ul>`}
${signatures([[t.signature]])}`;
  return a4Document(t.documentTitle(period), body);
}
