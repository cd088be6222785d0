import { formatDate, formatThousands } from '../common/text';
import { showIsoDate } from '../common/dates';
import { barChartSvg } from './bar-chart';
import { html } from './html';
import { a4Document, siteLine } from './page';
import { printText } from './text';

export interface ReportDelivery {
  readonly date: string;
  readonly caregiverNationalId: string;
  readonly infantId: string;
  readonly infantName: string;
  readonly reason: string;
  readonly cans800: number;
  readonly cans1kg: number;
  readonly grams: number;
  readonly source: 'form' | 'batch';
  /** Seed 004's delivery protocol was recorded complete on its prescription (issue 14.9). */
  readonly protocolComplete: boolean;
}

export interface DeliveriesReportData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  /** `YYYY-MM`. */
  readonly month: string;
  readonly printedAt: number;
  /** Deliveries of the month that are not voided, in date order. */
  readonly deliveries: readonly ReportDelivery[];
}

export interface DeliveriesSummary {
  readonly deliveries: number;
  readonly caregivers: number;
  readonly infants: number;
  readonly cans800: number;
  readonly cans1kg: number;
  readonly grams: number;
  readonly byReason: readonly { readonly reason: string; readonly infants: number; readonly deliveries: number; readonly grams: number }[];
  /** Infants of the month whose every delivery had the protocol recorded complete. */
  readonly protocolComplete: number;
}

export function summarizeDeliveries(rows: readonly ReportDelivery[]): DeliveriesSummary {
  const reasons = new Map<string, { infants: Set<string>; deliveries: number; grams: number }>();
  for (const row of rows) {
    const entry = reasons.get(row.reason) ?? { infants: new Set<string>(), deliveries: 0, grams: 0 };
    entry.infants.add(row.infantId);
    entry.deliveries += 1;
    entry.grams += row.grams;
    reasons.set(row.reason, entry);
  }
  return {
    deliveries: rows.length,
    caregivers: new Set(rows.map((r) => r.caregiverNationalId)).size,
    infants: new Set(rows.map((r) => r.infantId)).size,
    cans800: rows.reduce((sum, r) => sum + r.cans800, 0),
    cans1kg: rows.reduce((sum, r) => sum + r.cans1kg, 0),
    grams: rows.reduce((sum, r) => sum + r.grams, 0),
    byReason: [...reasons]
      .map(([reason, e]) => ({ reason, infants: e.infants.size, deliveries: e.deliveries, grams: e.grams }))
      .sort((a, b) => b.grams - a.grams || a.reason.localeCompare(b.reason)),
    protocolComplete: new Set(rows.map((r) => r.infantId)).size - new Set(rows.filter((r) => !r.protocolComplete).map((r) => r.infantId)).size,
  };
}

const t = printText.deliveriesReport;

export function monthTitle(month: string): string {
  const [year, m] = month.split('-');
  return `${t.monthNames[Number(m) - 1] ?? ''} ${year ?? ''}`;
}

/** The month's deliveries: totals, by reason, a chart of kilograms per week, and every delivery. */
export function deliveriesReportDocument(data: DeliveriesReportData): string {
  const s = summarizeDeliveries(data.deliveries);
  const kpi = (label: string, value: number) => html`<div class="kpi"><div class="label">${label}</div><div class="value">${formatThousands(value)}</div></div>`;
  const byDay = [1, 8, 15, 22, 29].map((from) => {
    const grams = data.deliveries.filter((d) => Number(d.date.slice(8, 10)) >= from && Number(d.date.slice(8, 10)) < from + 7).reduce((sum, d) => sum + d.grams, 0);
    return { label: `${from}–${Math.min(from + 6, 31)}`, value: Math.round(grams / 1000) };
  });
  const body = html`
${siteLine(data.site)}
<h1>${t.title}</h1>
<p class="center"><strong>${t.month}:</strong> ${monthTitle(data.month)} · ${t.printedOn} ${formatDate(data.printedAt)}</p>
<h3>${t.summary}</h3>
<div class="kpis">
  ${kpi(t.deliveries, s.deliveries)}${kpi(t.caregivers, s.caregivers)}${kpi(t.infants, s.infants)}
  ${kpi(t.cans800, s.cans800)}${kpi(t.cans1kg, s.cans1kg)}${kpi(t.kilograms, Math.round(s.grams / 1000))}
</div>
<p>${t.protocol(s.protocolComplete, s.infants)}</p>
<div class="chart">${barChartSvg(t.chart, byDay)}</div>
<h3>${t.byReason}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:24mm"><col style="width:24mm"><col style="width:28mm"></colgroup>
  <thead><tr><th>${t.reason}</th><th>${t.infants}</th><th>${t.deliveries}</th><th>${t.grams}</th></tr></thead>
  <tbody>${s.byReason.map((r) => html`<tr><td>${r.reason}</td><td class="right">${r.infants}</td><td class="right">${r.deliveries}</td><td class="right">${formatThousands(r.grams)}</td></tr>`)}</tbody>
</table>
<h3>${t.detail}</h3>
${data.deliveries.length === 0
  ? html`<p>${t.none}</p>`
  : html`<table class="grid compact">
  <colgroup><col style="width:12mm"><col style="width:21mm"><col style="width:23mm"><col><col style="width:14mm"><col style="width:14mm"><col style="width:18mm"><col style="width:20mm"></colgroup>
  <thead><tr><th></th><th>${t.date}</th><th>${t.caregiverId}</th><th>${t.infant}</th><th>${t.cans800}</th><th>${t.cans1kg}</th><th>${t.grams}</th><th>${t.source}</th></tr></thead>
  <tbody>${data.deliveries.map(
    (d, i) => html`<tr><td class="right">${i + 1}</td><td>${showIsoDate(d.date)}</td><td>${d.caregiverNationalId}</td><td>${d.infantName}</td><td class="right">${d.cans800}</td><td class="right">${d.cans1kg}</td><td class="right">${formatThousands(d.grams)}</td><td>${t.sources[d.source]}</td></tr>`,
  )}</tbody>
</table>`}
<p class="notes">${t.voidedNote}</p>`;
  return a4Document(t.documentTitle(monthTitle(data.month)), body);
}
