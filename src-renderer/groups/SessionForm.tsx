import { useState } from 'react';
import { SESSION_MOMENTS, type SessionMomentKey } from '../../src-shared/groups/moments';
import type { GroupDetail, LeadMotherSummary, SessionSaved } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { showIsoDate } from '../../src-shared/common/dates';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { AttendanceTable, membersForSession, type Mark } from './AttendanceTable';

const t = groupsUi.session;

type Moments = Record<SessionMomentKey, { done: boolean; minutes: string }>;
const EMPTY_MOMENTS = Object.fromEntries(SESSION_MOMENTS.map((m) => [m.key, { done: false, minutes: '' }])) as Moments;

/** A held session (GT §6.1.3 b), prefilled from the planned one; its "next session" is planned on saving. */
export function SessionForm({ group, mothers, onSaved }: { group: GroupDetail; mothers: readonly LeadMotherSummary[]; onSaved: (saved: SessionSaved, confirmation: string) => void }) {
  const planned = group.nextPlanned;
  const form = useForm(t.title, {
    sessionDate: planned ? showIsoDate(planned.date) : '',
    sessionTime: planned?.time ?? group.meetingTime,
    place: planned?.place ?? group.place,
    topic: planned?.topic ?? '',
    facilitatorLeadMotherId: group.leadMothers[0]?.id ?? '',
    facilitatorStaff: '',
    agreements: '',
    confidentialNotes: '',
    nextDate: '',
    nextTime: group.meetingTime,
    nextPlace: '',
    nextTopic: '',
  });
  const [moments, setMoments] = useState<Moments>(EMPTY_MOMENTS);
  const [marks, setMarks] = useState<Readonly<Record<string, Mark>>>({});
  const [sheet, setSheet] = useState<File | null>(null);
  const members = membersForSession(group.members, form.values.sessionDate);
  const facilitatorOptions = [
    { value: '', label: t.none },
    ...mothers.filter((m) => group.leadMothers.some((g) => g.id === m.id) || m.status === 'active' || m.status === 'trained').map((m) => ({ value: m.id, label: `${m.firstNames} ${m.lastNames}` })),
  ];

  const send = async () => {
    const attendance = members.map((m) => {
      const mark = marks[m.id] ?? { present: true, absenceReason: '', justified: false };
      return { memberId: m.id, ...mark };
    });
    return call('groups.recordSession', {
      ...form.values,
      groupId: group.id,
      plannedSessionId: planned?.id ?? null,
      moments: Object.fromEntries(Object.entries(moments).map(([key, m]) => [key, { done: m.done, minutes: m.minutes }])),
      attendance,
      attendanceSheet: sheet ? { fileName: sheet.name, dataBase64: await readAsBase64(sheet) } : null,
    });
  };

  return (
    <form
      className="stack"
      aria-label={t.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const present = members.filter((m) => marks[m.id]?.present ?? true).length;
        const confirmation = t.savedWithAttendance(form.values.sessionDate, present, members.length - present);
        form.saveWith(send, (saved) => {
          setMoments(EMPTY_MOMENTS);
          setMarks({});
          setSheet(null);
          onSaved(saved, confirmation);
        });
      }}
    >
      {planned ? <p className="hint">{t.fromPlanned(showIsoDate(planned.date))}</p> : null}
      <div className="filters">
        <TextField form={form} name="sessionDate" label={t.date} type="date" width="short" />
        <TextField form={form} name="sessionTime" label={t.time} width="short" />
        <TextField form={form} name="place" label={t.place} />
        <TextField form={form} name="topic" label={t.topic} />
        <SelectField form={form} name="facilitatorLeadMotherId" label={t.facilitatorMother} options={facilitatorOptions} />
        <TextField form={form} name="facilitatorStaff" label={t.facilitatorStaff} />
      </div>
      <fieldset className="stack">
        <legend>{t.moments}</legend>
        {SESSION_MOMENTS.map((m) => (
          <div key={m.key} className="button-row">
            <label className="inline-check">
              <input type="checkbox" checked={moments[m.key].done} onChange={(event) => setMoments({ ...moments, [m.key]: { ...moments[m.key], done: event.target.checked } })} />
              {t.momentDone(m.label, m.minutes)}
            </label>
            <input
              className="tiny"
              aria-label={t.minutes(m.label)}
              inputMode="numeric"
              value={moments[m.key].minutes}
              onChange={(event) => setMoments({ ...moments, [m.key]: { ...moments[m.key], minutes: event.target.value } })}
            />
          </div>
        ))}
      </fieldset>
      <AttendanceTable members={members} marks={marks} errors={form.errors} onChange={setMarks} />
      <TextField form={form} name="agreements" label={t.agreements} />
      <TextField form={form} name="confidentialNotes" label={t.notes} />
      <fieldset className="stack">
        <legend>{t.next}</legend>
        <div className="filters">
          <TextField form={form} name="nextDate" label={t.nextDate} type="date" width="short" />
          <TextField form={form} name="nextTime" label={t.nextTime} width="short" />
          <TextField form={form} name="nextPlace" label={t.nextPlace} />
          <TextField form={form} name="nextTopic" label={t.nextTopic} />
        </div>
      </fieldset>
      <label className={form.errors.attendanceSheet ? 'field has-error' : 'field'}>
        {t.sheet}
        {form.errors.attendanceSheet ? <span className="field-error">{form.errors.attendanceSheet}</span> : null}
        <input type="file" accept="image/*,application/pdf" onChange={(event) => setSheet(event.target.files?.[0] ?? null)} />
      </label>
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
