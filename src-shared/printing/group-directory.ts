import { showIsoDate } from '../common/dates';
import { formatDate } from '../common/text';
import type { DirectoryView } from '../levels/types';
import { levelsUi } from '../levels/ui-text';
import { html } from './html';
import { a4Document, siteLine } from './page';

export interface GroupDirectoryData {
  readonly site: { readonly name: string; readonly code: string; readonly microNetwork: string; readonly network: string };
  readonly printedAt: number;
  readonly view: DirectoryView;
}

const t = levelsUi.directory;

/** The directory of support groups, for Level II/III facilities to tell a mother where her nearest group meets. */
export function groupDirectoryDocument(data: GroupDirectoryData): string {
  const d = data.view.directory;
  const c = t.columns;
  const body = html`
${siteLine(data.site)}
<h1>${t.printTitle}</h1>
<p class="center">${d ? t.publishedBy(d.region, d.issuedBy, showIsoDate(d.publishedOn)) : t.none} · ${t.printedOn} ${formatDate(data.printedAt)}</p>
<p class="notes">${t.printIntro}</p>
${data.view.entries.length === 0
  ? html`<p>${t.none}</p>`
  : html`<table class="grid compact">
  <colgroup><col style="width:38mm"><col style="width:30mm"><col style="width:28mm"><col><col style="width:26mm"><col style="width:26mm"></colgroup>
  <thead><tr><th>${c.facility}</th><th>${c.group}</th><th>${c.community}</th><th>${c.place}</th><th>${c.when}</th><th>${c.contact}</th></tr></thead>
  <tbody>${data.view.entries.map(
    (e) =>
      html`<tr><td>${e.facilityName}<br><span class="notes">${[e.district, e.microNetwork].filter(Boolean).join(' · ')}</span></td><td>${e.groupName}</td><td>${e.community}</td><td>${e.place}</td><td>${[e.meetingDay, e.meetingTime].filter(Boolean).join(' ')}</td><td>${e.contact}</td></tr>`,
  )}</tbody>
</table>`}`;
  return a4Document(t.documentTitle(d ? showIsoDate(d.publishedOn) : ''), body);
}
