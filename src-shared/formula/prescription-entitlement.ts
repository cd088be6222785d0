import type { IsoDate } from '../common/dates';
import { computeEntitlement, type EntitlementResult } from './entitlement';
import { findReason } from './reasons';

/** What a prescription says, as stored, as sent, or as being typed. */
export interface PrescriptionTerms {
  readonly birthDate: IsoDate;
  readonly prescriptionDate: IsoDate;
  readonly durationMonths: number;
  readonly replacement: 'total' | 'partial';
  readonly gramsPerMonth: number;
  readonly reasonCode: string;
  readonly gestationalWeeks: number | null;
  readonly monthsOverride: number | null;
}

/** The entitlement of a prescription: one translation from its fields to the rules, for main and the forms. */
export function prescriptionEntitlement(terms: PrescriptionTerms, today: IsoDate): EntitlementResult {
  return computeEntitlement({
    birthDate: terms.birthDate,
    prescriptionDate: terms.prescriptionDate,
    today,
    durationMonths: terms.durationMonths,
    replacement: terms.replacement === 'total' ? { type: 'total' } : { type: 'partial', gramsPerMonth: terms.gramsPerMonth },
    reasonRule: findReason(terms.reasonCode)?.rule ?? 'general',
    ...(terms.gestationalWeeks ? { gestationalWeeks: terms.gestationalWeeks } : {}),
    ...(terms.monthsOverride ? { monthsOverride: terms.monthsOverride } : {}),
  });
}
