import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import type { GroupDetail, GroupSummary, LeadMotherSummary } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { useApiQuery } from '../api/query';
import { FormError, Notice } from '../components/fields';
import { GroupView } from './GroupView';
import { NewGroupForm } from './NewGroupForm';

const t = groupsUi.groups;

/** The facility's support groups: advice on size and periodicity, idle groups flagged; one opens in full. */
export function GroupsPage({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  // Asked of main while the page is shown, and again after any save anywhere (an edit included).
  const list = useApiQuery('groups.list', active ? {} : null);
  const groups: readonly GroupSummary[] = list.data ?? [];
  const mothers: readonly LeadMotherSummary[] = useApiQuery('groups.leadMothers', active ? {} : null).data ?? [];
  const [openId, setOpenId] = useState<string | null>(null);
  const detail = useApiQuery('groups.detail', active && openId ? { id: openId } : null);
  const open: GroupDetail | null = detail.data;
  const error = list.error?.message ?? detail.error?.message ?? null;
  const changed = (group: GroupDetail) => setOpenId(group.id);

  if (open) {
    return (
      <section className="page wide-page" aria-labelledby="group-title">
        <button type="button" className="link-button" onClick={() => setOpenId(null)}>
          {t.back}
        </button>
        <GroupView group={open} mothers={mothers} canWrite={canWrite} onChanged={changed} />
      </section>
    );
  }
  return (
    <section className="page wide-page" aria-labelledby="groups-title">
      <h1 id="groups-title">{t.title}</h1>
      <FormError message={error} />
      {groups.length === 0 ? <p>{t.none}</p> : null}
      <ul className="tiles">
        {groups.map((g) => (
          <li key={g.id} className="tile">
            <strong>{g.name}</strong>
            <span>
              {t.members(g.activeMembers)} · {g.place}
            </span>
            <span className="hint">{t.lastSession(g.lastSessionDate ? showIsoDate(g.lastSessionDate) : null)}</span>
            {g.nextPlanned ? <span className="hint">{t.nextPlanned(showIsoDate(g.nextPlanned.date), g.nextPlanned.topic)}</span> : null}
            {g.idle ? <Notice tone="warning">{t.idle}</Notice> : null}
            {g.warnings.map((w) => (
              <Notice key={w} tone="warning">
                {w}
              </Notice>
            ))}
            <button type="button" onClick={() => setOpenId(g.id)} aria-label={`${t.open}: ${g.name}`}>
              {t.open}
            </button>
          </li>
        ))}
      </ul>
      {canWrite ? (
        <details className="card" open={groups.length === 0}>
          <summary>{t.newTitle}</summary>
          <NewGroupForm mothers={mothers} onSaved={changed} />
        </details>
      ) : null}
    </section>
  );
}
