import { addDays, showIsoDate, type IsoDate } from '../common/dates';
import { formatThousands } from '../common/text';
import { entitlementWindow, gramsOf, MAX_CANS_PER_DELIVERY, type EntitlementRefusal, type PrescriptionState } from './entitlement';
import { infantBalance, type InfantPrescription } from './infant-entitlement';
import { prescriptionEntitlement, type PrescriptionTerms } from './prescription-entitlement';
import { findReason } from './reasons';
import { entitlementRefusalMessage } from './text';

/**
 * One set of rules for every write that touches an infant's formula (issue 14.2): a new record, an edit
 * at the facility, a line of the paper sheet, a correction from the coordination, a correction received
 * in a bundle. Given everything the infant has — its birth date, its prescriptions, its deliveries not
 * voided — these are the ways the program's rules can be broken; a write that adds one is refused with
 * its message and its numbers.
 */
export interface RulePrescription extends Omit<PrescriptionTerms, 'birthDate'> {
  readonly id: string;
  readonly status: PrescriptionState;
  readonly statusOn: IsoDate | null;
}

export interface RuleDelivery {
  readonly id: string;
  readonly prescriptionId: string;
  readonly date: IsoDate;
  readonly cans800: number;
  readonly cans1kg: number;
}

export interface InfantRecords {
  readonly birthDate: IsoDate;
  readonly prescriptions: readonly RulePrescription[];
  readonly deliveries: readonly RuleDelivery[];
}

export type InfantRuleProblem =
  | { readonly code: 'PRESCRIPTION'; readonly prescriptionId: string; readonly date: IsoDate; readonly refusal: EntitlementRefusal }
  | { readonly code: 'DELIVERY_BEFORE_PRESCRIPTION'; readonly deliveryId: string; readonly date: IsoDate; readonly from: IsoDate }
  | { readonly code: 'DELIVERY_AFTER_ENTITLEMENT'; readonly deliveryId: string; readonly date: IsoDate; readonly lastDay: IsoDate }
  | { readonly code: 'DELIVERY_IN_STATE'; readonly deliveryId: string; readonly date: IsoDate; readonly state: PrescriptionState; readonly since: IsoDate }
  | { readonly code: 'DELIVERY_IN_FUTURE'; readonly deliveryId: string; readonly date: IsoDate }
  | { readonly code: 'CANS'; readonly deliveryId: string }
  | { readonly code: 'PRESCRIPTION_OVER'; readonly prescriptionId: string; readonly allowed: number; readonly delivered: number }
  | { readonly code: 'INFANT_OVER'; readonly cap: number; readonly delivered: number };

