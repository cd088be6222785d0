import { showIsoDate } from '../common/dates';
import { formatDate } from '../common/text';
import type { AreaIndicator2, IndicatorResult } from '../levels/indicators';
import type { ConsolidatedView } from '../levels/types';
import { AREA_LEVEL_LABELS, levelsUi } from '../levels/ui-text';
import { barChartSvg } from './bar-chart';
import { html, type SafeHtml } from './html';
import { a4Document, signatures, siteLine } from './page';

export interface ConsolidatedReportData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  readonly printedAt: number;
  readonly view: ConsolidatedView;
}

const t = levelsUi.consolidated;
const r = levelsUi.report;
const kg = (grams: number) => (Math.round(grams / 100) / 10).toLocaleString('es');
const pct = (p: number | null) => (p === null ? t.noData : `${p.toLocaleString('es')} %`);
const verdict = (result: IndicatorResult) => (result.meetsStandard === null ? t.noData : result.meetsStandard ? t.meets : t.fails);

/** Facilities are printed under their microrred while the list stays a few pages long. */
const MAX_PRINTED_FACILITIES = 300;

function drillRows(area: AreaIndicator2, depth: number, withFacilities: boolean): SafeHtml[] {
  const row = html`<tr><td style="padding-left:${String(1 + depth * 4)}mm">${area.name || '—'}</td><td>${AREA_LEVEL_LABELS[area.level]}</td><td class="right">${area.numerator}</td><td class="right">${area.denominator}</td><td class="right">${pct(area.percent)}</td><td class="center">${area.meetsStandard === null ? '' : area.meetsStandard ? r.meets : r.short}</td></tr>`;
  const leaves = withFacilities
    ? area.facilities.map(
        (f) => html`<tr><td style="padding-left:${String(1 + (depth + 1) * 4)}mm">${f.name} (${f.code})</td><td>${t.facilityLevel}</td><td colspan="4">${f.hasGroup ? t.withGroup : t.withoutGroup}</td></tr>`,
      )
    : [];
  return [row, ...leaves, ...area.children.flatMap((child) => drillRows(child, depth + 1, withFacilities))];
}

/**
 * Issue 16.5: the consolidated report of any coordination site on A4 — the guide's two indicators with
 * numerator, denominator, standard and verdict, the tables and a chart by area, who falls short, and
 * each enrolled facility's figures (groups and formula).
 */
