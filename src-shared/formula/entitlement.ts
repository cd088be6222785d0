import { addDays, addMonths, type IsoDate } from '../common/dates';

/**
 * The infant-formula entitlement (DESIGN.md Program A, rules 3, 8 and 9; FI "Población objetivo",
 * footnotes 2–3 and SisCaF "Cantidad de meses a entregar"). Pure functions over calendar dates.
 *
 * Rules implemented:
 * - The window ends the day the infant turns 6 months (same day of the month; if that month is shorter,
 *   its last day). For the very-low-birth-weight premature reason it is the corrected-age window instead:
 *   from 6 to 12 months of corrected age, where corrected birth = birth + (40 − gestational weeks) weeks.
 * - Months to deliver: month periods counted from the prescription date (never before it: no retroactive
 *   months) that start before the window ends; a started month counts whole. Capped by the prescribed
 *   duration (1–6 months); staff may lower it (temporary suspension), never raise it.
 * - Grams: 4,000 g per month for total replacement; partial replacement as prescribed (less than 4,000).
 * - "Decision not to breastfeed" only with a prescription dated in the first month of life.
 */
export const GRAMS_PER_MONTH_TOTAL = 4000;
export const CAN_SIZES_GRAMS = { can800: 800, can1kg: 1000 } as const;
export const MAX_PRESCRIPTION_MONTHS = 6;

export type Replacement = { readonly type: 'total' } | { readonly type: 'partial'; readonly gramsPerMonth: number };

export interface EntitlementInput {
  readonly birthDate: IsoDate;
  readonly prescriptionDate: IsoDate;
  /** The date the check is made (today at the facility): prescriptions after it are refused. */
  readonly today: IsoDate;
  readonly durationMonths: number;
  readonly replacement: Replacement;
  readonly reasonRule: 'general' | 'firstMonthOnly' | 'prematureCorrectedAge';
  /** Required for `prematureCorrectedAge`. */
  readonly gestationalWeeks?: number;
  /** Staff may lower the months (temporary suspension). */
  readonly monthsOverride?: number;
}

export type EntitlementRefusal =
  | { readonly code: 'PRESCRIPTION_IN_FUTURE' }
  | { readonly code: 'PRESCRIPTION_BEFORE_BIRTH' }
  | { readonly code: 'BIRTH_IN_FUTURE' }
  | { readonly code: 'TOO_OLD'; readonly limitDate: IsoDate }
  | { readonly code: 'NOT_FIRST_MONTH'; readonly limitDate: IsoDate }
  | { readonly code: 'PREMATURE_TOO_YOUNG'; readonly fromDate: IsoDate }
  | { readonly code: 'GESTATIONAL_WEEKS_REQUIRED' }
  | { readonly code: 'BAD_DURATION' }
  | { readonly code: 'BAD_PARTIAL_GRAMS' }
  | { readonly code: 'OVERRIDE_TOO_HIGH'; readonly maxMonths: number };

export interface Entitlement {
  /** Most months the rules allow for this prescription. */
  readonly maxMonths: number;
  /** Months granted (the maximum, or less if staff lowered it). */
  readonly months: number;
  readonly gramsPerMonth: number;
  readonly gramsAllowed: number;
  /** Deliveries are possible from the prescription date up to the day before this date. */
  readonly deliverUntilExclusive: IsoDate;
}

export type EntitlementResult = { readonly ok: true; readonly value: Entitlement } | { readonly ok: false; readonly refusal: EntitlementRefusal };

function refuse(refusal: EntitlementRefusal): EntitlementResult {
  return { ok: false, refusal };
}

/** The first day the infant no longer qualifies, and the first day it does (premature rule). */
export function entitlementWindow(input: Pick<EntitlementInput, 'birthDate' | 'reasonRule' | 'gestationalWeeks'>): { from: IsoDate; until: IsoDate } {
  if (input.reasonRule === 'prematureCorrectedAge') {
    const correctedBirth = addDays(input.birthDate, Math.max(0, 40 - (input.gestationalWeeks ?? 40)) * 7);
    return { from: addMonths(correctedBirth, 6), until: addMonths(correctedBirth, 12) };
  }
  return { from: input.birthDate, until: addMonths(input.birthDate, 6) };
}

/** Month periods starting on `start` that begin before `until`. */
export function monthsStartingBefore(start: IsoDate, until: IsoDate): number {
  let months = 0;
  while (months < 24 && addMonths(start, months) < until) months++;
  return months;
}

