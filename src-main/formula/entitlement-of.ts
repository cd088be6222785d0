import { computeEntitlement, type Entitlement } from '../../src-shared/formula/entitlement';
import { DEFAULT_REASONS, type PrescriptionReason } from '../../src-shared/formula/reasons';
import { entitlementRefusalMessage } from '../../src-shared/formula/text';
import { AppError } from '../app/errors';
import type { infants, prescriptions } from './formula.schema';

export function reasonByCode(code: string): PrescriptionReason | undefined {
  return DEFAULT_REASONS.find((reason) => reason.code === code);
}

/** The entitlement of a stored prescription, as of `today` (never earlier than its own date). */
export function entitlementOf(
  prescription: typeof prescriptions.$inferSelect,
  infant: Pick<typeof infants.$inferSelect, 'birthDate'>,
  today: string,
): Entitlement {
  const result = computeEntitlement({
    birthDate: infant.birthDate,
    prescriptionDate: prescription.prescriptionDate,
    today: today > prescription.prescriptionDate ? today : prescription.prescriptionDate,
    durationMonths: prescription.durationMonths,
    replacement:
      prescription.replacement === 'total' ? { type: 'total' } : { type: 'partial', gramsPerMonth: prescription.gramsPerMonth },
    reasonRule: reasonByCode(prescription.reasonCode)?.rule ?? 'general',
    ...(prescription.gestationalWeeks ? { gestationalWeeks: prescription.gestationalWeeks } : {}),
    ...(prescription.monthsOverride ? { monthsOverride: prescription.monthsOverride } : {}),
  });
  if (!result.ok) throw new AppError('CONFLICT', entitlementRefusalMessage(result.refusal));
  return result.value;
}
