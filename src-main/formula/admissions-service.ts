import { and, desc, eq, isNull, notExists, sql } from 'drizzle-orm';
import { foldForSearch } from '../../src-shared/common/text';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import { admissibleOnSheet, admissionRowSchema, type AdmissionResult, type PendingDocument } from '../../src-shared/formula/admissions';
import { findReason } from '../../src-shared/formula/reasons';
import { formulaText } from '../../src-shared/formula/text-fields';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { attachmentLinks } from '../attachments/attachments.schema';
import { requireLocalSiteId } from '../site/site-service';
import { createCaregiver, createInfant, findByNationalId, getCaregiver } from './caregivers-service';
import { requireNotCovered } from './coverage-service';
import { caregivers, infants, prescriptions } from './formula.schema';
import { createPrescription } from './prescriptions-service';
import { reasonsHere } from './reasons-service';

const t = formulaText.errors;

/** A step's field errors under the sheet's column names. */
function renamed(error: AppError, names: Readonly<Record<string, string>>): Record<string, string> {
  const fields = error.fieldErrors ?? { _: error.message };
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [names[field] ?? field, message]));
}

async function step<T>(names: Readonly<Record<string, string>>, work: () => T | Promise<T>): Promise<T | Record<string, string>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return { __errors: 'yes', ...renamed(error, names) };
    throw error;
  }
}
const failed = (value: unknown): value is Record<string, string> => typeof value === 'object' && value !== null && '__errors' in value;
const errorsOf = (value: Record<string, string>) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== '__errors'));

/**
 * One admission line of the weekly sheet (issue 14.10): the caregiver (found by DNI, or registered with
 * the padrón checked), the infant (found under the caregiver by DNI or by name and birth date, or
 * registered with the duplicate checks) and the prescription, with the same rules as the forms; its scan
 * comes later. Each step is its own write: a line refused at the prescription keeps the people it
 * registered, and sending it again finds them.
 */
