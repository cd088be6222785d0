import { PROTOCOL_ITEMS, type ProtocolChecks } from '../formula/protocol';
import { showIsoDate } from '../common/dates';
import { html } from './html';
import { a4Document, signatures } from './page';
import { printText } from './text';

export interface PrescriptionModelData {
  readonly facility: string;
  /** Null: the model handed to a prescriber, every field blank. */
  readonly prescription: {
    readonly prescriptionDate: string;
    readonly infantName: string;
    readonly infantNationalId: string | null;
    readonly infantBirthDate: string;
    readonly caregiverNationalId: string;
    readonly milkType: string;
    readonly diagnosis: string;
    readonly durationMonths: number;
    readonly prescriberName: string;
    readonly prescriberProfession: string;
    readonly prescriberLicence: string;
    /** Seed 004's delivery protocol as recorded (issue 14.9). */
    readonly protocol: ProtocolChecks;
  } | null;
}

const t = printText.prescription;

/** FI "Ilustración 1": the prescription model with its seven numbered fields. */
export function prescriptionModelDocument(data: PrescriptionModelData): string {
  const p = data.prescription;
  const values = [
    p ? showIsoDate(p.prescriptionDate) : '',
    p ? t.infant(p.infantName, p.infantNationalId, showIsoDate(p.infantBirthDate)) : '',
    p?.caregiverNationalId ?? '',
    p?.milkType ?? '',
    p?.diagnosis ?? '',
    p ? t.months(p.durationMonths) : '',
  ];
  const body = html`
<h1>${t.title}</h1>
<div class="issuer">
  <div class="caption">${t.issuer}</div>
  ${p ? html`<div><strong>${p.prescriberName}</strong> — ${p.prescriberProfession}</div><div>${t.licence(p.prescriberLicence)}</div>` : ''}
  <div>${data.facility}</div>
</div>
<p class="rp">${t.rp}</p>
<ol class="numbered">
  ${values.map((value, i) => html`<li><strong>${i + 1})</strong><div><div class="label">${t.fields[i]}</div><div class="line">${value}</div></div></li>`)}
  <li><strong>7)</strong><div class="label">${t.fields[6]}</div></li>
</ol>
${signatures([[t.signatureCaption, p ? p.prescriberName : '', p ? t.licence(p.prescriberLicence) : '']])}
${p ? html`<h3>${t.protocolTitle}</h3><ul class="checklist">${PROTOCOL_ITEMS.map((item) => html`<li>${p.protocol[item.key] ? '☒' : '☐'} ${item.label}</li>`)}</ul>` : ''}
<p class="notes">${t.note}</p>`;
  return a4Document(t.documentTitle(p ? showIsoDate(p.prescriptionDate) : null), body);
}
