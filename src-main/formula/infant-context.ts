import { and, eq, isNull } from 'drizzle-orm';
import type { Entitlement } from '../../src-shared/formula/entitlement';
import { entitlementWindow, gramsOf } from '../../src-shared/formula/entitlement';
import type { InfantDelivered, InfantPrescription } from '../../src-shared/formula/infant-entitlement';
import { prescriptionEntitlement } from '../../src-shared/formula/prescription-entitlement';
import { findReason } from '../../src-shared/formula/reasons';
import type { AppContext } from '../app/context';
import { deliveries, infants, prescriptions } from './formula.schema';

export type PrescriptionRow = typeof prescriptions.$inferSelect;
type InfantRow = Pick<typeof infants.$inferSelect, 'birthDate'>;

/** A stored prescription's entitlement as of `today` (never earlier than its own date); null if it no longer holds. */
export function storedEntitlement(prescription: PrescriptionRow, infant: InfantRow, today: string): Entitlement | null {
  const asOf = today > prescription.prescriptionDate ? today : prescription.prescriptionDate;
  const result = prescriptionEntitlement({ ...prescription, birthDate: infant.birthDate }, asOf);
  return result.ok ? result.value : null;
}

export function asInfantPrescription(prescription: PrescriptionRow, infant: InfantRow, entitlement: Entitlement): InfantPrescription {
  const rule = findReason(prescription.reasonCode)?.rule ?? 'general';
  return {
    id: prescription.id,
    prescriptionDate: prescription.prescriptionDate,
    status: prescription.status,
    statusOn: prescription.statusOn,
    entitlement,
    windowUntil: entitlementWindow({ birthDate: infant.birthDate, reasonRule: rule, ...(prescription.gestationalWeeks ? { gestationalWeeks: prescription.gestationalWeeks } : {}) }).until,
  };
}

export interface InfantContext {
  /** Its prescriptions whose entitlement still holds, as the per-infant rules see them. */
  readonly prescriptions: readonly InfantPrescription[];
  /** Every delivery not voided, under any of its prescriptions. */
  readonly delivered: readonly InfantDelivered[];
}

/** Everything the per-infant rules need (issue 14.3): read inside the write's transaction when it checks one. */
export function infantContext(ctx: AppContext, infantId: string, today: string): InfantContext {
  const infant = ctx.db.select({ birthDate: infants.birthDate }).from(infants).where(eq(infants.id, infantId)).get();
  if (!infant) return { prescriptions: [], delivered: [] };
  const rows = ctx.db.select().from(prescriptions).where(and(eq(prescriptions.infantId, infantId), eq(prescriptions.deleted, false))).all();
  const list: InfantPrescription[] = [];
  for (const row of rows) {
    const entitlement = storedEntitlement(row, infant, today);
    if (entitlement) list.push(asInfantPrescription(row, infant, entitlement));
  }
  const delivered = ctx.db
    .select({ prescriptionId: deliveries.prescriptionId, cans800: deliveries.cans800, cans1kg: deliveries.cans1kg })
    .from(deliveries)
    .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
    .where(and(eq(prescriptions.infantId, infantId), eq(prescriptions.deleted, false), eq(deliveries.deleted, false), isNull(deliveries.voidedAt)))
    .all()
    .map((d) => ({ prescriptionId: d.prescriptionId, grams: gramsOf(d) }));
  return { prescriptions: list, delivered };
}
