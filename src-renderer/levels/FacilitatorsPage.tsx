import { showIsoDate } from '../../src-shared/common/dates';
import { TableHead } from '../components/TableHead';
import type { FacilitatorsView } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { useApiQuery } from '../api/query';
import { FormError } from '../components/fields';
import { RecordHistory } from '../audit/RecordHistory';
import { EditRecordButton } from '../records/EditRecordButton';
import { AttendanceForm, NewCourseForm } from './CourseForms';
import { ActiveForm, TrainingForm, VisitForm } from './FacilitatorForms';
import { NewFacilitatorForm } from './NewFacilitatorForm';
import { TeamTable } from './TeamTable';

const t = levelsUi.facilitators;

/** The region's facilitator register and team; the national level's courses; supervision visits. */
export function FacilitatorsPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const { data: view, error } = useApiQuery('levels.facilitators', active ? {} : null);
  const mine = view?.facilitators.filter((f) => f.mine) ?? [];
  return (
    <section className="page wide-page" aria-labelledby="facilitators-title">
      <h1 id="facilitators-title">{t.title}</h1>
      <p className="hint">{t.intro}</p>
      <FormError message={error?.message ?? null} />
      {view ? (
        <>
          <TeamsTable view={view} />
          <FacilitatorsTable view={view} />
          {canWrite && view.canRegister ? (
            <>
              <details className="card">
                <summary>{t.newTitle}</summary>
                <NewFacilitatorForm regions={view.ownRegion === null ? view.regions : null} />
              </details>
              {mine.length > 0 ? (
                <>
                  <details className="card">
                    <summary>{t.trainingTitle}</summary>
                    <TrainingForm facilitators={mine} />
                  </details>
                  <details className="card">
                    <summary>{t.activeTitle}</summary>
                    <ActiveForm facilitators={mine} />
                  </details>
                </>
              ) : null}
            </>
          ) : null}
          <CoursesSection view={view} canWrite={canWrite} />
          <VisitsSection view={view} canWrite={canWrite} />
        </>
      ) : null}
    </section>
  );
}

function TeamsTable({ view }: { view: FacilitatorsView }) {
  return (
    <section className="card" aria-labelledby="teams-title">
      <h2 id="teams-title">{t.teamsTitle}</h2>
      {view.teams.length === 0 ? (
        <p>{t.noTeams}</p>
      ) : (
        <TeamTable teams={view.teams} label={t.teamsTitle} />
      )}
    </section>
  );
}

function FacilitatorsTable({ view }: { view: FacilitatorsView }) {
  return (
    <section className="card" aria-labelledby="facilitators-list">
      <h2 id="facilitators-list">{t.listTitle}</h2>
      {view.facilitators.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="data-table" aria-label={t.listTitle}>
          <TableHead columns={Object.values(t.columns)} />
          <tbody>
            {view.facilitators.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.fullName}</th>
                <td>{f.region}</td>
                <td>
                  {f.facilityName || f.facilityCode} {f.facilityName ? `(${f.facilityCode})` : ''}
                </td>
                <td>{f.profession}</td>
                <td>{t.points(f.profilePoints)}</td>
                <td>
                  {f.trainings.length === 0 ? (
                    t.noTraining
                  ) : (
                    <ul className="plain-list">
                      {f.trainings.map((tr) => (
                        <li key={tr.id}>
                          {t.trainingLine(tr.title, showIsoDate(tr.endDate), tr.hours)}
                          {tr.source === 'national' ? ` (${t.national})` : null}{' '}
                          {f.mine && tr.source === 'region' ? <EditRecordButton table="facilitator_trainings" id={tr.id} what={tr.title} /> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{f.inactiveSince ? t.inactive(showIsoDate(f.inactiveSince)) : f.countsToday ? t.counts : t.active}</td>
                <td>
                  {f.mine ? <EditRecordButton table="facilitators" id={f.id} what={f.fullName} /> : null} <RecordHistory table="facilitators" id={f.id} what={f.fullName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CoursesSection({ view, canWrite }: { view: FacilitatorsView; canWrite: boolean }) {
  if (view.courses.length === 0 && !view.canRunCourses) return null;
  return (
    <section className="card" aria-labelledby="courses-title">
      <h2 id="courses-title">{t.coursesTitle}</h2>
      {view.courses.length === 0 ? (
        <p>{t.noCourses}</p>
      ) : (
        <table className="data-table" aria-label={t.coursesTitle}>
          <TableHead columns={Object.values(t.courseColumns)} />
          <tbody>
            {view.courses.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.title}</th>
                <td>
                  {showIsoDate(c.startDate)} – {showIsoDate(c.endDate)}
                </td>
                <td>{c.hours}</td>
                <td>{c.attendance.length}</td>
                <td>{c.attendance.filter((a) => a.completed).length}</td>
                <td>{c.mine ? <EditRecordButton table="facilitator_courses" id={c.id} what={c.title} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && view.canRunCourses ? (
        <>
          <details>
            <summary>{t.newCourseTitle}</summary>
            <NewCourseForm />
          </details>
          {view.courses.some((c) => c.mine) && view.facilitators.length > 0 ? (
            <details>
              <summary>{t.attendanceTitle}</summary>
              <AttendanceForm courses={view.courses} facilitators={view.facilitators} />
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function VisitsSection({ view, canWrite }: { view: FacilitatorsView; canWrite: boolean }) {
  return (
    <section className="card" aria-labelledby="visits-title">
      <h2 id="visits-title">{t.visitsTitle}</h2>
      {view.visits.length === 0 ? (
        <p>{t.noVisits}</p>
      ) : (
        <table className="data-table" aria-label={t.visitsTitle}>
          <TableHead columns={Object.values(t.visitColumns)} />
          <tbody>
            {view.visits.map((v) => (
              <tr key={v.id}>
                <td>{showIsoDate(v.visitDate)}</td>
                <th scope="row">
                  {v.facilityName || v.facilityCode} {v.facilityName ? `(${v.facilityCode})` : ''}
                </th>
                <td>{v.facilitatorName}</td>
                <td>{v.supervisor}</td>
                <td>{v.findings}</td>
                <td>{v.agreements}</td>
                <td>{v.mine ? <EditRecordButton table="supervision_visits" id={v.id} what={t.visitWhat(v.facilityName || v.facilityCode, showIsoDate(v.visitDate))} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && view.canRegister ? (
        <details>
          <summary>{t.newVisitTitle}</summary>
          <VisitForm facilitators={view.facilitators} />
        </details>
      ) : null}
    </section>
  );
}
