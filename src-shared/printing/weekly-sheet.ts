import { addDays, showIsoDate } from '../common/dates';
import { ADMISSION_LINES, type AdmissionColumn } from '../formula/admissions';
import { admissionsUi } from '../formula/admissions-text';
import { SHEET_COLUMNS, type SheetColumn } from '../formula/sheet-columns';
import { html } from './html';
import { a4Document, field } from './page';
import { printText } from './text';

export const WEEKLY_SHEET_ROWS = 26;
export const WEEKLY_SHEET_ADMISSIONS = 10;

export interface WeeklySheetData {
  readonly facility: string;
  readonly code: string;
  /** Monday of the week, or null for a sheet without dates. */
  readonly weekStart: string | null;
  /** The reasons in force that a line of the sheet can admit, numbered for the legend. */
  readonly admissionReasons: readonly string[];
}

const t = printText.weeklySheet;
const WIDTHS: Readonly<Record<SheetColumn, string>> = {
  deliveryDate: '20mm',
  caregiverNationalId: '22mm',
  infantId: '34mm',
  cans800: '14mm',
  cans1kg: '14mm',
  receivedByNationalId: '22mm',
  receivedByName: 'auto',
};

const a = admissionsUi;

/**
 * Issue 14.10 (seed 004): the week's admissions on paper, each in two lines — who, then the prescription —
 * in the order the Planilla's «Altas» screen asks for them.
 */
function admissionsPart(data: WeeklySheetData, week: string) {
  const [who = [], prescription = []] = ADMISSION_LINES;
  const span = who.length - prescription.length + 1;
  const second = (cells: (c: AdmissionColumn, i: number) => ReturnType<typeof html>) => prescription.map(cells);
  return html`
<section class="page-break">
<h1>${a.print.title}</h1>
<div class="fields">
  ${field(t.facility, data.facility)}
  ${field(t.weekLabel, week)}
</div>
<table class="grid admissions">
  <colgroup><col style="width:8mm">${who.map(() => html`<col>`)}</colgroup>
  <thead>
    <tr><th rowspan="2">${a.print.number}</th>${who.map((c) => html`<th>${a.columns[c]}</th>`)}</tr>
    <tr class="second">${second((c, i) => html`<th colspan="${i === prescription.length - 1 ? span : 1}">${a.columns[c]}</th>`)}</tr>
  </thead>
  ${Array.from(
    { length: WEEKLY_SHEET_ADMISSIONS },
    (_, n) => html`<tbody class="admission"><tr><td rowspan="2" class="center">${n + 1}</td>${who.map(() => html`<td></td>`)}</tr>
    <tr class="second">${second((_c, i) => html`<td colspan="${i === prescription.length - 1 ? span : 1}"></td>`)}</tr></tbody>`,
  )}
</table>
<p class="notes"><strong>${a.print.reasonsTitle}</strong> ${data.admissionReasons.map((label, n) => html`${n + 1}. ${label}${n < data.admissionReasons.length - 1 ? '; ' : '.'}`)} ${a.formOnlyReasons}</p>
<p class="notes">${a.print.note}</p>
</section>`;
}

/** FI rule 12: the week's deliveries on paper, when nobody can type; the batch screen types it in later. */
export function weeklySheetDocument(data: WeeklySheetData): string {
  const week = data.weekStart ? t.week(showIsoDate(data.weekStart), showIsoDate(addDays(data.weekStart, 6))) : '';
  const body = html`
<h1>${t.title}</h1>
<div class="fields">
  ${field(t.facility, data.facility)}
  ${field(t.code, data.code)}
  ${field(t.weekLabel, week)}
  ${field(t.responsible, '')}
</div>
<table class="grid">
  <colgroup><col style="width:9mm">${SHEET_COLUMNS.map((c) => html`<col style="width:${WIDTHS[c]}">`)}<col style="width:22mm"></colgroup>
  <thead><tr><th></th>${SHEET_COLUMNS.map((c) => html`<th>${t.columns[c]}</th>`)}<th>${t.signature}</th></tr></thead>
  <tbody>
    ${Array.from({ length: WEEKLY_SHEET_ROWS }, (_, i) => html`<tr><td class="center">${i + 1}</td>${SHEET_COLUMNS.map(() => html`<td></td>`)}<td></td></tr>`)}
  </tbody>
</table>
<p class="notes">${t.note}</p>
${admissionsPart(data, week)}`;
  return a4Document(t.documentTitle(week), body);
}
