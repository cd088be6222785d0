import { formatThousands } from '../../src-shared/common/text';
import { and, asc, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import type { DeliveryRow, PrescriptionStatus } from '../../src-shared/contract/types';
import { checkDelivery, gramsOf, remainingAfter, type DeliveryRefusal } from '../../src-shared/formula/entitlement';
import type { newDeliverySchema, voidDeliverySchema } from '../../src-shared/formula/schemas';
import { deliveryRefusalMessage } from '../../src-shared/formula/text';
import { formulaText } from '../../src-shared/formula/text-fields';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { infantBalance, withinInfantCap } from '../../src-shared/formula/infant-entitlement';
import { entitlementOf } from './entitlement-of';
import { infantContext, type PrescriptionRow } from './infant-context';
import { protocolComplete, readProtocolChecks } from '../../src-shared/formula/protocol';
import { userName } from '../users/user-names';
import { requireNotCovered } from './coverage-service';
import { caregivers, deliveries, infants, prescriptions } from './formula.schema';
import { reasonShown, seesClinical } from './clinical';
import { findReason } from '../../src-shared/formula/reasons';
import { reasonsHere } from './reasons-service';

const t = formulaText.errors;

function loadPrescription(ctx: AppContext, prescriptionId: string) {
  const row = ctx.db
    .select({ prescription: prescriptions, infant: infants, caregiverNationalId: caregivers.nationalId })
    .from(prescriptions)
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(and(eq(prescriptions.id, prescriptionId), eq(prescriptions.deleted, false)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', t.prescriptionNotFound);
  return row;
}

function deliveriesOf(ctx: AppContext, prescriptionId: string) {
  return ctx.db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.prescriptionId, prescriptionId), eq(deliveries.deleted, false)))
    .orderBy(asc(deliveries.deliveryDate), asc(deliveries.createdAt))
    .all();
}

function activeDeliveries(ctx: AppContext, prescriptionId: string) {
  return ctx.db
    .select({ cans800: deliveries.cans800, cans1kg: deliveries.cans1kg })
    .from(deliveries)
    .where(and(eq(deliveries.prescriptionId, prescriptionId), eq(deliveries.deleted, false), isNull(deliveries.voidedAt)))
    .all();
}

/** A prescription's entitlement as deliveries under it may use it: lowered to what remains for the infant. */
function usableEntitlement(ctx: AppContext, prescription: PrescriptionRow, infant: { birthDate: string }, today: string) {
  const own = entitlementOf(prescription, infant, today);
  const context = infantContext(ctx, prescription.infantId, today);
  return { own, usable: withinInfantCap(own, prescription.id, context.prescriptions, context.delivered), infant: infantBalance(context.prescriptions, context.delivered) };
}

