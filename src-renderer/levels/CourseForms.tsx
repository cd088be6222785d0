import { useState } from 'react';
import type { FacilitatorCourseRow, FacilitatorRow } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { CheckboxField, FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { typedNumber } from './FacilitatorForms';

const t = levelsUi.facilitators;

/** A training of facilitators the national level conducts. */
export function NewCourseForm() {
  const form = useForm(t.newCourseTitle, { title: '', place: '', startDate: '', endDate: '', hours: '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newCourseTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('levels.createCourse', { ...form.values, hours: typedNumber(form.values.hours) }),
          () => setSaved(true),
        );
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{t.courseSaved}</Notice> : null}
      <TextField form={form} name="title" label={t.trainingName} />
      <TextField form={form} name="place" label={t.place} />
      <TextField form={form} name="startDate" label={t.startDate} type="date" width="short" />
      <TextField form={form} name="endDate" label={t.endDate} type="date" width="short" />
      <TextField form={form} name="hours" label={t.courseHours} inputMode="numeric" width="short" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveCourse} />
    </form>
  );
}

/** Who attended a national course, for how many hours, and whether they completed it. */
export function AttendanceForm({ courses, facilitators }: { courses: readonly FacilitatorCourseRow[]; facilitators: readonly FacilitatorRow[] }) {
  const form = useForm(t.attendanceTitle, { courseId: '', facilitatorId: '', hoursAttended: '', completed: false });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.attendanceTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('levels.setCourseAttendance', { ...form.values, hoursAttended: typedNumber(form.values.hoursAttended) }),
          () => setSaved(true),
        );
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{t.attendanceSaved}</Notice> : null}
      <SelectField form={form} name="courseId" label={t.course} options={[{ value: '', label: t.chooseCourse }, ...courses.filter((c) => c.mine).map((c) => ({ value: c.id, label: c.title }))]} />
      <SelectField
        form={form}
        name="facilitatorId"
        label={t.facilitator}
        options={[{ value: '', label: t.chooseFacilitator }, ...facilitators.map((f) => ({ value: f.id, label: `${f.fullName} — ${f.region}` }))]}
      />
      <TextField form={form} name="hoursAttended" label={t.hoursAttended} inputMode="numeric" width="short" />
      <CheckboxField form={form} name="completed" label={t.completed} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveAttendance} />
    </form>
  );
}
