import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { TRAINING_PLANS } from '../../src-shared/groups/training';
import type { CourseDetail } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = groupsUi.training;

/** The attendance of one session: its date and who came (only the enrolled can be marked). */
export function CourseAttendanceForm({ course, onSaved }: { course: CourseDetail; onSaved: (course: CourseDetail) => void }) {
  const form = useForm(t.attendanceTitle, { sessionId: '', sessionDate: '' });
  const [present, setPresent] = useState<ReadonlySet<string>>(new Set());
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const options = [
    { value: '', label: groupsUi.leadMothers.chooseMother },
    ...course.sessions.map((s) => ({
      value: s.id,
      label: `${t.session(s.topicNumber, s.makeUp)}: ${s.topic}${s.sessionDate ? ` (${showIsoDate(s.sessionDate)})` : ''}`,
    })),
  ];
  return (
    <form
      className="stack"
      aria-label={t.attendanceTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const confirmed = t.attendanceSaved(form.values.sessionDate, present.size, course.enrolled.length);
        setConfirmation(null);
        form.saveWith(
          () =>
            call('groups.trainingAttendance', {
              ...form.values,
              marks: course.enrolled.map((e) => ({ leadMotherId: e.leadMotherId, present: present.has(e.leadMotherId) })),
            }),
          (saved) => {
            setPresent(new Set());
            setConfirmation(confirmed);
            onSaved(saved);
          },
        );
      }}
    >
      <h4>{t.attendanceTitle}</h4>
      <SelectField form={form} name="sessionId" label={t.sessionChoice} options={options} />
      <TextField form={form} name="sessionDate" label={t.sessionDate} type="date" width="short" />
      {course.enrolled.map((e) => (
        <label key={e.leadMotherId} className="inline-check">
          <input
            type="checkbox"
            checked={present.has(e.leadMotherId)}
            onChange={(event) => {
              const next = new Set(present);
              if (event.target.checked) next.add(e.leadMotherId);
              else next.delete(e.leadMotherId);
              setPresent(next);
            }}
          />
          {t.present(e.name)}
        </label>
      ))}
      {confirmation ? <Notice tone="success">{confirmation}</Notice> : null}
      <FormFooter error={form.formError ?? form.errors.marks ?? null} submitting={form.submitting} submitLabel={t.saveAttendance} />
    </form>
  );
}

/** A make-up session repeats one topic of the course for those who missed it. */
export function MakeUpForm({ course, onSaved }: { course: CourseDetail; onSaved: (course: CourseDetail) => void }) {
  const form = useForm(t.makeUpTitle, { courseId: course.id, topicNumber: '', sessionDate: '' });
  const options = [
    { value: '', label: groupsUi.leadMothers.chooseMother },
    ...TRAINING_PLANS[course.modality].map((topic) => ({ value: String(topic.number), label: `${topic.number}. ${topic.topic}` })),
  ];
  return (
    <form
      className="stack"
      aria-label={t.makeUpTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(() => call('groups.addMakeUpSession', form.values), onSaved);
      }}
    >
      <h4>{t.makeUpTitle}</h4>
      <SelectField form={form} name="topicNumber" label={t.topic} options={options} />
      <TextField form={form} name="sessionDate" label={t.sessionDate} type="date" width="short" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.addMakeUp} />
    </form>
  );
}
