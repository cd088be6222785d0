import { useState } from 'react';
import { homeText as t } from '../../src-shared/home/text';
import type { WorkListKey } from '../../src-shared/home/work-lists';
import type { WorkWindows } from '../../src-shared/home/work-rules';
import { useApiQuery } from '../api/query';
import { Notice } from '../components/fields';
import { WorkListView } from './WorkListView';
import { WorkWindowsForm } from './WorkWindowsForm';

function hintOf(key: WorkListKey, windows: WorkWindows | null): string | null {
  if (!windows) return null;
  switch (key) {
    case 'deliveriesDue':
      return t.hints.deliveriesDue(windows.overdueAfterDays);
    case 'prescriptionsEnding':
      return t.hints.prescriptionsEnding(windows.endingWithinDays);
    case 'infantsTurningSix':
      return t.hints.infantsTurningSix(windows.sixMonthsWithinDays);
    case 'lotsExpiring':
      return t.hints.lotsExpiring(windows.lotsExpiringWithinDays);
    case 'idleGroups':
      return t.hints.idleGroups(windows.idleGroupDays);
    case 'lateFacilities':
      return t.hints.lateFacilities(windows.lateFacilityDays);
    default:
      return null;
  }
}

/**
 * Issue 15: where each person's day starts — a count per work list of the role (refreshed after any
 * save anywhere), each opening its list; the admin's facts of the day; the windows, for the admin.
 */
export function WorkToday({ canSetWindows, active, onOpenCaregiver }: { readonly canSetWindows: boolean; readonly active: boolean; readonly onOpenCaregiver: ((caregiverId: string) => void) | null }) {
  // Counted while the home page is shown (again on coming back after a save elsewhere), not on every save while hidden.
  const work = useApiQuery('home.work', active ? {} : null);
  const windows = useApiQuery('home.windows', active ? {} : null).data;
  const [open, setOpen] = useState<WorkListKey | null>(null);
  if (open) return <WorkListView listKey={open} onClose={() => setOpen(null)} onOpenCaregiver={onOpenCaregiver} />;
  return (
    <section className="card" aria-labelledby="today-title">
      <h2 id="today-title">{t.dayTitle}</h2>
      {work.data === null ? <p className="hint">{t.loading}</p> : null}
      {work.data?.status.map((s) => (
        <Notice key={s.key} tone={s.tone === 'ok' ? 'success' : 'warning'}>
          {s.text}
        </Notice>
      ))}
      {work.data && work.data.counts.length > 0 ? (
        <div className="figures">
          {work.data.counts.map((c) => (
            <button key={c.key} type="button" className={c.urgent > 0 ? 'figure work-count urgent' : 'figure work-count'} aria-label={t.open(t.lists[c.key], c.count)} onClick={() => setOpen(c.key)}>
              <span className="figure-value">{c.count}</span>
              <span>{t.lists[c.key]}</span>
              {c.urgent > 0 ? <strong className="cell-error">{t.overdueCount(c.urgent)}</strong> : null}
              {hintOf(c.key, windows) ? <span className="hint">{hintOf(c.key, windows)}</span> : null}
            </button>
          ))}
        </div>
      ) : null}
      {canSetWindows && windows ? <WorkWindowsForm windows={windows} /> : null}
    </section>
  );
}
