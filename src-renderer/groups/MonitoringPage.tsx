import { useEffect, useMemo, useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { MEMBER_TYPES, type FacilityIndicators } from '../../src-shared/groups/indicators';
import type { FollowUps } from '../../src-shared/groups/types';
import { MEMBER_TYPE_LABELS, groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { FormError } from '../components/fields';
import { BarChart } from './BarChart';
import { currentPeriod, PeriodForm, type PeriodQuery } from '../components/PeriodForm';
import { usePrint } from '../printing/use-print';
import { printUi } from '../../src-shared/printing/ui-text';

const t = groupsUi.monitoring;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
    </div>
  );
}

/** GT §6.1.4 at the facility: figures for a semester or a year, as numbers and charts, and what needs follow-up. */
export function MonitoringPage({ active }: { active: boolean }) {
  const [query, setQuery] = useState<PeriodQuery>(currentPeriod());
  const [figures, setFigures] = useState<FacilityIndicators | null>(null);
  const [follow, setFollow] = useState<FollowUps | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printing = usePrint();

  useEffect(() => {
    if (!active) return;
    void call('groups.indicators', query).then((result) => {
      if (result.ok) {
        setFigures(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    void call('groups.followUps', {}).then((result) => {
      if (result.ok) setFollow(result.value);
    });
  }, [active, query]);

  const months = useMemo(() => figures?.sessionsPerMonth.map((m) => t.monthNames[Number(m.month.slice(5)) - 1] ?? m.month) ?? [], [figures]);
  const perMonth = useMemo(() => figures?.sessionsPerMonth.map((m) => m.sessions) ?? [], [figures]);
  const typeLabels = useMemo(() => MEMBER_TYPES.map((type) => MEMBER_TYPE_LABELS[type]), []);
  const byType = useMemo(() => MEMBER_TYPES.map((type) => figures?.membersByType[type] ?? 0), [figures]);

  return (
    <section className="page wide-page" aria-labelledby="monitoring-title">
      <h1 id="monitoring-title">{t.title}</h1>
      <PeriodForm label={t.period} submitLabel={t.show} onSubmit={setQuery}>
        <button type="button" onClick={() => void printing.print('print.monitoringReport', query)}>
          {printUi.monitoringReport}
        </button>
      </PeriodForm>
      <FormError message={printing.error} />
      {printing.preview}
      <FormError message={error} />
      {figures ? (
        <>
          <div className="figures" aria-label={t.title}>
            <Figure label={t.groupsActive} value={String(figures.groupsActive)} />
            <Figure label={t.sessionsHeld} value={String(figures.sessionsHeld)} />
            <Figure label={t.averageAttendance} value={figures.averageAttendancePercent === null ? t.none : `${figures.averageAttendancePercent.toLocaleString('es')} %`} />
            <Figure label={t.averagePresent} value={figures.averagePresent === null ? t.none : figures.averagePresent.toLocaleString('es')} />
            <Figure label={t.trained} value={String(figures.leadMothersTrained)} />
            <Figure label={t.active} value={String(figures.leadMothersActive)} />
            <Figure label={t.followUps} value={String(figures.followUpsOpen)} />
          </div>
          <div className="two-columns">
            <section aria-label={t.sessionsPerMonth}>
              <h2>{t.sessionsPerMonth}</h2>
              <BarChart label={t.sessionsPerMonth} labels={months} values={perMonth} />
            </section>
            <section aria-label={t.membersByType}>
              <h2>{t.membersByType}</h2>
              <BarChart label={t.membersByType} labels={typeLabels} values={byType} horizontal />
            </section>
          </div>
        </>
      ) : null}
      {follow ? (
        <section aria-labelledby="follow-title">
          <h2 id="follow-title">{t.followUpTitle}</h2>
          <p className="hint">{t.threshold(follow.threshold)}</p>
          {follow.members.length === 0 && follow.idleGroups.length === 0 ? <p>{t.nothingToFollow}</p> : null}
          <ul className="link-list">
            {follow.members.map((m) => (
              <li key={m.memberId}>{t.absences(m.name, m.groupName, m.absences)}</li>
            ))}
            {follow.idleGroups.map((g) => (
              <li key={g.groupId}>{t.idleGroup(g.name, g.lastSessionDate ? showIsoDate(g.lastSessionDate) : null)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
