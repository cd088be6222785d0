/**
 * The formula program's figures at jurisdiction and national level (seed 004, issue 16.6), and the
 * purchase estimate the national program makes: 3 % of the public-sector birth cohort (infants who do not
 * start breastfeeding) × 24 kg of formula each (enough for the first six months).
 */
export const NOT_BREASTFED_SHARE = 0.03;
export const KG_PER_INFANT = 24;

export interface PurchaseEstimate {
  readonly publicBirths: number;
  readonly infants: number;
  readonly kilograms: number;
}

export function purchaseEstimate(publicBirths: number): PurchaseEstimate {
  const infants = Math.ceil(publicBirths * NOT_BREASTFED_SHARE);
  return { publicBirths, infants, kilograms: infants * KG_PER_INFANT };
}

export interface MonthFigures {
  readonly month: string;
  readonly grams: number;
  readonly cans800: number;
  readonly cans1kg: number;
  readonly infants: number;
  readonly admissions: number;
  readonly stockReceivedGrams: number;
}

export interface ReasonFigures {
  readonly reasonCode: string;
  readonly label: string;
  readonly admissions: number;
  readonly grams: number;
}

export interface JurisdictionFigures {
  readonly region: string;
  readonly months: readonly MonthFigures[];
  /** The year: sums, except infants (each infant once in the year). */
  readonly year: MonthFigures;
  readonly byReason: readonly ReasonFigures[];
  /** Admissions and grams by month and reason (months as `2026-11`). */
  readonly reasonMonths: readonly { readonly month: string; readonly reasonCode: string; readonly admissions: number; readonly grams: number }[];
  readonly estimate: PurchaseEstimate | null;
  /** Kilograms delivered as a share of the estimate; null without a cohort. */
  readonly estimateUsedPercent: number | null;
}

export interface FormulaProgramView {
  readonly year: number;
  readonly jurisdictions: readonly JurisdictionFigures[];
  readonly total: JurisdictionFigures;
  /** The regions a cohort can be entered for here (the site's own, or every region of the registry). */
  readonly cohortRegions: readonly string[];
}

export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export function emptyMonth(month: string): MonthFigures {
  return { month, grams: 0, cans800: 0, cans1kg: 0, infants: 0, admissions: 0, stockReceivedGrams: 0 };
}

export function usedPercent(grams: number, estimate: PurchaseEstimate | null): number | null {
  return estimate === null || estimate.kilograms === 0 ? null : Math.round((grams / 1000 / estimate.kilograms) * 1000) / 10;
}
