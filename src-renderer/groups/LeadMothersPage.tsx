import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { LEAD_MOTHER_STATUSES, LEAD_MOTHER_STATUS_LABELS, type LeadMotherStatus } from '../../src-shared/groups/lead-mothers';
import type { LeadMotherSummary } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { EditRecordButton } from '../records/EditRecordButton';
import { RecordHistory } from '../audit/RecordHistory';
import { FormError } from '../components/fields';
import { NewLeadMotherForm } from './NewLeadMotherForm';
import { RecognitionForm } from './RecognitionForm';
import { TrainingSection } from './TrainingSection';

const t = groupsUi.leadMothers;

/** Lead mothers, their profile, status, training hours and recognitions; the training courses below. */
export function LeadMothersPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const query = useApiQuery('groups.leadMothers', active ? {} : null);
  const mothers: readonly LeadMotherSummary[] = query.data ?? [];
  const [error, setError] = useState<string | null>(null);
  // Kept for the forms below that tell the page they saved: the cache refreshes it anyway.
  const refresh = query.reload;

  const changeStatus = async (id: string, status: LeadMotherStatus) => {
    const result = await call('groups.setLeadMotherStatus', { id, status });
    setError(result.ok ? null : result.error.message);
  };

  return (
    <section className="page wide-page" aria-labelledby="lead-mothers-title">
      <h1 id="lead-mothers-title">{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <FormError message={error ?? query.error?.message ?? null} />
      {mothers.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="data-table" aria-label={groupsUi.nav.leadMothers}>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.community}</th>
              <th scope="col">{t.profile}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.training}</th>
              <th scope="col">{t.recognitions}</th>
              <th scope="col">
                <span className="visually-hidden">{t.recognitions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mothers.map((m) => {
              const name = `${m.firstNames} ${m.lastNames}`;
              return (
                <tr key={m.id}>
                  <td>{name}</td>
                  <td>{m.community}</td>
                  <td className={m.profilePoints < 7 ? 'warning-cell' : undefined}>{t.profileOf(m.profilePoints)}</td>
                  <td>
                    {canWrite ? (
                      <select aria-label={t.changeStatus(name)} value={m.status} onChange={(event) => void changeStatus(m.id, event.target.value as LeadMotherStatus)}>
                        {LEAD_MOTHER_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {LEAD_MOTHER_STATUS_LABELS[status]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      LEAD_MOTHER_STATUS_LABELS[m.status]
                    )}
                  </td>
                  <td>{m.training ? `${t.hours(m.training.hoursCompleted)}${m.training.completed ? ` · ${t.trained}` : ''}` : t.notEnrolled}</td>
                  <td>{m.recognitions.map((r) => `${showIsoDate(r.receivedOn)}: ${r.description}`).join('; ')}</td>
                  <td>
                    <RecordHistory table="lead_mothers" id={m.id} what={name} />
                    {canWrite ? <EditRecordButton table="lead_mothers" id={m.id} what={name} /> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canWrite ? (
        <div className="two-columns">
          <details className="card">
            <summary>{t.newTitle}</summary>
            <NewLeadMotherForm onSaved={refresh} />
          </details>
          {mothers.length > 0 ? (
            <details className="card">
              <summary>{t.recognitionTitle}</summary>
              <RecognitionForm mothers={mothers} onSaved={refresh} />
            </details>
          ) : null}
        </div>
      ) : null}
      <TrainingSection active={active} canWrite={canWrite} mothers={mothers} onChanged={refresh} />
    </section>
  );
}