export function consolidatedReportDocument(data: ConsolidatedReportData): string {
  const v = data.view;
  const kpi = (label: string, result: IndicatorResult) =>
    html`<div class="kpi"><div class="label">${label}</div><div class="value">${t.ratio(result.numerator, result.denominator, result.percent)}</div><div class="label">${verdict(result)}</div></div>`;
  const chartBars = v.indicator2.children.map((c) => ({ label: c.name.slice(0, 18), value: c.percent ?? 0 }));
  const body = html`
${siteLine(data.site)}
<h1>${r.title}</h1>
<p class="center"><strong>${t.scope(v.scope.level, v.scope.name, v.periodLabel)}</strong> · ${r.printedOn} ${formatDate(data.printedAt)}</p>
<p class="notes">${v.registry ? t.registry(v.registry.fileName, showIsoDate(v.registry.listDate)) : t.noRegistry} ${t.formedRule}</p>
<h3>${t.indicatorsTitle}</h3>
<div class="kpis">${v.indicator1 ? kpi(r.indicator1Short, v.indicator1) : ''}${kpi(r.indicator2Short, v.indicator2)}</div>
${v.indicator1
  ? html`<h3>${t.teamsTitle}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:34mm"><col style="width:30mm"><col style="width:30mm"><col style="width:26mm"></colgroup>
  <thead><tr><th>${levelsUi.facilitators.teamColumns.region}</th><th>${levelsUi.facilitators.teamColumns.facilities}</th><th>${levelsUi.facilitators.teamColumns.needed}</th><th>${levelsUi.facilitators.teamColumns.have}</th><th>${levelsUi.facilitators.teamColumns.state}</th></tr></thead>
  <tbody>${v.indicator1.regions.map(
    (team) =>
      html`<tr><td>${team.region}</td><td class="right">${team.birthFacilities}</td><td class="right">${team.needed}</td><td class="right">${team.activeTrained}</td><td class="center">${team.complete ? levelsUi.facilitators.complete : levelsUi.facilitators.incomplete(team.needed - team.activeTrained)}</td></tr>`,
  )}</tbody>
</table>`
  : ''}
<h3>${t.drillTitle}</h3>
${chartBars.length > 1 ? html`<div class="chart">${barChartSvg(t.chartIndicator2, chartBars)}</div>` : ''}
<table class="grid compact">
  <colgroup><col><col style="width:22mm"><col style="width:22mm"><col style="width:26mm"><col style="width:18mm"><col style="width:22mm"></colgroup>
  <thead><tr><th>${t.drillColumns.area}</th><th>${t.drillColumns.level}</th><th>${t.drillColumns.with}</th><th>${t.drillColumns.of}</th><th>${t.drillColumns.percent}</th><th>${r.standard}</th></tr></thead>
  <tbody>${drillRows(v.indicator2, 0, v.indicator2.denominator <= MAX_PRINTED_FACILITIES)}</tbody>
</table>
<h3>${t.shortfallFacilities} (${v.indicator2.shortfalls.length})</h3>
${v.indicator2.shortfalls.length === 0
  ? html`<p>${t.noShortfall}</p>`
  : html`<table class="grid compact">
  <colgroup><col style="width:24mm"><col><col style="width:42mm"><col style="width:42mm"></colgroup>
  <thead><tr><th>${r.code}</th><th>${t.columns.facility}</th><th>${r.network}</th><th>${r.microNetwork}</th></tr></thead>
  <tbody>${v.indicator2.shortfalls.map((f) => html`<tr><td>${f.code}</td><td>${f.name}</td><td>${f.network}</td><td>${f.microNetwork}</td></tr>`)}</tbody>
</table>`}
<h3>${t.groupsTable}</h3>
${v.facilities.length === 0
  ? html`<p>${t.none}</p>`
  : html`<table class="grid compact">
  <colgroup><col><col style="width:14mm"><col style="width:21mm"><col style="width:18mm"><col style="width:18mm"><col style="width:19mm"><col style="width:19mm"></colgroup>
  <thead><tr><th>${t.columns.facility}</th><th>${t.columns.births}</th><th>${t.columns.groups}</th><th>${t.columns.sessions}</th><th>${t.columns.attendance}</th><th>${t.columns.leadMothers}</th><th>${t.columns.staff}</th></tr></thead>
  <tbody>${v.facilities.map(
    (f) =>
      html`<tr><td>${f.name} (${f.code})</td><td class="center">${f.attendsBirths ? t.yes : t.no}</td><td class="right">${f.groupsFormed}</td><td class="right">${f.sessionsHeld}</td><td class="right">${f.attendancePercent === null ? '—' : pct(f.attendancePercent)}</td><td class="right">${f.leadMothersTrained}</td><td class="right">${f.designatedStaff}</td></tr>`,
  )}</tbody>
</table>
<h3>${t.formulaTable}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:20mm"><col style="width:24mm"><col style="width:20mm"><col style="width:22mm"></colgroup>
  <thead><tr><th>${t.columns.facility}</th><th>${t.columns.deliveries}</th><th>${t.columns.kilograms}</th><th>${t.columns.infants}</th><th>${t.columns.stock}</th></tr></thead>
  <tbody>${v.facilities.map(
    (f) => html`<tr><td>${f.name} (${f.code})</td><td class="right">${f.deliveries}</td><td class="right">${kg(f.gramsDelivered)}</td><td class="right">${f.infantsServed}</td><td class="right">${kg(f.stockGrams)}</td></tr>`,
  )}</tbody>
</table>`}
${signatures([[r.signature]])}`;
  return a4Document(r.documentTitle(v.periodLabel), body);
}