async function saveAdmission(ctx: AppContext, raw: unknown, index: number): Promise<AdmissionResult> {
  const parsed = admissionRowSchema.safeParse(raw);
  if (!parsed.success) return { index, ok: false, errors: fieldErrorsOf(parsed.error) };
  const row = parsed.data;
  const before = ctx.db.select({ id: prescriptions.id, infantId: prescriptions.infantId }).from(prescriptions).where(eq(prescriptions.id, row.rowKey)).get();
  if (before) {
    const infant = ctx.db.select().from(infants).where(eq(infants.id, before.infantId)).get();
    return { index, ok: true, prescriptionId: before.id, infantName: infant ? `${infant.firstNames} ${infant.lastNames}` : '', alreadySaved: true };
  }
  const reason = findReason(row.reasonCode, reasonsHere(ctx).filter((r) => r.active));
  if (!reason) return { index, ok: false, errors: { reasonCode: t.reasonUnknown } };
  if (!admissibleOnSheet(reason)) return { index, ok: false, errors: { reasonCode: t.admissionReasonNeedsForm } };

  const caregiver = await step({ nationalId: 'caregiverNationalId', firstNames: 'caregiverFirstNames', lastNames: 'caregiverLastNames', phone: 'caregiverPhone' }, () => {
    const found = findByNationalId(ctx, row.caregiverNationalId);
    if (found) {
      requireNotCovered(ctx, row.caregiverNationalId, 'nationalId');
      return getCaregiver(ctx, found.id);
    }
    if (!row.caregiverPhone) throw new AppError('VALIDATION', t.admissionContact, { phone: t.admissionContact });
    return createCaregiver(ctx, { nationalId: row.caregiverNationalId, firstNames: row.caregiverFirstNames, lastNames: row.caregiverLastNames, birthDate: '', sex: null, phone: row.caregiverPhone, email: '', address: '', coverageChecked: true });
  });
  if (failed(caregiver)) return { index, ok: false, errors: errorsOf(caregiver) };

  const folded = foldForSearch(`${row.infantFirstNames} ${row.infantLastNames}`);
  const known = caregiver.infants.find((i) => (row.infantNationalId && i.nationalId === row.infantNationalId) || (foldForSearch(`${i.firstNames} ${i.lastNames}`) === folded && i.birthDate === row.infantBirthDate));
  const infantId = known
    ? known.id
    : await step({ nationalId: 'infantNationalId', birthDate: 'infantBirthDate', firstNames: 'infantFirstNames', lastNames: 'infantLastNames', confirmLikelyDuplicate: 'infantFirstNames' }, () => {
        const updated = createInfant(ctx, { caregiverId: caregiver.id, confirmLikelyDuplicate: false, firstNames: row.infantFirstNames, lastNames: row.infantLastNames, nationalId: row.infantNationalId, birthDate: row.infantBirthDate, sex: null });
        const added = updated.infants.find((i) => !caregiver.infants.some((c) => c.id === i.id));
        if (!added) throw new AppError('INTERNAL', t.infantNotFound);
        return added.id;
      });
  if (typeof infantId !== 'string') return { index, ok: false, errors: errorsOf(infantId) };

  const created = await step({}, () =>
    createPrescription(
      ctx,
      {
        infantId,
        renewsPrescriptionId: null,
        prescriptionDate: row.prescriptionDate,
        reasonCode: row.reasonCode,
        milkType: 'Fórmula de inicio',
        replacement: row.replacement,
        gramsPerMonth: row.gramsPerMonth,
        durationMonths: row.durationMonths,
        monthsOverride: null,
        gestationalWeeks: null,
        birthWeightGrams: null,
        prescriberName: row.prescriberName,
        prescriberProfession: '',
        prescriberLicence: row.prescriberLicence,
        hivCaregiverBirthDate: '',
        hivCaregiverSex: null,
        hivViralLoad: '',
        hivModality: '',
        counselor1Name: '',
        counselor1Profession: '',
        counselor2Name: '',
        counselor2Profession: '',
        prescriptionImage: null,
        counselingDeclaration: null,
      },
      { pendingDocument: true, id: row.rowKey },
    ),
  );
  if (failed(created)) return { index, ok: false, errors: errorsOf(created) };
  return { index, ok: true, prescriptionId: created.id, infantName: `${row.infantFirstNames} ${row.infantLastNames}`, alreadySaved: false };
}

export async function saveAdmissions(ctx: AppContext, rows: readonly unknown[]): Promise<AdmissionResult[]> {
  const results: AdmissionResult[] = [];
  for (const [index, row] of rows.entries()) results.push(await saveAdmission(ctx, row, index));
  return results;
}

/** This site's prescriptions still without their scanned image (sheet admissions), not closed. */
export function pendingDocuments(ctx: AppContext): PendingDocument[] {
  const linked = ctx.db
    .select({ one: sql`1` })
    .from(attachmentLinks)
    .where(
      and(
        eq(attachmentLinks.recordTable, 'prescriptions'),
        eq(attachmentLinks.recordId, prescriptions.id),
        eq(attachmentLinks.kind, 'prescription'),
        eq(attachmentLinks.deleted, false),
        isNull(attachmentLinks.replacedByLinkId),
      ),
    );
  return ctx.db
    .select({ prescriptionId: prescriptions.id, prescriptionDate: prescriptions.prescriptionDate, first: infants.firstNames, last: infants.lastNames, caregiverNationalId: caregivers.nationalId })
    .from(prescriptions)
    .innerJoin(infants, eq(infants.id, prescriptions.infantId))
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(and(eq(prescriptions.ownerSiteId, requireLocalSiteId(ctx)), eq(prescriptions.deleted, false), sql`${prescriptions.status} != 'closed'`, notExists(linked)))
    .orderBy(desc(prescriptions.prescriptionDate))
    .all()
    .map((r) => ({ prescriptionId: r.prescriptionId, prescriptionDate: r.prescriptionDate, infantName: `${r.first} ${r.last}`, caregiverNationalId: r.caregiverNationalId }));
}
