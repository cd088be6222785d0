import { addDays } from '../../src-shared/common/dates';
import type { Entitlement } from '../../src-shared/formula/entitlement';
import { prescriptionEntitlement } from '../../src-shared/formula/prescription-entitlement';
import { entitlementRefusalMessage } from '../../src-shared/formula/text';
import { AppError } from '../app/errors';
import type { infants, prescriptions } from './formula.schema';

/** The entitlement of a stored prescription, as of `today` (never earlier than its own date). */
export function entitlementOf(
  prescription: typeof prescriptions.$inferSelect,
  infant: Pick<typeof infants.$inferSelect, 'birthDate'>,
  today: string,
): Entitlement {
  const asOf = today > prescription.prescriptionDate ? today : prescription.prescriptionDate;
  const result = prescriptionEntitlement({ ...prescription, birthDate: infant.birthDate }, asOf);
  if (!result.ok) throw new AppError('CONFLICT', entitlementRefusalMessage(result.refusal));
  return result.value;
}

/**
 * The entitlement of a prescription read as a raw SQL row (`p.*` plus `infant_birth_date`), as granted on
 * its own date, so that a list shows the same figures whatever day it is opened; null when the rules no
 * longer accept it. For lists that read many prescriptions in one query.
 */
export function entitlementOfRow(r: Readonly<Record<string, string | number | null>>): Entitlement | null {
  const prescription = {
    prescriptionDate: String(r.prescription_date),
    reasonCode: String(r.reason_code),
    replacement: r.replacement === 'partial' ? 'partial' : 'total',
    gramsPerMonth: Number(r.grams_per_month),
    durationMonths: Number(r.duration_months),
    monthsOverride: r.months_override === null ? null : Number(r.months_override),
    gestationalWeeks: r.gestational_weeks === null ? null : Number(r.gestational_weeks),
  } as typeof prescriptions.$inferSelect;
  try {
    return entitlementOf(prescription, { birthDate: String(r.infant_birth_date) }, prescription.prescriptionDate);
  } catch {
    return null;
  }
}

/** What a prescription read as a raw SQL row was granted: months, grams and its last day of delivery (nulls when the rules no longer accept it). */
export function grantOfRow(r: Readonly<Record<string, string | number | null>>): { months: number | null; allowed: number | null; lastDay: string | null } {
  const entitlement = entitlementOfRow(r);
  if (!entitlement) return { months: null, allowed: null, lastDay: null };
  return { months: entitlement.months, allowed: entitlement.gramsAllowed, lastDay: addDays(entitlement.deliverUntilExclusive, -1) };
}
