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

/** A reason as the list in force shows it: withdrawn ones stay known, for the records that used them. */
export interface ListedReason extends PrescriptionReason {
  readonly active: boolean;
}

/** A row of the reason list kept by a microrred or red (`formula_reasons`). */
export interface ReasonChange {
  readonly code: string;
  readonly label: string;
  readonly side: PrescriptionReason['side'];
  readonly active: boolean;
  readonly hlc: string;
}

/**
 * The FI's reasons with the higher levels' changes: per code the newest change wins; it renames or
 * withdraws a FI reason (whose rules and side stay those of the FI) or adds one with the general rule.
 */
export function reasonsInForce(changes: readonly ReasonChange[]): readonly ListedReason[] {
  const newest = new Map<string, ReasonChange>();
  for (const change of changes) {
    const seen = newest.get(change.code);
    if (!seen || change.hlc > seen.hlc) newest.set(change.code, change);
  }
  const listed: ListedReason[] = DEFAULT_REASONS.map((r) => {
    const change = newest.get(r.code);
    return change ? { ...r, label: change.label, active: change.active } : { ...r, active: true };
  });
  for (const change of newest.values()) {
    if (!DEFAULT_REASONS.some((r) => r.code === change.code)) listed.push({ ...reason(change.code, change.label, change.side), active: change.active });
  }
  return listed;
}

export function findReason(code: string, reasons: readonly PrescriptionReason[] = DEFAULT_REASONS): PrescriptionReason | undefined {
  return reasons.find((r) => r.code === code);
}

/** A reason's name; an empty code is a reason withheld from this level by the privacy table (issue 18.1). */
export function reasonLabelIn(code: string, reasons: readonly PrescriptionReason[], withheld: string): string {
  if (code === '') return withheld;
  return findReason(code, reasons)?.label ?? code;
}
