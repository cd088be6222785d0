import type { Coordination } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { useApiQuery } from '../../api/query';
import { FormError } from '../../components/fields';
import { ActorsSection, MinutesSection, StaffSection } from './CoordinationSections';
import { PlanSection } from './PlanSection';

const t = groupsUi.coordination;

/** GT §6.1.1: who is in charge, the community's key actors, the minutes book and the implementation plan. */
export function CoordinationPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  // Asked of main while shown, and again after any save (an edit of a staff member or actor included).
  const query = useApiQuery('groups.coordination', active ? {} : null);
  const data: Coordination | null = query.data;
  const error = query.error?.message ?? null;
  const setData = () => undefined;
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
