import { showIsoDate } from '../common/dates';
import { TRAINING_HOURS_REQUIRED } from '../groups/training';
import type { CourseDetail } from '../groups/types';
import { MODALITY_LABELS } from '../groups/ui-text';
import { html } from './html';
import { a4Document, field, signatures } from './page';
import { printText } from './text';

export const TRAINING_BLANK_ROWS = 15;
const BLANK_SESSIONS = 6;

export interface TrainingAttendanceData {
  readonly facility: string;
  /** Null: the sheet to fill by hand, with six session columns. */
  readonly course: CourseDetail | null;
}

const ta = printText.trainingAttendance;

/** GT §6.1.2 b: who attended each session of the 12-hour training, with hours completed. */
export function trainingAttendanceDocument(data: TrainingAttendanceData): string {
  const course = data.course;
  const sessions = course ? course.sessions : Array.from({ length: BLANK_SESSIONS }, () => null);
  const people = course ? [...course.enrolled, ...Array.from({ length: Math.max(0, 5 - course.enrolled.length) }, () => null)] : Array.from({ length: TRAINING_BLANK_ROWS }, () => null);
  const landscapeWidth = sessions.length > 6 ? 'compact' : '';
  const body = html`
<h1>${ta.title}</h1>
<div class="fields one">${field(ta.facility, data.facility)}</div>
<div class="fields">
  ${field(ta.course, course?.name)}
  ${field(ta.modality, course ? MODALITY_LABELS[course.modality] : '')}
  ${field(ta.place, course?.place)}
  ${field(ta.startsOn, course ? showIsoDate(course.startsOn) : '')}
  ${field(ta.facilitator, '')}
</div>
<table class="grid ${landscapeWidth}">
  <colgroup><col style="width:9mm"><col style="width:52mm">${sessions.map(() => html`<col>`)}<col style="width:17mm"></colgroup>
  <thead><tr><th></th><th>${ta.name}</th>${sessions.map(
    (s) => html`<th class="prewrap">${ta.session(s?.topicNumber ?? null, s?.sessionDate ? showIsoDate(s.sessionDate) : null, s?.makeUp ?? false)}</th>`,
  )}<th>${ta.hours}</th></tr></thead>
  <tbody>${people.map(
    (p, i) => html`<tr><td class="center">${i + 1}</td><td>${p?.name}</td>${sessions.map((s) => {
      if (!p || !s?.sessionDate) return html`<td></td>`;
      const mark = p.marks[s.id];
      return html`<td class="center">${mark === undefined ? '' : mark ? ta.present : ta.absent}</td>`;
    })}<td class="center">${p ? `${p.hoursCompleted}/${TRAINING_HOURS_REQUIRED}` : ''}</td></tr>`,
  )}</tbody>
</table>
${course ? html`<h3>${ta.topics}</h3><ol>${course.sessions.filter((s) => !s.makeUp).map((s) => html`<li>${s.topic} (${s.hours} h)</li>`)}</ol>` : ''}
<p class="notes">${ta.legend}</p>`;
  return a4Document(ta.documentTitle(course?.name ?? null), body);
}

export interface CertificateData {
  readonly facility: string;
  readonly issuedOn: string;
  /** Null: a certificate to fill by hand. */
  readonly leadMother: string | null;
  readonly course: { readonly name: string; readonly place: string } | null;
  readonly topics: readonly { readonly number: number; readonly topic: string; readonly hours: number; readonly date: string | null }[];
}

const tc = printText.certificate;

/** The 12 hours completed, for the lead mother to keep (GT §6.1.2 b); only printed once every topic is attended. */
export function certificateDocument(data: CertificateData): string {
  const body = html`
<div class="certificate">
  <h1>${tc.title}</h1>
  <p>${tc.facility(data.facility)}</p>
  <p>${tc.certifies}</p>
  <div class="big">${data.leadMother ?? ''}</div>
  <p class="prose">${tc.completed(TRAINING_HOURS_REQUIRED)}</p>
  ${data.topics.length > 0
    ? html`<table><thead><tr><th>${tc.topic}</th><th></th><th>${tc.date}</th><th>${tc.hours}</th></tr></thead><tbody>${data.topics.map(
        (topic) => html`<tr><td>${topic.number}</td><td>${topic.topic}</td><td>${topic.date ? showIsoDate(topic.date) : ''}</td><td>${topic.hours} h</td></tr>`,
      )}</tbody></table>`
    : html`<div class="blank-lines"></div>`}
  ${data.course ? html`<p>${tc.course(data.course.name, data.course.place)}</p>` : ''}
  <p>${tc.placeDate(showIsoDate(data.issuedOn))}</p>
  ${signatures([[tc.signature], [tc.authority]])}
</div>`;
  return a4Document(tc.documentTitle(data.leadMother), body);
}
