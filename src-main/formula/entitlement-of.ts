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
