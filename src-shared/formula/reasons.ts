/**
 * Reasons that justify formula (FI "Población objetivo"): a closed list, shipped as reference data that
 * a higher level may update through sync. Each reason says which entitlement rule applies and which
 * extra fields or documents it needs.
 */
export interface PrescriptionReason {
  readonly code: string;
  readonly label: string;
  readonly side: 'caregiver' | 'infant';
  readonly rule: 'general' | 'firstMonthOnly' | 'prematureCorrectedAge';
  /** HIV reason: caregiver birth date and sex, viral load of the last trimester, modality (rule 7). */
  readonly needsHivFields: boolean;
  /** Decision not to breastfeed: counselling declaration by two professionals of different professions (rule 3). */
  readonly needsCounselingDeclaration: boolean;
}

const reason = (
  code: string,
  label: string,
  side: PrescriptionReason['side'],
  extra: Partial<Pick<PrescriptionReason, 'rule' | 'needsHivFields' | 'needsCounselingDeclaration'>> = {},
): PrescriptionReason => ({ code, label, side, rule: 'general', needsHivFields: false, needsCounselingDeclaration: false, ...extra });

export const DEFAULT_REASONS: readonly PrescriptionReason[] = [
  reason('hiv', 'Persona con infección de VIH/SIDA', 'caregiver', { needsHivFields: true }),
  reason('htlv', 'Persona con infección por HTLV I/II', 'caregiver'),
  reason('seriousIllness', 'Enfermedad grave que impide el cuidado o el amamantamiento', 'caregiver'),
  reason('herpesVaricella', 'Herpes simple tipo I o varicela con lesiones en la mama', 'caregiver'),
  reason('substanceUse', 'Consumo problemático de sustancias', 'caregiver'),
  reason('contraindicatedMedication', 'Medicación contraindicada con la lactancia, sin reemplazo seguro', 'caregiver'),
  reason('noMammaryGland', 'Sin glándula mamaria', 'caregiver'),
  reason('decisionNotToBreastfeed', 'Decisión de no amamantar (solo primer mes de vida, con consejería)', 'caregiver', {
    rule: 'firstMonthOnly',
    needsCounselingDeclaration: true,
  }),
  reason('prematureVlbw', 'Prematuro de muy bajo peso al nacer, de 6 a 12 meses de edad corregida', 'infant', {
    rule: 'prematureCorrectedAge',
  }),
  reason('adoption', 'Bajo régimen de adopción', 'infant'),
  reason('motherDeceasedOrAbsent', 'Madre fallecida o ausente', 'infant'),
];

export function findReason(code: string): PrescriptionReason | undefined {
  return DEFAULT_REASONS.find((reason) => reason.code === code);
}
