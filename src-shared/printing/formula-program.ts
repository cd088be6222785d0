import { formatDate, formatThousands } from '../common/text';
import type { FormulaProgramView, JurisdictionFigures } from '../levels/formula-program';
import { levelsUi } from '../levels/ui-text';
import { barChartSvg } from './bar-chart';
import { html } from './html';
import { a4Document, signatures, siteLine } from './page';

export interface FormulaProgramData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  readonly printedAt: number;
  readonly view: FormulaProgramView;
}

const t = levelsUi.formulaProgram;
const kg = (grams: number) => (Math.round(grams / 100) / 10).toLocaleString('es');
const num = (n: number | null) => (n === null ? '—' : formatThousands(n));

function summaryRow(j: JurisdictionFigures, bold = false) {
  const cells = html`<td>${j.region}</td><td class="right">${kg(j.year.grams)}</td><td class="right">${j.year.cans800}</td><td class="right">${j.year.cans1kg}</td><td class="right">${j.year.infants}</td><td class="right">${j.year.admissions}</td><td class="right">${kg(j.year.stockReceivedGrams)}</td><td class="right">${num(j.estimate?.publicBirths ?? null)}</td><td class="right">${num(j.estimate?.kilograms ?? null)}</td><td class="right">${j.estimateUsedPercent === null ? '—' : `${j.estimateUsedPercent.toLocaleString('es')} %`}</td>`;
  return bold ? html`<tr style="font-weight:bold">${cells}</tr>` : html`<tr>${cells}</tr>`;
}

/** Seed 004 at jurisdiction and national level: the year by jurisdiction, month by month, by reason, and the estimate. */
export function formulaProgramDocument(data: FormulaProgramData): string {
  const v = data.view;
  const c = t.columns;
  const body = html`
${siteLine(data.site)}
<h1>${t.printTitle}</h1>
<p class="center"><strong>${t.yearLabel} ${v.year}</strong> · ${t.printedOn} ${formatDate(data.printedAt)}</p>
<p class="notes">${t.estimateRule}</p>
<h3>${t.byJurisdiction}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:18mm"><col style="width:13mm"><col style="width:13mm"><col style="width:17mm"><col style="width:18mm"><col style="width:16mm"><col style="width:19mm"><col style="width:21mm"><col style="width:20mm"></colgroup>
  <thead><tr><th>${c.jurisdiction}</th><th>${c.kilograms}</th><th>${c.cans800}</th><th>${c.cans1kg}</th><th>${c.infants}</th><th>${c.admissions}</th><th>${c.stockReceived}</th><th>${c.births}</th><th>${c.estimateKg}</th><th>${c.used}</th></tr></thead>
  <tbody>${v.jurisdictions.map((j) => summaryRow(j))}${summaryRow(v.total, true)}</tbody>
</table>
<h3>${t.byMonth}</h3>
<div class="chart">${barChartSvg(t.chartKilograms, v.total.months.map((m) => ({ label: t.monthShort[Number(m.month.slice(5, 7)) - 1] ?? m.month, value: Math.round(m.grams / 1000) })))}</div>
<table class="grid compact">
  <colgroup><col><col style="width:22mm"><col style="width:20mm"><col style="width:20mm"><col style="width:22mm"><col style="width:24mm"><col style="width:24mm"></colgroup>
  <thead><tr><th>${c.month}</th><th>${c.kilograms}</th><th>${c.cans800}</th><th>${c.cans1kg}</th><th>${c.infants}</th><th>${c.admissions}</th><th>${c.stockReceived}</th></tr></thead>
  <tbody>${v.total.months.map(
    (m) =>
      html`<tr><td>${t.monthShort[Number(m.month.slice(5, 7)) - 1] ?? m.month}</td><td class="right">${kg(m.grams)}</td><td class="right">${m.cans800}</td><td class="right">${m.cans1kg}</td><td class="right">${m.infants}</td><td class="right">${m.admissions}</td><td class="right">${kg(m.stockReceivedGrams)}</td></tr>`,
  )}</tbody>
</table>
<h3>${t.byReason}</h3>
${v.total.byReason.length === 0
  ? html`<p>${t.none}</p>`
  : html`<table class="grid compact">
  <colgroup><col><col style="width:30mm"><col style="width:30mm"></colgroup>
  <thead><tr><th>${c.reason}</th><th>${c.admissions}</th><th>${c.kilograms}</th></tr></thead>
  <tbody>${v.total.byReason.map((r) => html`<tr><td>${r.label}</td><td class="right">${r.admissions}</td><td class="right">${kg(r.grams)}</td></tr>`)}</tbody>
</table>`}
${signatures([[t.signature]])}`;
  return a4Document(t.documentTitle(v.year), body);
}
