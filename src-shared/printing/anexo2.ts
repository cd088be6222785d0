import { showIsoDate } from '../common/dates';
import { html } from './html';
import { a4Document, field } from './page';
import { printText } from './text';

export const ANEXO2_ROWS = 15;

export interface Anexo2Data {
  readonly sessionDate: string | null;
  readonly facility: string;
  readonly place: string;
  readonly microNetwork: string;
  readonly community: string;
  readonly network: string;
  readonly district: string;
  readonly region: string;
  readonly province: string;
  readonly facilitators: readonly { readonly name: string; readonly kind: 'MG' | 'PS' }[];
  readonly participants: readonly {
    readonly name: string;
    readonly age: number | null;
    readonly pregnantOrBreastfeeding: 'E' | 'L' | null;
    readonly hasChildUnder2: boolean;
    readonly childAgeMonths: number | null;
    readonly address: string;
  }[];
}

const t = printText.anexo2;

/** GT Anexo N° 2: participants of a support-group session, filled with the group and padded to 15 rows. */
export function anexo2Document(data: Anexo2Data): string {
  const rows = Array.from({ length: Math.max(ANEXO2_ROWS, data.participants.length) }, (_, i) => data.participants[i] ?? null);
  const facilitators = [0, 1].map((i) => data.facilitators[i] ?? null);
  const mark = (on: boolean, letter: string) => html`<span class="${on ? 'circled' : ''}">${letter}</span>`;
  const body = html`
<p class="annex">${t.annex}</p>
<h1>${t.title}</h1>
<div class="fields">
  ${field(t.sessionDate, data.sessionDate ? showIsoDate(data.sessionDate) : '')}
  ${field(t.facility, data.facility)}
  ${field(t.place, data.place)}
  ${field(t.microNetwork, data.microNetwork)}
  ${field(t.community, data.community)}
  ${field(t.network, data.network)}
  ${field(t.district, data.district)}
  ${field(t.region, data.region)}
  ${field(t.province, data.province)}
</div>
<div class="facilitators">
  <strong>${t.facilitators}</strong>
  ${facilitators.map(
    (f, i) => html`<div class="row"><span>${i + 1}</span><span class="field"><span class="value">${f?.name ?? ''}</span></span>
      <span class="box ${f?.kind === 'MG' ? 'checked' : ''}">${t.mg}</span><span class="box ${f?.kind === 'PS' ? 'checked' : ''}">${t.ps}</span></div>`,
  )}
</div>
<table class="grid">
  <colgroup><col style="width:8mm"><col style="width:54mm"><col style="width:11mm"><col style="width:12mm"><col style="width:12mm"><col style="width:20mm"><col style="width:21mm"><col></colgroup>
  <thead>
    <tr><th rowspan="2"></th><th rowspan="2">${t.name}</th><th rowspan="2">${t.age}</th><th colspan="2">${t.pregnantOrBreastfeeding}</th><th rowspan="2">${t.childUnder2}</th><th rowspan="2">${t.childAge}</th><th rowspan="2">${t.address}</th></tr>
    <tr><th>E</th><th>L</th></tr>
  </thead>
  <tbody>
    ${rows.map(
      (p, i) => html`<tr><td class="center">${i + 1}</td><td>${p?.name ?? ''}</td><td class="center">${p?.age ?? ''}</td>
        <td class="center">${mark(p?.pregnantOrBreastfeeding === 'E', 'E')}</td><td class="center">${mark(p?.pregnantOrBreastfeeding === 'L', 'L')}</td>
        <td class="center">${p ? (p.hasChildUnder2 ? t.yes : t.no) : ''}</td><td class="center">${p?.childAgeMonths ?? ''}</td><td>${p?.address ?? ''}</td></tr>`,
    )}
  </tbody>
</table>
<p class="notes">${t.mgNote}<br>${t.psNote}</p>`;
  return a4Document(t.documentTitle(data.sessionDate ? showIsoDate(data.sessionDate) : null), body);
}