export function infantRuleProblems(records: InfantRecords, today: IsoDate): InfantRuleProblem[] {
  const problems: InfantRuleProblem[] = [];
  const usable: InfantPrescription[] = [];
  const byId = new Map<string, { allowed: number; until: IsoDate; p: RulePrescription }>();
  for (const p of records.prescriptions) {
    const asOf = today > p.prescriptionDate ? today : p.prescriptionDate;
    const result = prescriptionEntitlement({ ...p, birthDate: records.birthDate }, asOf);
    if (!result.ok) {
      problems.push({ code: 'PRESCRIPTION', prescriptionId: p.id, date: p.prescriptionDate, refusal: result.refusal });
      continue;
    }
    const rule = findReason(p.reasonCode)?.rule ?? 'general';
    const window = entitlementWindow({ birthDate: records.birthDate, reasonRule: rule, ...(p.gestationalWeeks ? { gestationalWeeks: p.gestationalWeeks } : {}) });
    usable.push({ id: p.id, prescriptionDate: p.prescriptionDate, status: p.status, statusOn: p.statusOn, entitlement: result.value, windowUntil: window.until });
    byId.set(p.id, { allowed: result.value.gramsAllowed, until: result.value.deliverUntilExclusive, p });
  }
  const delivered = new Map<string, number>();
  for (const d of records.deliveries) {
    const counts = [d.cans800, d.cans1kg];
    if (counts.some((n) => !Number.isInteger(n) || n < 0 || n > MAX_CANS_PER_DELIVERY) || gramsOf(d) === 0) problems.push({ code: 'CANS', deliveryId: d.id });
    if (d.date > today) problems.push({ code: 'DELIVERY_IN_FUTURE', deliveryId: d.id, date: d.date });
    delivered.set(d.prescriptionId, (delivered.get(d.prescriptionId) ?? 0) + gramsOf(d));
    const p = byId.get(d.prescriptionId);
    if (!p) continue;
    if (d.date < p.p.prescriptionDate) problems.push({ code: 'DELIVERY_BEFORE_PRESCRIPTION', deliveryId: d.id, date: d.date, from: p.p.prescriptionDate });
    else if (d.date >= p.until) problems.push({ code: 'DELIVERY_AFTER_ENTITLEMENT', deliveryId: d.id, date: d.date, lastDay: addDays(p.until, -1) });
    else if (p.p.status !== 'active' && p.p.statusOn !== null && d.date >= p.p.statusOn) problems.push({ code: 'DELIVERY_IN_STATE', deliveryId: d.id, date: d.date, state: p.p.status, since: p.p.statusOn });
  }
  for (const [id, p] of byId) {
    const grams = delivered.get(id) ?? 0;
    if (grams > p.allowed) problems.push({ code: 'PRESCRIPTION_OVER', prescriptionId: id, allowed: p.allowed, delivered: grams });
  }
  const balance = infantBalance(usable, [...delivered].map(([prescriptionId, grams]) => ({ prescriptionId, grams })));
  if (usable.length > 0 && balance.deliveredGrams > balance.capGrams) problems.push({ code: 'INFANT_OVER', cap: balance.capGrams, delivered: balance.deliveredGrams });
  return problems;
}

/** The problems a write adds: those after it that were not there before (old data may already have some). */
export function newRuleProblems(before: InfantRecords, after: InfantRecords, today: IsoDate): InfantRuleProblem[] {
  const known = new Set(infantRuleProblems(before, today).map((p) => JSON.stringify(p)));
  return infantRuleProblems(after, today).filter((p) => !known.has(JSON.stringify(p)));
}

export function infantRuleMessage(problem: InfantRuleProblem): string {
  switch (problem.code) {
    case 'PRESCRIPTION':
      return `La receta del ${showIsoDate(problem.date)} dejaría de valer: ${entitlementRefusalMessage(problem.refusal)}`;
    case 'DELIVERY_BEFORE_PRESCRIPTION':
      return `La entrega del ${showIsoDate(problem.date)} quedaría antes de su receta (del ${showIsoDate(problem.from)}).`;
    case 'DELIVERY_AFTER_ENTITLEMENT':
      return `La entrega del ${showIsoDate(problem.date)} quedaría fuera del plazo de su receta (hasta el ${showIsoDate(problem.lastDay)}).`;
    case 'DELIVERY_IN_STATE':
      return `La entrega del ${showIsoDate(problem.date)} quedaría en un período en que la receta está ${problem.state === 'closed' ? 'cerrada' : 'suspendida'} (desde el ${showIsoDate(problem.since)}).`;
    case 'DELIVERY_IN_FUTURE':
      return `La fecha de entrega (${showIsoDate(problem.date)}) es posterior a hoy.`;
    case 'CANS':
      return `Una entrega lleva de 0 a ${MAX_CANS_PER_DELIVERY} latas de cada tamaño, y al menos una lata.`;
    case 'PRESCRIPTION_OVER':
      return `Con este cambio la receta habría entregado ${formatThousands(problem.delivered)} g, más de los ${formatThousands(problem.allowed)} g que permite.`;
    case 'INFANT_OVER':
      return `Con este cambio el lactante habría recibido ${formatThousands(problem.delivered)} g entre todas sus recetas, más de los ${formatThousands(problem.cap)} g que el programa le da.`;
  }
}