export function prescriptionStatus(ctx: AppContext, prescriptionId: string): PrescriptionStatus {
  const { prescription, infant } = loadPrescription(ctx, prescriptionId);
  const { own: entitlement, usable, infant: balance } = usableEntitlement(ctx, prescription, infant, todayIso(ctx));
  const rows = deliveriesOf(ctx, prescriptionId);
  // A closed prescription takes nothing more: nothing remains of it (its deliveries keep counting).
  const remaining = remainingAfter(
    prescription.status === 'closed' ? { gramsAllowed: 0 } : usable,
    rows.filter((row) => row.voidedAt === null),
  );
  const list: DeliveryRow[] = rows.map((row) => ({
    id: row.id,
    deliveryDate: row.deliveryDate,
    cans800: row.cans800,
    cans1kg: row.cans1kg,
    grams: gramsOf(row),
    receivedByNationalId: row.receivedByNationalId,
    receivedByName: row.receivedByName,
    voided: row.voidedAt !== null,
    voidReason: row.voidReason,
  }));
  return {
    id: prescription.id,
    infantId: prescription.infantId,
    prescriptionDate: prescription.prescriptionDate,
    // The diagnosis only for who may see it (18.3): the entitlement it gives is shown to everyone.
    reasonCode: seesClinical(ctx) ? prescription.reasonCode : '',
    reasonLabel: reasonShown(ctx, prescription.reasonCode),
    counselingDeclaration: findReason(prescription.reasonCode, reasonsHere(ctx))?.needsCounselingDeclaration ?? false,
    durationMonths: prescription.durationMonths,
    maxMonths: entitlement.maxMonths,
    months: entitlement.months,
    gramsAllowed: entitlement.gramsAllowed,
    gramsDelivered: remaining.gramsDelivered,
    gramsRemaining: remaining.gramsRemaining,
    cans800Remaining: remaining.cans800Remaining,
    cans1kgRemaining: remaining.cans1kgRemaining,
    lastDeliveryDay: addDays(entitlement.deliverUntilExclusive, -1),
    status: prescription.status,
    statusOn: prescription.statusOn,
    closeCause: prescription.closeCause,
    statusNote: prescription.statusNote,
    renewsPrescriptionId: prescription.renewsPrescriptionId,
    infantCapGrams: balance.capGrams,
    infantDeliveredGrams: balance.deliveredGrams,
    protocol: protocolOf(ctx, prescription),
    documentFlags: ctx.sqlite
      .prepare("SELECT flag_message FROM attachment_links WHERE record_table = 'prescriptions' AND record_id = ? AND deleted = 0 AND replaced_by_link_id IS NULL AND flag_message != ''")
      .pluck()
      .all(prescription.id) as string[],
    pendingDocument: !hasPrescriptionDocument(ctx, prescription.id),
    deliveries: list,
  };
}

function protocolOf(ctx: AppContext, prescription: PrescriptionRow): PrescriptionStatus['protocol'] {
  const checks = readProtocolChecks(prescription.protocolChecks);
  return { checks, complete: protocolComplete(checks), checkedBy: userName(ctx, prescription.protocolCheckedBy), checkedAt: prescription.protocolCheckedAt };
}

const REFUSAL_FIELD: Record<DeliveryRefusal['code'], string> = {
  NO_CANS: 'cans800',
  BAD_CAN_COUNT: 'cans800',
  DATE_IN_FUTURE: 'deliveryDate',
  PRESCRIPTION_SUSPENDED: 'deliveryDate',
  PRESCRIPTION_CLOSED: 'deliveryDate',
  BEFORE_PRESCRIPTION: 'deliveryDate',
  AFTER_ENTITLEMENT: 'deliveryDate',
  EXCEEDS_REMAINING: 'cans800',
};

