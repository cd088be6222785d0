import { useState } from 'react';
import { showIsoDate } from '../../../src-shared/common/dates';
import type { PendingDocument } from '../../../src-shared/formula/admissions';
import { admissionsUi } from '../../../src-shared/formula/admissions-text';
import { normalizeDigits } from '../../../src-shared/site/countries';
import { AttachmentsPanel } from '../../attachments/AttachmentsPanel';
import { FormError, Notice } from '../../components/fields';

const t = admissionsUi.pending;

/**
 * Prescriptions typed from the paper sheet that still lack their scanned image (issue 14.10): each one
 * opens the documents panel (scan tray, file, camera) in place. An attached scan refreshes the list
 * through the shared cache, and the line leaves.
 */
export function PendingDocuments({ pending, error }: { readonly pending: readonly PendingDocument[] | null; readonly error: string | null }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="stack">
      <h2>{t.title}</h2>
      <p className="lead">{t.help}</p>
      <FormError message={error} />
      {pending?.length === 0 ? <Notice tone="success">{t.empty}</Notice> : null}
      <ul className="pending-documents">
        {(pending ?? []).map((item) => (
          <li key={item.prescriptionId} className="card">
            <div className="button-row">
              <span>{t.line(showIsoDate(item.prescriptionDate), item.infantName, normalizeDigits(item.caregiverNationalId))}</span>
              <button type="button" aria-label={t.attachFor(item.infantName)} aria-expanded={open === item.prescriptionId} onClick={() => setOpen(open === item.prescriptionId ? null : item.prescriptionId)}>
                {open === item.prescriptionId ? t.close : t.attach}
              </button>
            </div>
            {open === item.prescriptionId ? (
              <AttachmentsPanel recordTable="prescriptions" recordId={item.prescriptionId} heading={t.panelHeading(item.infantName, showIsoDate(item.prescriptionDate))} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
