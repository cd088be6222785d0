import { useEffect, useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import type { CourseDetail, CourseSummary, LeadMotherSummary } from '../../src-shared/groups/types';
import { MODALITY_LABELS, groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { RecordHistory } from '../audit/RecordHistory';
import { FormError } from '../components/fields';
import { CourseAttendanceForm, MakeUpForm } from './CourseForms';
import { NewCourseForm } from './NewCourseForm';
import { usePrint } from '../printing/use-print';
import { printUi } from '../../src-shared/printing/ui-text';

const t = groupsUi.training;

interface TrainingSectionProps {
  readonly active: boolean;
  readonly canWrite: boolean;
  readonly mothers: readonly LeadMotherSummary[];
  readonly onChanged: () => void;
}

export function TrainingSection({ active, canWrite, mothers, onChanged }: TrainingSectionProps) {
  const [courses, setCourses] = useState<readonly CourseSummary[]>([]);
  const [open, setOpen] = useState<CourseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!active) return;
    void call('groups.courses', {}).then((result) => {
      if (result.ok) setCourses(result.value);
      else setError(result.error.message);
    });
  }, [active, version]);

  const show = async (id: string) => {
    const result = await call('groups.course', { id });
    if (result.ok) setOpen(result.value);
    else setError(result.error.message);
  };
  const changed = (course: CourseDetail) => {
    setOpen(course);
    setVersion((v) => v + 1);
    onChanged();
  };

  return (
    <section aria-labelledby="courses-title">
      <h2 id="courses-title">{t.title}</h2>
      <FormError message={error} />
      {courses.length === 0 ? <p>{t.none}</p> : null}
      <ul className="result-list">
        {courses.map((course) => (
          <li key={course.id}>
            <button type="button" className={open?.id === course.id ? 'result selected' : 'result'} aria-pressed={open?.id === course.id} onClick={() => void show(course.id)}>
              <strong>{course.name}</strong> · {MODALITY_LABELS[course.modality]} · {showIsoDate(course.startsOn)} · {t.enrolled(course.enrolled, course.completed)}
            </button>
          </li>
        ))}
      </ul>
      {open ? <CourseView course={open} canWrite={canWrite} mothers={mothers} onChanged={changed} /> : null}
      {canWrite ? (
        <details className="card">
          <summary>{t.newTitle}</summary>
          <NewCourseForm mothers={mothers} onSaved={changed} />
        </details>
      ) : null}
    </section>
  );
}

function CourseView({ course, canWrite, mothers, onChanged }: { course: CourseDetail; canWrite: boolean; mothers: readonly LeadMotherSummary[]; onChanged: (c: CourseDetail) => void }) {
  const [error, setError] = useState<string | null>(null);
  const enrolledIds = new Set(course.enrolled.map((e) => e.leadMotherId));
  const others = mothers.filter((m) => !enrolledIds.has(m.id));
  const printing = usePrint();
  const enrol = async (leadMotherId: string) => {
    const result = await call('groups.enrol', { courseId: course.id, leadMotherId });
    if (result.ok) onChanged(result.value);
    else setError(result.error.fieldErrors?.leadMotherId ?? result.error.message);
  };
  return (
    <section className="card" aria-label={course.name}>
      <h3>
        {course.name} · {MODALITY_LABELS[course.modality]}
      </h3>
      <RecordHistory table="training_courses" id={course.id} what={course.name} />
      <div className="button-row">
        <button type="button" onClick={() => void printing.print('print.trainingAttendance', { courseId: course.id })}>
          {printUi.trainingAttendance}
        </button>
      </div>
      <FormError message={printing.error} />
      {printing.preview}
      <div className="sheet-scroll">
        <table className="data-table" aria-label={`${t.progress}: ${course.name}`}>
          <thead>
            <tr>
              <th scope="col">{groupsUi.leadMothers.name}</th>
              {course.sessions.map((s) => (
                <th scope="col" key={s.id} title={s.topic}>
                  {t.session(s.topicNumber, s.makeUp)}
                  <span className="hint"> {s.sessionDate ? showIsoDate(s.sessionDate) : t.notHeld}</span>
                </th>
              ))}
              <th scope="col">{t.progress}</th>
            </tr>
          </thead>
          <tbody>
            {course.enrolled.map((e) => (
              <tr key={e.leadMotherId}>
                <th scope="row">{e.name}</th>
                {course.sessions.map((s) => (
                  <td key={s.id}>{e.marks[s.id] === true ? '✔' : e.marks[s.id] === false ? '✘' : ''}</td>
                ))}
                <td>
                  {groupsUi.leadMothers.hours(e.hoursCompleted)} · {t.missing(e.missing)}
                  {e.completed ? (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="link-button"
                        aria-label={printUi.certificateOf(e.name)}
                        onClick={() => void printing.print('print.trainingCertificate', { courseId: course.id, leadMotherId: e.leadMotherId })}
                      >
                        {printUi.certificate}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormError message={error} />
      {canWrite ? (
        <div className="two-columns">
          <CourseAttendanceForm course={course} onSaved={onChanged} />
          <div className="stack">
            <MakeUpForm course={course} onSaved={onChanged} />
            {others.length > 0 ? (
              <label>
                {t.addToCourse}{' '}
                <select value="" onChange={(event) => void enrol(event.target.value)}>
                  <option value="">{groupsUi.leadMothers.chooseMother}</option>
                  {others.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.firstNames} {m.lastNames}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
