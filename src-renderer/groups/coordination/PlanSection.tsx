import { useEffect, useState } from 'react';
import { showIsoDate } from '../../../src-shared/common/dates';
import type { PlanView } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { call } from '../../api/client';
import { RecordHistory } from '../../audit/RecordHistory';
import { FormError, Notice } from '../../components/fields';
import { PlanEditor } from './PlanEditor';
import { usePrint } from '../../printing/use-print';
import { printUi } from '../../../src-shared/printing/ui-text';
import { PlanStatusForm } from './PlanStatusForm';

const t = groupsUi.coordination;

/** The implementation plan (GT §6.1.1 c): the newest version is edited until approved; older ones are kept. */
export function PlanSection({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const [plans, setPlans] = useState<readonly PlanView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!active) return;
    void call('groups.plans', {}).then((result) => {
      if (result.ok) setPlans(result.value);
      else setError(result.error.message);
    });
  }, [active, version]);
  const refresh = () => setVersion((v) => v + 1);
  const printing = usePrint();
  const current = plans[0] ?? null;
  const startVersion = async (planId: string) => {
    const result = await call('groups.newPlanVersion', { planId });
    if (result.ok) refresh();
    else setError(result.error.message);
  };

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t.planTitle}</h2>
      <FormError message={error} />
      {current ? (
        <div className="card">
          <h3>
            {current.title} · {t.version(current.version)} · {t.statuses[current.status]}
          </h3>
          <RecordHistory table="implementation_plans" id={current.id} what={`${current.title}, ${t.version(current.version)}`} />
          <div className="button-row">
            <button type="button" onClick={() => void printing.print('print.plan', { planId: current.id })}>
              {printUi.plan}
            </button>
          </div>
          <FormError message={printing.error} />
          {printing.preview}
          {current.agreedOn ? <p>{t.agreedOn(showIsoDate(current.agreedOn))}</p> : null}
          {current.approvedOn ? <p>{t.approvedOn(showIsoDate(current.approvedOn), current.approvedBy ?? '')}</p> : null}
          <p className="status-line">{t.total(current.budgetTotal.toLocaleString('es', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))}</p>
          {current.status === 'approved' ? (
            <>
              <Notice>{t.readOnly}</Notice>
              <PlanEditor key={`${current.id}-${current.status}`} plan={current} readOnly onSaved={refresh} />
              {canWrite ? (
                <button type="button" onClick={() => void startVersion(current.id)}>
                  {t.newVersion}
                </button>
              ) : null}
            </>
          ) : (
            <>
              <PlanEditor key={`${current.id}-${current.status}`} plan={current} readOnly={!canWrite} onSaved={refresh} />
              {canWrite ? <PlanStatusForm plan={current} onSaved={refresh} /> : null}
            </>
          )}
        </div>
      ) : (
        <>
          <p>{t.noPlan}</p>
          {canWrite ? (
            <div className="card">
              <h3>{t.newPlan}</h3>
              <PlanEditor plan={null} readOnly={false} onSaved={refresh} />
            </div>
          ) : null}
        </>
      )}
      {plans.length > 1 ? (
        <ul className="link-list">
          {plans.slice(1).map((p) => (
            <li key={p.id}>
              {t.version(p.version)} · {t.statuses[p.status]}
              {p.approvedOn ? ` · ${t.approvedOn(showIsoDate(p.approvedOn), p.approvedBy ?? '')}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