export function computeEntitlement(input: EntitlementInput): EntitlementResult {
  if (input.birthDate > input.today) return refuse({ code: 'BIRTH_IN_FUTURE' });
  if (input.prescriptionDate > input.today) return refuse({ code: 'PRESCRIPTION_IN_FUTURE' });
  if (input.prescriptionDate < input.birthDate) return refuse({ code: 'PRESCRIPTION_BEFORE_BIRTH' });
  if (!Number.isInteger(input.durationMonths) || input.durationMonths < 1 || input.durationMonths > MAX_PRESCRIPTION_MONTHS) {
    return refuse({ code: 'BAD_DURATION' });
  }
  const gramsPerMonth = input.replacement.type === 'total' ? GRAMS_PER_MONTH_TOTAL : input.replacement.gramsPerMonth;
  if (!Number.isInteger(gramsPerMonth) || gramsPerMonth <= 0 || gramsPerMonth > GRAMS_PER_MONTH_TOTAL) {
    return refuse({ code: 'BAD_PARTIAL_GRAMS' });
  }
  if (input.reasonRule === 'prematureCorrectedAge' && !input.gestationalWeeks) return refuse({ code: 'GESTATIONAL_WEEKS_REQUIRED' });
  if (input.reasonRule === 'firstMonthOnly') {
    const limitDate = addMonths(input.birthDate, 1);
    if (input.prescriptionDate >= limitDate) return refuse({ code: 'NOT_FIRST_MONTH', limitDate });
  }
  const window = entitlementWindow(input);
  if (input.prescriptionDate < window.from) return refuse({ code: 'PREMATURE_TOO_YOUNG', fromDate: window.from });
  if (input.prescriptionDate >= window.until) return refuse({ code: 'TOO_OLD', limitDate: window.until });

  const maxMonths = Math.min(input.durationMonths, monthsStartingBefore(input.prescriptionDate, window.until));
  const override = input.monthsOverride;
  if (override !== undefined && (!Number.isInteger(override) || override < 1 || override > maxMonths)) {
    return refuse({ code: 'OVERRIDE_TOO_HIGH', maxMonths });
  }
  const months = override ?? maxMonths;
  const periodEnd = addMonths(input.prescriptionDate, months);
  return {
    ok: true,
    value: {
      maxMonths,
      months,
      gramsPerMonth,
      gramsAllowed: gramsPerMonth * months,
      deliverUntilExclusive: periodEnd < window.until ? periodEnd : window.until,
    },
  };
}

export interface CansDelivered {
  readonly cans800: number;
  readonly cans1kg: number;
}

export function gramsOf(delivery: CansDelivered): number {
  return delivery.cans800 * CAN_SIZES_GRAMS.can800 + delivery.cans1kg * CAN_SIZES_GRAMS.can1kg;
}

export interface Remaining {
  readonly gramsDelivered: number;
  readonly gramsRemaining: number;
  /** How many cans of each size still fit (if all the rest were given in that size). */
  readonly cans800Remaining: number;
  readonly cans1kgRemaining: number;
}

export function remainingAfter(entitlement: Pick<Entitlement, 'gramsAllowed'>, deliveries: readonly CansDelivered[]): Remaining {
  const gramsDelivered = deliveries.reduce((sum, delivery) => sum + gramsOf(delivery), 0);
  const gramsRemaining = Math.max(0, entitlement.gramsAllowed - gramsDelivered);
  return {
    gramsDelivered,
    gramsRemaining,
    cans800Remaining: Math.floor(gramsRemaining / CAN_SIZES_GRAMS.can800),
    cans1kgRemaining: Math.floor(gramsRemaining / CAN_SIZES_GRAMS.can1kg),
  };
}

/** Seed 004's lifecycle of a prescription (see prescription-lifecycle.ts). */
export type PrescriptionState = 'active' | 'suspended' | 'closed';

export interface PrescriptionStateNow {
  readonly status: PrescriptionState;
  /** First day of the current state; null while active since the prescription's date. */
  readonly statusOn: IsoDate | null;
}

export type DeliveryRefusal =
  | { readonly code: 'NO_CANS' }
  | { readonly code: 'PRESCRIPTION_SUSPENDED'; readonly since: IsoDate }
  | { readonly code: 'PRESCRIPTION_CLOSED'; readonly since: IsoDate }
  | { readonly code: 'BAD_CAN_COUNT' }
  | { readonly code: 'DATE_IN_FUTURE' }
  | { readonly code: 'BEFORE_PRESCRIPTION' }
  | { readonly code: 'AFTER_ENTITLEMENT'; readonly lastDay: IsoDate }
  | { readonly code: 'EXCEEDS_REMAINING'; readonly remaining: Remaining };

export const MAX_CANS_PER_DELIVERY = 40;

/**
 * Whether a new delivery fits: date inside the entitlement and before a suspension or closure, cans
 * within what remains (pass the entitlement `withinInfantCap` gives: the infant's other prescriptions count).
 */
export function checkDelivery(
  entitlement: Entitlement,
  prescriptionDate: IsoDate,
  previous: readonly CansDelivered[],
  delivery: CansDelivered & { readonly date: IsoDate },
  today: IsoDate,
  state: PrescriptionStateNow = { status: 'active', statusOn: null },
): { ok: true; remainingAfter: Remaining } | { ok: false; refusal: DeliveryRefusal } {
  const counts = [delivery.cans800, delivery.cans1kg];
  if (counts.some((n) => !Number.isInteger(n) || n < 0 || n > MAX_CANS_PER_DELIVERY)) return { ok: false, refusal: { code: 'BAD_CAN_COUNT' } };
  if (gramsOf(delivery) === 0) return { ok: false, refusal: { code: 'NO_CANS' } };
  if (delivery.date > today) return { ok: false, refusal: { code: 'DATE_IN_FUTURE' } };
  if (delivery.date < prescriptionDate) return { ok: false, refusal: { code: 'BEFORE_PRESCRIPTION' } };
  const since = state.statusOn ?? prescriptionDate;
  if (state.status === 'suspended' && delivery.date >= since) return { ok: false, refusal: { code: 'PRESCRIPTION_SUSPENDED', since } };
  if (state.status === 'closed' && delivery.date >= since) return { ok: false, refusal: { code: 'PRESCRIPTION_CLOSED', since } };
  if (delivery.date >= entitlement.deliverUntilExclusive) {
    return { ok: false, refusal: { code: 'AFTER_ENTITLEMENT', lastDay: addDays(entitlement.deliverUntilExclusive, -1) } };
  }
  const before = remainingAfter(entitlement, previous);
  if (gramsOf(delivery) > before.gramsRemaining) return { ok: false, refusal: { code: 'EXCEEDS_REMAINING', remaining: before } };
  return { ok: true, remainingAfter: remainingAfter(entitlement, [...previous, delivery]) };
}

