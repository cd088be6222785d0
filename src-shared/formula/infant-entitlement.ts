import { addDays, type IsoDate } from '../common/dates';
import { GRAMS_PER_MONTH_TOTAL, MAX_PRESCRIPTION_MONTHS, monthsStartingBefore, type Entitlement, type PrescriptionState } from './entitlement';

/**
 * The entitlement is per infant, not per prescription (issue 14.3; seed 004: the program guarantees
 * *that child* enough formula for its first six months). Rules implemented:
 * - Over all its prescriptions an infant receives at most 4,000 g for each month from its first
 *   prescription to the end of its window (six months of life, or the corrected-age window of the very
 *   low birth weight reason), and never more than six months' worth: 24,000 g.
 * - Deliveries under any of its prescriptions — closed, renewed or current — count against that total.
 * - Each prescription keeps its own limit too (partial replacement, fewer months): what remains for a
 *   delivery is the smaller of what remains of the prescription and what remains for the infant.
 * - One current prescription at a time: a new one while another is active or suspended is refused unless
 *   it renews it (the old one closes on the new one's date; its deliveries keep counting).
 */
export interface InfantPrescription {
  readonly id: string;
  readonly prescriptionDate: IsoDate;
  readonly status: PrescriptionState;
  /** First day of the current state (suspension or closure); null while active since its date. */
  readonly statusOn: IsoDate | null;
  readonly entitlement: Entitlement;
  /** The first day the infant no longer qualifies under this prescription's reason. */
  readonly windowUntil: IsoDate;
}

export interface InfantDelivered {
  readonly prescriptionId: string;
  readonly grams: number;
}

/** Six months of total replacement: the most any infant receives, whatever its prescriptions. */
export const INFANT_CAP_ABSOLUTE_GRAMS = GRAMS_PER_MONTH_TOTAL * MAX_PRESCRIPTION_MONTHS;

/** The most the program gives this infant over all its prescriptions. */
export function infantCapGrams(prescriptions: readonly Pick<InfantPrescription, 'prescriptionDate' | 'windowUntil'>[]): number {
  if (prescriptions.length === 0) return 0;
  const first = [...prescriptions].sort((a, b) => (a.prescriptionDate < b.prescriptionDate ? -1 : 1))[0];
  if (!first) return 0;
  const months = Math.min(MAX_PRESCRIPTION_MONTHS, monthsStartingBefore(first.prescriptionDate, first.windowUntil));
  return GRAMS_PER_MONTH_TOTAL * months;
}

export interface InfantBalance {
  readonly capGrams: number;
  readonly deliveredGrams: number;
  readonly remainingGrams: number;
}

export function infantBalance(prescriptions: readonly InfantPrescription[], delivered: readonly InfantDelivered[]): InfantBalance {
  const capGrams = infantCapGrams(prescriptions);
  const deliveredGrams = delivered.reduce((sum, d) => sum + d.grams, 0);
  return { capGrams, deliveredGrams, remainingGrams: Math.max(0, capGrams - deliveredGrams) };
}

/**
 * A prescription's entitlement as a delivery under it may use it: what it allows, lowered so that what
 * remains of it never passes what remains for the infant (deliveries under its other prescriptions count).
 */
export function withinInfantCap(entitlement: Entitlement, prescriptionId: string, prescriptions: readonly InfantPrescription[], delivered: readonly InfantDelivered[]): Entitlement {
  const own = delivered.filter((d) => d.prescriptionId === prescriptionId).reduce((sum, d) => sum + d.grams, 0);
  const infant = infantBalance(prescriptions, delivered);
  return { ...entitlement, gramsAllowed: Math.min(entitlement.gramsAllowed, own + infant.remainingGrams) };
}

/** The prescription that is current on `date`: active or suspended, begun, its window not over. */
export function currentPrescription(prescriptions: readonly InfantPrescription[], date: IsoDate): InfantPrescription | null {
  return (
    [...prescriptions]
      .filter((p) => p.status !== 'closed' && p.prescriptionDate <= date && date < p.entitlement.deliverUntilExclusive)
      .sort((a, b) => (a.prescriptionDate < b.prescriptionDate ? 1 : -1))[0] ?? null
  );
}

export type NewPrescriptionRefusal =
  | { readonly code: 'ACTIVE_EXISTS'; readonly current: Pick<InfantPrescription, 'id' | 'prescriptionDate'>; readonly lastDay: IsoDate }
  | { readonly code: 'RENEWS_NOT_CURRENT' }
  | { readonly code: 'RENEWAL_BEFORE_CURRENT'; readonly currentDate: IsoDate }
  | { readonly code: 'INFANT_CAP_USED'; readonly balance: InfantBalance };

/** Whether a new prescription dated `date` may be recorded for the infant (and which one it renews). */
export function checkNewPrescription(
  prescriptions: readonly InfantPrescription[],
  delivered: readonly InfantDelivered[],
  date: IsoDate,
  renewsPrescriptionId: string | null,
): { readonly ok: true } | { readonly ok: false; readonly refusal: NewPrescriptionRefusal } {
  const current = currentPrescription(prescriptions, date);
  if (renewsPrescriptionId !== null) {
    if (!current || current.id !== renewsPrescriptionId) return { ok: false, refusal: { code: 'RENEWS_NOT_CURRENT' } };
    if (date < current.prescriptionDate) return { ok: false, refusal: { code: 'RENEWAL_BEFORE_CURRENT', currentDate: current.prescriptionDate } };
  } else if (current) {
    const lastDay = addDays(current.entitlement.deliverUntilExclusive, -1);
    return { ok: false, refusal: { code: 'ACTIVE_EXISTS', current: { id: current.id, prescriptionDate: current.prescriptionDate }, lastDay } };
  }
  const balance = infantBalance(prescriptions, delivered);
  if (prescriptions.length > 0 && balance.remainingGrams === 0) return { ok: false, refusal: { code: 'INFANT_CAP_USED', balance } };
  return { ok: true };
}
