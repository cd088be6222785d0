import { useEffect, useState } from 'react';
import type { Coordination } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { call } from '../../api/client';
import { FormError } from '../../components/fields';
import { ActorsSection, MinutesSection, StaffSection } from './CoordinationSections';
import { PlanSection } from './PlanSection';

const t = groupsUi.coordination;

/** GT §6.1.1: who is in charge, the community's key actors, the minutes book and the implementation plan. */
export function CoordinationPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const [data, setData] = useState<Coordination | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    void call('groups.coordination', {}).then((result) => {
      if (result.ok) setData(result.value);
      else setError(result.error.message);
    });
  }, [active]);
  return (
    <section className="page wide-page" aria-labelledby="coordination-title">
      <h1 id="coordination-title">{t.title}</h1>
      <FormError message={error} />
      {data ? (
        <>
          <StaffSection staff={data.staff} canWrite={canWrite} onChanged={setData} />
          <ActorsSection actors={data.actors} canWrite={canWrite} onChanged={setData} />
          <MinutesSection minutes={data.minutes} canWrite={canWrite} onChanged={setData} />
        </>
      ) : null}
      <PlanSection active={active} canWrite={canWrite} />
    </section>
  );
}
