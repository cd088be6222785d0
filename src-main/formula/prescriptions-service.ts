import { formatThousands } from '../../src-shared/common/text';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { foldForSearch } from '../../src-shared/common/text';
import type { EntitlementRefusal } from '../../src-shared/formula/entitlement';
import { prescriptionEntitlement } from '../../src-shared/formula/prescription-entitlement';
import { findReason, type PrescriptionReason } from '../../src-shared/formula/reasons';
import { reasonsHere } from './reasons-service';
import type { newPrescriptionSchema } from '../../src-shared/formula/schemas';
import { showIsoDate } from '../../src-shared/common/dates';
import { checkNewPrescription } from '../../src-shared/formula/infant-entitlement';
import { entitlementRefusalMessage, newPrescriptionRefusalMessage } from '../../src-shared/formula/text';
import { infantContext } from './infant-context';
import { formulaText } from '../../src-shared/formula/text-fields';
import { sessionText } from '../../src-shared/session/text';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { prepareAttachment, storeAttachment, type PreparedAttachment } from '../attachments/ingest';
import { linkAttachment } from '../attachments/links';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { requireNotCovered } from './coverage-service';
import { caregivers, infants, prescriptions } from './formula.schema';
import { prescriptionStatus } from './deliveries-service';
import type { PrescriptionStatus } from '../../src-shared/contract/types';

type Input = z.output<typeof newPrescriptionSchema>;
const t = formulaText.errors;

const REFUSAL_FIELD: Record<EntitlementRefusal['code'], keyof Input> = {
  PRESCRIPTION_IN_FUTURE: 'prescriptionDate',
  PRESCRIPTION_BEFORE_BIRTH: 'prescriptionDate',
  BIRTH_IN_FUTURE: 'prescriptionDate',
  TOO_OLD: 'prescriptionDate',
  NOT_FIRST_MONTH: 'prescriptionDate',
  PREMATURE_TOO_YOUNG: 'prescriptionDate',
  GESTATIONAL_WEEKS_REQUIRED: 'gestationalWeeks',
  BAD_DURATION: 'durationMonths',
  BAD_PARTIAL_GRAMS: 'gramsPerMonth',
  OVERRIDE_TOO_HIGH: 'monthsOverride',
};

/**
 * The reason in force, with its own requirements met (HIV fields, counselling by two professions, very
 * low birth weight), the entitlement and the scan: every problem of the form at once (issue 14.7).
 */
function checkPrescriptionFields(ctx: AppContext, input: Input, birthDate: string, pendingDocument = false): { reason: PrescriptionReason; gramsPerMonth: number; months: number; gramsAllowed: number } {
  const errors: Record<string, string> = {};
  const reason = findReason(input.reasonCode, reasonsHere(ctx).filter((r) => r.active));
  if (!reason) errors.reasonCode = t.reasonUnknown;
  if (reason?.needsHivFields && (!input.hivCaregiverBirthDate || !input.hivCaregiverSex || !input.hivViralLoad || !input.hivModality)) errors.hivViralLoad = t.hivFields;
  if (reason?.needsCounselingDeclaration) {
    const names = [input.counselor1Name, input.counselor2Name];
    const professions = [input.counselor1Profession, input.counselor2Profession].map(foldForSearch);
    if (names.some((name) => !name) || professions.some((p) => !p) || professions[0] === professions[1]) errors.counselor2Profession = t.counselors;
    if (!input.counselingDeclaration) errors.counselingDeclaration = t.counselingDeclaration;
  }
  if (reason?.rule === 'prematureCorrectedAge' && (!input.birthWeightGrams || input.birthWeightGrams >= 1500)) errors.birthWeightGrams = t.birthWeight;
  const entitlement = prescriptionEntitlement({ ...input, birthDate }, todayIso(ctx));
  if (!entitlement.ok) errors[REFUSAL_FIELD[entitlement.refusal.code]] ??= entitlementRefusalMessage(entitlement.refusal);
  if (!input.prescriptionImage && !pendingDocument) errors.prescriptionImage = t.prescriptionImage;
  if (!reason || !entitlement.ok || Object.keys(errors).length > 0) throw new AppError('VALIDATION', sessionText.errors.validation, errors);
  return { reason, ...entitlement.value };
}

/** One current prescription per infant, and never past what the program gives it (issue 14.3). */
function requireNewPrescriptionAllowed(ctx: AppContext, input: Input): void {
  const context = infantContext(ctx, input.infantId, todayIso(ctx));
  const check = checkNewPrescription(context.prescriptions, context.delivered, input.prescriptionDate, input.renewsPrescriptionId);
  if (!check.ok) {
    const field = check.refusal.code === 'RENEWAL_BEFORE_CURRENT' ? 'prescriptionDate' : '_';
    throw new AppError('CONFLICT', newPrescriptionRefusalMessage(check.refusal), { [field]: newPrescriptionRefusalMessage(check.refusal) });
  }
}

