import { and, desc, eq } from 'drizzle-orm';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import type { BatchLookup, BatchRowResult } from '../../src-shared/contract/types';
import { batchRowSchema } from '../../src-shared/formula/schemas';
import { formulaText } from '../../src-shared/formula/text-fields';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { requireLocalSiteId } from '../site/site-service';
import { findByNationalId } from './caregivers-service';
import { createDelivery, prescriptionStatus } from './deliveries-service';
import { entitlementOf } from './entitlement-of';
import { caregivers, deliveries, infants, prescriptions } from './formula.schema';

const t = formulaText.errors;

/** Prescriptions of this caregiver's infants that allow a delivery on `date`, newest per infant. */
function validPrescriptions(ctx: AppContext, nationalId: string, date: string) {
  const siteId = requireLocalSiteId(ctx);
  const rows = ctx.db
    .select({ prescription: prescriptions, infant: infants })
    .from(prescriptions)
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(
      and(
        eq(caregivers.ownerSiteId, siteId),
        eq(caregivers.nationalId, nationalId),
        eq(caregivers.deleted, false),
        eq(infants.deleted, false),
        eq(prescriptions.deleted, false),
      ),
    )
    .orderBy(desc(prescriptions.prescriptionDate))
    .all();
  const today = todayIso(ctx);
  const byInfant = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    if (byInfant.has(row.infant.id) || row.prescription.prescriptionDate > date) continue;
    // A closed (or renewed) prescription takes no more; a suspended one stays, to say so on the row.
    if (row.prescription.status === 'closed' && row.prescription.statusOn !== null && date >= row.prescription.statusOn) continue;
    try {
      if (date < entitlementOf(row.prescription, row.infant, today).deliverUntilExclusive) byInfant.set(row.infant.id, row);
    } catch {
      // A prescription whose entitlement no longer holds cannot take deliveries.
    }
  }
  return [...byInfant.values()];
}

/**
 * What the sheet screen shows beside a DNI as it is typed: who it is and which infants can receive on
 * that date, with what remains of each prescription.
 */
export function lookUpBatchRow(ctx: AppContext, nationalId: string, deliveryDate: string): BatchLookup {
  const caregiver = findByNationalId(ctx, nationalId);
  if (!caregiver) return { caregiverName: null, infants: [] };
  return {
    caregiverName: `${caregiver.firstNames} ${caregiver.lastNames}`,
    infants: validPrescriptions(ctx, nationalId, deliveryDate).map(({ infant, prescription }) => {
      const status = prescriptionStatus(ctx, prescription.id);
      return {
        infantId: infant.id,
        name: `${infant.firstNames} ${infant.lastNames}`,
        prescriptionId: prescription.id,
        gramsRemaining: status.gramsRemaining,
        lastDeliveryDay: status.lastDeliveryDay,
      };
    }),
  };
}

/** A line whose key is already a delivery of this site: answered as saved, nothing written again. */
function alreadySaved(ctx: AppContext, rowKey: string, index: number): BatchRowResult | null {
  const found = ctx.db
    .select({ delivery: deliveries, infant: infants })
    .from(deliveries)
    .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .where(and(eq(deliveries.id, rowKey), eq(deliveries.ownerSiteId, requireLocalSiteId(ctx))))
    .get();
  if (!found) return null;
  const status = prescriptionStatus(ctx, found.delivery.prescriptionId);
  return { index, ok: true, gramsRemaining: status.gramsRemaining, infantName: `${found.infant.firstNames} ${found.infant.lastNames}`, alreadySaved: true };
}

function saveRow(ctx: AppContext, row: unknown, index: number): BatchRowResult {
  const parsed = batchRowSchema.safeParse(row);
  if (!parsed.success) return { index, ok: false, errors: fieldErrorsOf(parsed.error) };
  const { caregiverNationalId: nationalId, infantId, rowKey, ...delivery } = parsed.data;
  const before = rowKey ? alreadySaved(ctx, rowKey, index) : null;
  if (before) return before;
  if (!findByNationalId(ctx, nationalId)) return { index, ok: false, errors: { caregiverNationalId: t.batchCaregiverUnknown } };
  const candidates = validPrescriptions(ctx, nationalId, delivery.deliveryDate).filter(
    (c) => infantId === null || c.infant.id === infantId,
  );
  if (candidates.length === 0) return { index, ok: false, errors: { _: t.batchNoPrescription } };
  if (candidates.length > 1) {
    return {
      index,
      ok: false,
      errors: { infantId: t.batchSeveralInfants },
      infants: candidates.map((c) => ({ id: c.infant.id, name: `${c.infant.firstNames} ${c.infant.lastNames}` })),
    };
  }
  const [chosen] = candidates;
  if (!chosen) return { index, ok: false, errors: { _: t.batchNoPrescription } };
  try {
    const status = createDelivery(ctx, { ...delivery, prescriptionId: chosen.prescription.id }, 'batch', rowKey);
    return { index, ok: true, gramsRemaining: status.gramsRemaining, infantName: `${chosen.infant.firstNames} ${chosen.infant.lastNames}`, alreadySaved: false };
  } catch (error) {
    if (error instanceof AppError) return { index, ok: false, errors: error.fieldErrors ?? { _: error.message } };
    throw error;
  }
}

/**
 * A week of paper sheets typed in one sitting: each row is checked and saved on its own (its own
 * transaction), so good rows are kept and failing ones come back with their message to be corrected.
 */
export function saveBatchDeliveries(ctx: AppContext, rows: readonly unknown[]): BatchRowResult[] {
  return rows.map((row, index) => saveRow(ctx, row, index));
}
