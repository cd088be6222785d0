import { showIsoDate } from '../common/dates';
import { html } from './html';
import { a4Document, field, signatures } from './page';
import { printText } from './text';

export const DESIGNATED_STAFF_BLANK_ROWS = 8;

export interface DesignatedStaffData {
  readonly site: { readonly name: string; readonly microNetwork: string; readonly network: string; readonly region: string };
  /** Null: the list to fill by hand. */
  readonly date: string | null;
  /** At a microrred or red: every facility's staff, each with its facility. */
  readonly consolidated: boolean;
  readonly staff: readonly {
    readonly facility: string;
    readonly fullName: string;
    readonly profession: string;
    readonly role: 'designated' | 'committee';
    readonly designatedOn: string;
    readonly document: string;
  }[];
}

const t = printText.designatedStaff;

/** GT §5.3.1.3 / §6.1.1 a: the staff in charge, as the facility's authority sends it to the microrred. */
export function designatedStaffDocument(data: DesignatedStaffData): string {
  const rows = data.date === null ? Array.from({ length: DESIGNATED_STAFF_BLANK_ROWS }, () => null) : data.staff;
  const body = html`
<h1>${t.title}</h1>
<p class="center notes">${data.consolidated ? t.consolidatedSubtitle : t.subtitle}</p>
<div class="fields one">${field(t.facility, data.site.name)}</div>
<div class="fields">
  ${field(t.date, data.date ? showIsoDate(data.date) : '')}
  ${field(t.microNetwork, data.site.microNetwork)}
  ${field(t.network, data.site.network)}
  ${field(t.region, data.site.region)}
</div>
${rows.length === 0
  ? html`<p>${t.none}</p>`
  : html`<table class="grid compact">
  <colgroup><col style="width:8mm">${data.consolidated ? html`<col style="width:36mm">` : ''}<col><col style="width:30mm"><col style="width:34mm"><col style="width:20mm"><col style="width:${data.consolidated ? '26mm' : '36mm'}"></colgroup>
  <thead><tr><th></th>${data.consolidated ? html`<th>${t.facility}</th>` : ''}<th>${t.name}</th><th>${t.profession}</th><th>${t.role}</th><th>${t.since}</th><th>${t.document}</th></tr></thead>
  <tbody>${rows.map(
    (s, i) =>
      html`<tr><td class="center">${i + 1}</td>${data.consolidated ? html`<td>${s?.facility}</td>` : ''}<td>${s?.fullName}</td><td>${s?.profession}</td><td>${s ? t.roles[s.role] : ''}</td><td class="center">${s ? showIsoDate(s.designatedOn) : ''}</td><td>${s?.document}</td></tr>`,
  )}</tbody>
</table>`}
${signatures(data.consolidated ? [[t.consolidatedAuthority], [t.consolidatedReceived]] : [[t.authority], [t.received]])}`;
  return a4Document(t.documentTitle(data.date ? showIsoDate(data.date) : null), body);
}