/** Rules 9–10: refused, with what remains, if it would exceed the entitlement. Checked inside the transaction. */
export function createDelivery(
  ctx: AppContext,
  input: z.output<typeof newDeliverySchema>,
  source: 'form' | 'batch' = 'form',
  id: string | null = null,
): PrescriptionStatus {
  const siteId = requireLocalSiteId(ctx);
  const { prescription, infant, caregiverNationalId } = loadPrescription(ctx, input.prescriptionId);
  requireNotCovered(ctx, caregiverNationalId, 'cans800');
  if (!hasPrescriptionDocument(ctx, prescription.id)) throw new AppError('CONFLICT', t.pendingDocument, { _: t.pendingDocument });
  if (!input.confirmRepeat) warnRepeat(ctx, prescription.infantId, input.deliveryDate);
  const today = todayIso(ctx);
  const deliveryId = id ?? newId(ctx.now());
  inTransaction(ctx, () => {
    // Read inside the transaction: a delivery under the infant's other prescription counts too (14.3).
    const { usable } = usableEntitlement(ctx, prescription, infant, today);
    const check = checkDelivery(
      usable,
      prescription.prescriptionDate,
      activeDeliveries(ctx, prescription.id),
      { cans800: input.cans800, cans1kg: input.cans1kg, date: input.deliveryDate },
      today,
      { status: prescription.status, statusOn: prescription.statusOn },
    );
    if (!check.ok) throw fieldError(REFUSAL_FIELD[check.refusal.code], deliveryRefusalMessage(check.refusal));
    const now = ctx.now();
    ctx.db
      .insert(deliveries)
      .values({
        id: deliveryId,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        prescriptionId: prescription.id,
        deliveryDate: input.deliveryDate,
        cans800: input.cans800,
        cans1kg: input.cans1kg,
        receivedByNationalId: input.receivedByNationalId,
        receivedByName: input.receivedByName,
        source,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, {
      action: 'formula.deliveryCreate',
      recordTable: 'deliveries',
      recordId: deliveryId,
      detail: `${input.cans800} × 800 g, ${input.cans1kg} × 1 kg; quedan ${formatThousands(check.remainingAfter.gramsRemaining)} g`,
    });
  });
  return prescriptionStatus(ctx, prescription.id);
}

/** Rule 6: a prescription takes deliveries once its scanned image is attached (a sheet's admission comes without). */
export function hasPrescriptionDocument(ctx: AppContext, prescriptionId: string): boolean {
  return (
    ctx.sqlite
      .prepare("SELECT 1 FROM attachment_links WHERE record_table = 'prescriptions' AND record_id = ? AND kind = 'prescription' AND deleted = 0 AND replaced_by_link_id IS NULL")
      .get(prescriptionId) !== undefined
  );
}

/**
 * The same delivery typed twice (on this screen and on the paper sheet, or received in a bundle) looks
 * like two deliveries less than a week apart to the same infant (issue 14.8): warned, showing the earlier
 * one, and saved only when the registrar confirms it is another.
 */
function warnRepeat(ctx: AppContext, infantId: string, date: string): void {
  const near = ctx.db
    .select({ date: deliveries.deliveryDate, cans800: deliveries.cans800, cans1kg: deliveries.cans1kg })
    .from(deliveries)
    .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
    .where(and(eq(prescriptions.infantId, infantId), eq(deliveries.deleted, false), isNull(deliveries.voidedAt), gt(deliveries.deliveryDate, addDays(date, -7)), lt(deliveries.deliveryDate, addDays(date, 7))))
    .orderBy(desc(deliveries.deliveryDate))
    .get();
  if (!near) return;
  const cans = [near.cans800 ? `${near.cans800} × 800 g` : '', near.cans1kg ? `${near.cans1kg} × 1 kg` : ''].filter(Boolean).join(' y ');
  const message = t.repeatDelivery(showIsoDate(near.date), cans);
  throw new AppError('CONFLICT', message, { confirmRepeat: message });
}

/** A delivery is never deleted: voiding keeps it, with who, when and why. */
export function voidDelivery(ctx: AppContext, input: z.output<typeof voidDeliverySchema>): PrescriptionStatus {
  const siteId = requireLocalSiteId(ctx);
  const row = ctx.db
    .select()
    .from(deliveries)
    .where(and(eq(deliveries.id, input.deliveryId), eq(deliveries.deleted, false)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', t.deliveryNotFound);
  if (row.voidedAt !== null) throw new AppError('CONFLICT', t.alreadyVoided);
  inTransaction(ctx, () => {
    const now = ctx.now();
    ctx.db
      .update(deliveries)
      .set({ voidedAt: now, voidedBy: ctx.session.current?.userId ?? null, voidReason: input.reason, hlc: issueStamp(ctx.db, siteId, now) })
      .where(eq(deliveries.id, row.id))
      .run();
    recordAudit(ctx, { action: 'formula.deliveryVoid', recordTable: 'deliveries', recordId: row.id, detail: input.reason });
  });
  return prescriptionStatus(ctx, row.prescriptionId);
}

/** An infant's prescriptions, newest first, each with what was delivered and what remains. */
export function infantPrescriptions(ctx: AppContext, infantId: string): PrescriptionStatus[] {
  const ids = ctx.db
    .select({ id: prescriptions.id })
    .from(prescriptions)
    .where(and(eq(prescriptions.infantId, infantId), eq(prescriptions.deleted, false)))
    .orderBy(desc(prescriptions.prescriptionDate), desc(prescriptions.createdAt))
    .all();
  return ids.map((row) => prescriptionStatus(ctx, row.id));
}
