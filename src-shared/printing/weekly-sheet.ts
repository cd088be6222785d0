import { addDays, showIsoDate } from '../common/dates';
import { SHEET_COLUMNS, type SheetColumn } from '../formula/sheet-columns';
import { html } from './html';
import { a4Document, field } from './page';
import { printText } from './text';

export const WEEKLY_SHEET_ROWS = 26;

export interface WeeklySheetData {
  readonly facility: string;
  readonly code: string;
  /** Monday of the week, or null for a sheet without dates. */
  readonly weekStart: string | null;
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
<p class="notes">${t.note}</p>`;
  return a4Document(t.documentTitle(week), body);
}
