import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import { daysInMonth } from '../../src-shared/common/dates';
import { gramsOf } from '../../src-shared/formula/entitlement';
import { protocolComplete, readProtocolChecks } from '../../src-shared/formula/protocol';
import { reasonLabel } from '../formula/reasons-service';
import { formulaText } from '../../src-shared/formula/text-fields';
import type { DeclarationData } from '../../src-shared/printing/counselling-declaration';
import type { DeliveriesReportData } from '../../src-shared/printing/deliveries-report';
import type { ReceiptData } from '../../src-shared/printing/delivery-receipt';
import type { PrescriptionModelData } from '../../src-shared/printing/prescription-model';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { prescriptionStatus } from '../formula/deliveries-service';
import { caregivers, deliveries, infants, prescriptions } from '../formula/formula.schema';
import { localSite } from '../site/site-service';
import { reasonsShown, seesClinical } from '../formula/clinical';

const fullName = (row: { firstNames: string; lastNames: string }) => `${row.firstNames} ${row.lastNames}`;

export function siteHeader(ctx: AppContext): ReceiptData['site'] {
  const site = localSite(ctx);
  return { name: site?.name ?? '', code: site?.code ?? '', microNetwork: site?.microNetwork ?? '', network: site?.network ?? '' };
}

function loadPrescription(ctx: AppContext, id: string) {
  const row = ctx.db
    .select({ prescription: prescriptions, infant: infants, caregiver: caregivers })
    .from(prescriptions)
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(and(eq(prescriptions.id, id), eq(prescriptions.deleted, false)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', formulaText.errors.prescriptionNotFound);
  return row;
}

export function prescriptionModelData(ctx: AppContext, prescriptionId: string | null): PrescriptionModelData {
  const facility = localSite(ctx)?.name ?? '';
  if (!prescriptionId) return { facility, prescription: null };
  const { prescription: p, infant, caregiver } = loadPrescription(ctx, prescriptionId);
  return {
    facility,
    prescription: {
      prescriptionDate: p.prescriptionDate,
      infantName: fullName(infant),
      infantNationalId: infant.nationalId,
      infantBirthDate: infant.birthDate,
      caregiverNationalId: caregiver.nationalId,
      milkType: p.milkType,
      // Printed for who may see it (18.3); the others print a blank line for the doctor to fill.
      diagnosis: seesClinical(ctx) ? reasonLabel(ctx, p.reasonCode) : '',
      durationMonths: p.durationMonths,
      prescriberName: p.prescriberName,
      prescriberProfession: p.prescriberProfession,
      prescriberLicence: p.prescriberLicence,
      protocol: readProtocolChecks(p.protocolChecks),
    },
  };
}

export function declarationData(ctx: AppContext, prescriptionId: string | null): DeclarationData {
  const facility = localSite(ctx)?.name ?? '';
  if (!prescriptionId) return { facility, date: null, infant: null, counsellors: [] };
  const { prescription: p, infant } = loadPrescription(ctx, prescriptionId);
  const counsellors = [
    { name: p.counselor1Name, profession: p.counselor1Profession },
    { name: p.counselor2Name, profession: p.counselor2Profession },
  ].flatMap((c) => (c.name ? [{ name: c.name, profession: c.profession ?? '' }] : []));
  return { facility, date: p.prescriptionDate, infant: { name: fullName(infant), nationalId: infant.nationalId }, counsellors };
}

export interface DeclarationDraft {
  readonly infantId: string;
  readonly prescriptionDate: string;
  readonly counselor1Name: string;
  readonly counselor1Profession: string;
  readonly counselor2Name: string;
  readonly counselor2Profession: string;
}

/** The declaration filled with what the prescription form holds before it is saved (issue 14.7). */
export function draftDeclarationData(ctx: AppContext, draft: DeclarationDraft): DeclarationData {
  const facility = localSite(ctx)?.name ?? '';
  const infant = ctx.db.select().from(infants).where(and(eq(infants.id, draft.infantId), eq(infants.deleted, false))).get();
  if (!infant) throw new AppError('NOT_FOUND', formulaText.errors.infantNotFound);
  const counsellors = [
    { name: draft.counselor1Name, profession: draft.counselor1Profession },
    { name: draft.counselor2Name, profession: draft.counselor2Profession },
  ].filter((c) => c.name.trim() !== '');
  return { facility, date: draft.prescriptionDate || null, infant: { name: fullName(infant), nationalId: infant.nationalId }, counsellors };
}

export function receiptData(ctx: AppContext, deliveryId: string | null): ReceiptData {
  const site = siteHeader(ctx);
  if (!deliveryId) return { site, delivery: null };
  const delivery = ctx.db.select().from(deliveries).where(and(eq(deliveries.id, deliveryId), eq(deliveries.deleted, false))).get();
  if (!delivery) throw new AppError('NOT_FOUND', formulaText.errors.deliveryNotFound);
  const { prescription, infant, caregiver } = loadPrescription(ctx, delivery.prescriptionId);
  const status = prescriptionStatus(ctx, prescription.id);
  const receivedBy = [delivery.receivedByName, delivery.receivedByNationalId && `DNI ${delivery.receivedByNationalId}`].filter(Boolean).join(', ');
  return {
    site,
    delivery: {
      deliveryDate: delivery.deliveryDate,
      voided: delivery.voidedAt !== null,
      caregiverName: fullName(caregiver),
      caregiverNationalId: caregiver.nationalId,
      infantName: fullName(infant),
      infantBirthDate: infant.birthDate,
      prescriptionDate: prescription.prescriptionDate,
      cans800: delivery.cans800,
      cans1kg: delivery.cans1kg,
      grams: gramsOf(delivery),
      receivedBy: receivedBy || fullName(caregiver),
      gramsDelivered: status.gramsDelivered,
      gramsRemaining: status.gramsRemaining,
      cans800Remaining: status.cans800Remaining,
      cans1kgRemaining: status.cans1kgRemaining,
      lastDeliveryDay: status.lastDeliveryDay,
    },
  };
}

/** `YYYY-MM` of today, the report's default month. */
export function currentMonth(ctx: AppContext): string {
  return todayIso(ctx).slice(0, 7);
}

export function deliveriesReportData(ctx: AppContext, month: string): DeliveriesReportData {
  const [year, m] = month.split('-').map(Number) as [number, number];
  // Only the columns the report prints: a month of a busy facility is thousands of rows.
  const rows = ctx.db
    .select({
      date: deliveries.deliveryDate,
      cans800: deliveries.cans800,
      cans1kg: deliveries.cans1kg,
      source: deliveries.source,
      reasonCode: prescriptions.reasonCode,
      protocolChecks: prescriptions.protocolChecks,
      infantId: infants.id,
      firstNames: infants.firstNames,
      lastNames: infants.lastNames,
      caregiverNationalId: caregivers.nationalId,
    })
    .from(deliveries)
    .innerJoin(prescriptions, eq(prescriptions.id, deliveries.prescriptionId))
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(
      and(
        eq(deliveries.deleted, false),
        isNull(deliveries.voidedAt),
        gte(deliveries.deliveryDate, `${month}-01`),
        lte(deliveries.deliveryDate, `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`),
      ),
    )
    .orderBy(asc(deliveries.deliveryDate), asc(deliveries.createdAt))
    .all();
  const reasonOf = reasonsShown(ctx);
  return {
    site: siteHeader(ctx),
    month,
    printedAt: ctx.now(),
    deliveries: rows.map((row) => ({
      date: row.date,
      caregiverNationalId: row.caregiverNationalId,
      infantId: row.infantId,
      infantName: fullName(row),
      reason: reasonOf(row.reasonCode),
      cans800: row.cans800,
      cans1kg: row.cans1kg,
      grams: gramsOf(row),
      source: row.source,
      protocolComplete: protocolComplete(readProtocolChecks(row.protocolChecks)),
    })),
  };
}
