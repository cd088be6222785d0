import { formatThousands } from '../common/text';
import { showIsoDate } from '../common/dates';
import { html } from './html';
import { a4Document, field, signatures, siteLine } from './page';
import { printText } from './text';

export interface ReceiptData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  /** Null: a receipt to fill by hand. The diagnosis is never printed: the caregiver carries this paper. */
  readonly delivery: {
    readonly deliveryDate: string;
    readonly voided: boolean;
    readonly caregiverName: string;
    readonly caregiverNationalId: string;
    readonly infantName: string;
    readonly infantBirthDate: string;
    readonly prescriptionDate: string;
    readonly cans800: number;
    readonly cans1kg: number;
    readonly grams: number;
    readonly receivedBy: string;
    readonly gramsDelivered: number;
    readonly gramsRemaining: number;
    readonly cans800Remaining: number;
    readonly cans1kgRemaining: number;
    readonly lastDeliveryDay: string;
  } | null;
}

const t = printText.receipt;

/** What was delivered today and what remains of the prescription, for the caregiver to keep. */
export function receiptDocument(data: ReceiptData): string {
  const d = data.delivery;
  const n = (value: number | undefined) => (value === undefined ? '' : formatThousands(value));
  const g = (value: number | undefined) => (value === undefined ? '' : t.grams_(formatThousands(value)));
  const body = html`
${siteLine(data.site)}
<h1>${t.title}${d?.voided ? html` — ${t.voided}` : ''}</h1>
<div class="fields">
  ${field(t.deliveryDate, d ? showIsoDate(d.deliveryDate) : '')}
  ${field(t.prescription, d ? showIsoDate(d.prescriptionDate) : '')}
</div>
<div class="fields one">
  ${field(t.caregiver, d ? `${d.caregiverName} — ${t.caregiverId} ${d.caregiverNationalId}` : '')}
  ${field(t.infant, d ? `${d.infantName} — ${t.birthDate} ${showIsoDate(d.infantBirthDate)}` : '')}
</div>
<h3>${t.deliveredTitle}</h3>
<table class="grid">
  <thead><tr><th>${t.cans800}</th><th>${t.cans1kg}</th><th>${t.grams}</th><th>${t.receivedBy}</th></tr></thead>
  <tbody><tr><td class="center">${n(d?.cans800)}</td><td class="center">${n(d?.cans1kg)}</td><td class="center">${g(d?.grams)}</td><td>${d?.receivedBy}</td></tr></tbody>
</table>
<h3>${t.remainingTitle}</h3>
<div class="fields one">
  ${field(t.remainingGrams, g(d?.gramsRemaining))}
  ${field(t.remainingCans, d ? t.cans(d.cans800Remaining, d.cans1kgRemaining) : '')}
  ${field(t.until, d ? showIsoDate(d.lastDeliveryDay) : '')}
  ${field(t.deliveredSoFar, g(d?.gramsDelivered))}
</div>
${signatures([[t.signatureStaff], [t.signatureCaregiver]])}
<p class="notes">${t.note}</p>`;
  return a4Document(t.documentTitle(d ? showIsoDate(d.deliveryDate) : null), body);
}
