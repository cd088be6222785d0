import { showIsoDate } from '../common/dates';
import { homeText } from '../home/text';
import { DATE_COLUMNS, WORK_LIST_COLUMNS, type WorkList } from '../home/work-lists';
import { html } from './html';
import { a4Document, siteLine } from './page';

export interface WorkListPrint {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  readonly today: string;
  readonly list: WorkList;
}

const cell = (column: string, value: string | number | null) => (value === null ? '' : DATE_COLUMNS.has(column) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? showIsoDate(value) : String(value));

/** A home work list on A4, as shown: to take along (calls to make, homes to visit). */
export function workListDocument(data: WorkListPrint): string {
  const columns = WORK_LIST_COLUMNS[data.list.key];
  const title = homeText.lists[data.list.key];
  const body = html`
${siteLine(data.site)}
<h1>${title}</h1>
<p class="notes">${homeText.printedOn(showIsoDate(data.today))}${data.list.truncated ? ` — ${homeText.truncated(data.list.rows.length)}` : ''}</p>
<table class="grid compact">
  <thead><tr><th style="width:8mm">N.º</th>${columns.map((c) => html`<th>${homeText.columns[c] ?? c}</th>`)}</tr></thead>
  <tbody>
    ${data.list.rows.length === 0 ? html`<tr><td colspan="${columns.length + 1}">${homeText.nothing}</td></tr>` : ''}
    ${data.list.rows.map((row, n) => html`<tr><td class="center">${n + 1}</td>${columns.map((c) => html`<td>${cell(c, row.cells[c] ?? null)}</td>`)}</tr>`)}
  </tbody>
</table>`;
  return a4Document(`${title} — ${showIsoDate(data.today)}`, body);
}
