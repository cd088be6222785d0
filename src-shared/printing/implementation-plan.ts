import { showIsoDate } from '../common/dates';
import { formatThousands } from '../common/text';
import { PLAN_SECTIONS } from '../groups/coordination-schemas';
import type { PlanView } from '../groups/types';
import { html } from './html';
import { a4Document, field, signatures, siteLine } from './page';
import { printText } from './text';

export interface PlanPrintData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  /** Null: the plan's outline, to fill by hand. */
  readonly plan: PlanView | null;
}

const t = printText.plan;
const BLANK_LINES = 4;
const money = (n: number) => {
  const cents = Math.round(n * 100);
  return `${formatThousands(Math.trunc(cents / 100))},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
};

/** GT §6.1.1 c: the implementation plan with its sections, schedule and budget, and the authority's approval. */
export function planDocument(data: PlanPrintData): string {
  const plan = data.plan;
  const schedule = plan ? plan.schedule : Array.from({ length: BLANK_LINES }, () => null);
  const budget = plan ? plan.budget : Array.from({ length: BLANK_LINES }, () => null);
  const body = html`
${siteLine(data.site)}
<h1>${plan?.title || t.title}</h1>
<div class="fields">
  ${field(t.version, plan ? String(plan.version) : '')}
  ${field(t.status, plan ? t.statuses[plan.status] : '')}
  ${field(t.agreedOn, plan?.agreedOn ? showIsoDate(plan.agreedOn) : '')}
</div>
${PLAN_SECTIONS.filter((s) => s.key !== 'financing').map(
  (section, i) => html`<h3>${i + 1}. ${section.label}</h3>${plan ? html`<div class="prewrap prose">${plan.sections[section.key] ?? ''}</div>` : html`<div class="blank-lines"></div>`}`,
)}
<h3>${PLAN_SECTIONS.length}. ${t.schedule}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:24mm"><col style="width:24mm"><col style="width:44mm"></colgroup>
  <thead><tr><th>${t.activity}</th><th>${t.from}</th><th>${t.to}</th><th>${t.responsible}</th></tr></thead>
  <tbody>${schedule.map((a) => html`<tr><td>${a?.activity ?? html`&nbsp;`}</td><td class="center">${a ? showIsoDate(a.startsOn) : ''}</td><td class="center">${a ? showIsoDate(a.endsOn) : ''}</td><td>${a?.responsible}</td></tr>`)}</tbody>
</table>
<h3>${PLAN_SECTIONS.length + 1}. ${t.budget}</h3>
<table class="grid compact">
  <colgroup><col><col style="width:30mm"><col style="width:50mm"></colgroup>
  <thead><tr><th>${t.item}</th><th>${t.amount}</th><th>${t.financing}</th></tr></thead>
  <tbody>${budget.map((b) => html`<tr><td>${b?.item ?? html`&nbsp;`}</td><td class="right">${b ? money(b.amount) : ''}</td><td>${b?.financing}</td></tr>`)}
  <tr><th>${t.total}</th><td class="right"><strong>${plan ? money(plan.budgetTotal) : ''}</strong></td><td></td></tr></tbody>
</table>
<h3>${PLAN_SECTIONS.length + 2}. ${PLAN_SECTIONS.find((s) => s.key === 'financing')?.label}</h3>
${plan ? html`<div class="prewrap prose">${plan.sections.financing ?? ''}</div>` : html`<div class="blank-lines"></div>`}
${signatures([[t.approval, plan?.approvedBy && plan.approvedOn ? t.approvedBy(plan.approvedBy, showIsoDate(plan.approvedOn)) : '', t.signature]])}`;
  return a4Document(t.documentTitle(plan?.version ?? null), body);
}
