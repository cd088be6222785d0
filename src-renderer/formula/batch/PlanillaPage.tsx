import { useState } from 'react';
import { admissionsUi as t } from '../../../src-shared/formula/admissions-text';
import { useApiQuery } from '../../api/query';
import { AdmissionsSheet } from './AdmissionsSheet';
import { DeliveriesSheet } from './DeliveriesSheet';
import { PendingDocuments } from './PendingDocuments';

const TABS = ['deliveries', 'admissions', 'pending'] as const;
type Tab = (typeof TABS)[number];

/**
 * The week's paper sheet typed in: deliveries, admissions, and the admissions still waiting for their
 * scanned prescription. Every part stays mounted while another is shown, so nothing typed is lost by
 * switching.
 */
export function PlanillaPage() {
  const [tab, setTab] = useState<Tab>('deliveries');
  const pending = useApiQuery('formula.pendingDocuments', {});
  const label = (name: Tab) => (name === 'pending' ? t.tabs.pending(pending.data?.length ?? 0) : t.tabs[name]);
  return (
    <section className="page wide-page" aria-labelledby="planilla-title">
      <h1 id="planilla-title">{t.pageTitle}</h1>
      <div className="list-tabs">
        {TABS.map((name) => (
          <button key={name} type="button" aria-pressed={name === tab} onClick={() => setTab(name)}>
            {label(name)}
          </button>
        ))}
      </div>
      <div hidden={tab !== 'deliveries'}>
        <DeliveriesSheet />
      </div>
      <div hidden={tab !== 'admissions'}>
        <AdmissionsSheet />
      </div>
      <div hidden={tab !== 'pending'}>
        <PendingDocuments pending={pending.data} error={pending.error?.message ?? null} />
      </div>
    </section>
  );
}
