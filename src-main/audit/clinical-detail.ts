import { CLINICAL_DETAIL_ACTIONS } from '../../src-shared/audit/actions';
import type { AuditEntry } from '../../src-shared/contract/types';
import { formulaText } from '../../src-shared/formula/text-fields';
import type { AppContext } from '../app/context';
import { seesClinical } from '../formula/clinical';

const CLINICAL = new Set<string>(CLINICAL_DETAIL_ACTIONS);

/** Whether an entry's detail names a diagnosis or clinical data (issue 18.3). */
export function hasClinicalDetail(action: string): boolean {
  return CLINICAL.has(action);
}

/** The entries as this person may read them: a clinical detail only for who may see clinical fields. */
export function withClinicalDetailReserved(ctx: AppContext, entries: readonly AuditEntry[]): AuditEntry[] {
  if (seesClinical(ctx)) return [...entries];
  return entries.map((entry) => (hasClinicalDetail(entry.action) && entry.detail ? { ...entry, detail: formulaText.clinicalReserved } : entry));
}