async function prepareDocument(field: string, file: { fileName: string; dataBase64: string }): Promise<PreparedAttachment> {
  try {
    return await prepareAttachment(file.fileName, Buffer.from(file.dataBase64, 'base64'));
  } catch (error) {
    if (error instanceof AppError) throw fieldError(field, error.message);
    throw error;
  }
}

/**
 * Rules 5–9 and 3: validates against the entitlement engine, checks and stores the scanned documents
 * (all before the transaction), then records the prescription and links its documents together.
 */
export interface PrescriptionOptions {
  /** A line of the weekly sheet's admissions (issue 14.10): saved before its scan, which comes later. */
  readonly pendingDocument?: boolean;
  /** The sheet line's key, so the same line sent twice is one prescription. */
  readonly id?: string;
}

export async function createPrescription(ctx: AppContext, input: Input, options: PrescriptionOptions = {}): Promise<PrescriptionStatus> {
  const siteId = requireLocalSiteId(ctx);
  const infant = ctx.db.select().from(infants).where(and(eq(infants.id, input.infantId), eq(infants.deleted, false))).get();
  if (!infant) throw new AppError('NOT_FOUND', t.infantNotFound);
  const caregiver = ctx.db.select({ nationalId: caregivers.nationalId }).from(caregivers).where(eq(caregivers.id, infant.caregiverId)).get();
  if (caregiver) requireNotCovered(ctx, caregiver.nationalId, '_');
  const checked = checkPrescriptionFields(ctx, input, infant.birthDate, options.pendingDocument);
  const { reason } = checked;
  requireNewPrescriptionAllowed(ctx, input);
  const image = input.prescriptionImage ? storeAttachment(ctx, await prepareDocument('prescriptionImage', input.prescriptionImage)) : null;
  if (!image && !options.pendingDocument) throw fieldError('prescriptionImage', t.prescriptionImage);
  const declaration = input.counselingDeclaration
    ? storeAttachment(ctx, await prepareDocument('counselingDeclaration', input.counselingDeclaration))
    : null;

  const id = inTransaction(ctx, () => {
    // Again inside the transaction: two prescriptions saved at once cannot both be the current one.
    requireNewPrescriptionAllowed(ctx, input);
    const now = ctx.now();
    const created = options.id ?? newId(now);
    if (input.renewsPrescriptionId) {
      ctx.db
        .update(prescriptions)
        .set({ status: 'closed', statusOn: input.prescriptionDate, closeCause: 'renewed', statusNote: '', hlc: issueStamp(ctx.db, siteId, now) })
        .where(eq(prescriptions.id, input.renewsPrescriptionId))
        .run();
      recordAudit(ctx, { action: 'formula.prescriptionState', recordTable: 'prescriptions', recordId: input.renewsPrescriptionId, detail: `Vigente → Cerrada (renovada) el ${showIsoDate(input.prescriptionDate)}` });
    }
    ctx.db
      .insert(prescriptions)
      .values({
        infantId: input.infantId,
        renewsPrescriptionId: input.renewsPrescriptionId,
        prescriptionDate: input.prescriptionDate,
        reasonCode: input.reasonCode,
        milkType: input.milkType,
        replacement: input.replacement,
        durationMonths: input.durationMonths,
        monthsOverride: input.monthsOverride,
        gestationalWeeks: input.gestationalWeeks,
        birthWeightGrams: input.birthWeightGrams,
        prescriberName: input.prescriberName,
        prescriberProfession: input.prescriberProfession,
        prescriberLicence: input.prescriberLicence,
        hivCaregiverSex: input.hivCaregiverSex,
        id: created,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        gramsPerMonth: checked.gramsPerMonth,
        hivCaregiverBirthDate: input.hivCaregiverBirthDate || null,
        hivViralLoad: input.hivViralLoad || null,
        hivModality: input.hivModality || null,
        counselor1Name: input.counselor1Name || null,
        counselor1Profession: input.counselor1Profession || null,
        counselor2Name: input.counselor2Name || null,
        counselor2Profession: input.counselor2Profession || null,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    const target = { recordTable: 'prescriptions' as const, recordId: created, replacesLinkId: null };
    if (image) linkAttachment(ctx, image, { ...target, kind: 'prescription' });
    if (declaration) linkAttachment(ctx, declaration, { ...target, kind: 'counselingDeclaration' });
    recordAudit(ctx, {
      action: 'formula.prescriptionCreate',
      recordTable: 'prescriptions',
      recordId: created,
      detail: `${reason.label}; ${checked.months} ${checked.months === 1 ? 'mes' : 'meses'}, ${formatThousands(checked.gramsAllowed)} g${image ? '' : '; planilla, pendiente de la receta escaneada'}`,
    });
    return created;
  });
  return prescriptionStatus(ctx, id);
}
