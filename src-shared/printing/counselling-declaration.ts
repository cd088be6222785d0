import { showIsoDate } from '../common/dates';
import { html } from './html';
import { a4Document, field, signatures } from './page';
import { printText } from './text';

export interface DeclarationData {
  readonly facility: string;
  readonly date: string | null;
  /** Null: the declaration to fill by hand. */
  readonly infant: { readonly name: string; readonly nationalId: string | null } | null;
  readonly counsellors: readonly { readonly name: string; readonly profession: string }[];
}

const t = printText.declaration;

/** FI "Ilustración 2": the counselling declaration that goes with a "decision not to breastfeed" prescription. */
export function declarationDocument(data: DeclarationData): string {
  const infant = data.infant ? t.infant(data.infant.name, data.infant.nationalId) : t.blankInfant;
  const counsellors = [0, 1].map((i) => data.counsellors[i] ?? null);
  const body = html`
<h1>${t.title}</h1>
<div class="fields">${field(`1) ${t.date}`, data.date ? showIsoDate(data.date) : '')}</div>
<p><strong>2)</strong></p>
${t.paragraphs(data.facility || t.blankFacility, infant).map((text) => html`<p class="prose">${text}</p>`)}
<p><strong>3)</strong> ${t.signaturesTitle}</p>
${signatures(counsellors.map((c) => [t.signature, t.name(c?.name ?? ''), t.profession(c?.profession ?? '')]))}`;
  return a4Document(t.documentTitle(data.infant?.name ?? null), body);
}
