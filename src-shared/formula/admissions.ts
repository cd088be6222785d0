import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation';
import type { PrescriptionReason } from './reasons';
import { isoDateSchema, LIMITS, nationalIdSchema } from './schemas';

/**
 * Admissions typed from the weekly paper sheet (issue 14.10; seed 004: a facility may record admissions
 * and deliveries on paper and type them at the end of the week). One line: the caregiver, the infant and
 * the prescription, read with the same rules as the forms. The scanned prescription comes later (scan
 * tray): until it is attached the prescription takes no delivery.
 */
export const ADMISSION_COLUMNS = [
  'caregiverNationalId',
  'caregiverFirstNames',
  'caregiverLastNames',
  'caregiverPhone',
  'infantFirstNames',
  'infantLastNames',
  'infantNationalId',
  'infantBirthDate',
  'prescriptionDate',
  'reasonCode',
  'durationMonths',
  'replacement',
  'gramsPerMonth',
  'prescriberName',
  'prescriberLicence',
] as const;
export type AdmissionColumn = (typeof ADMISSION_COLUMNS)[number];

/**
 * An admission is two lines of the printed sheet and of the screen, in this order: who (caregiver and
 * infant), then the prescription. One layout for paper and screen, so the typist reads straight across.
 */
export const ADMISSION_LINES: readonly (readonly AdmissionColumn[])[] = [ADMISSION_COLUMNS.slice(0, 8), ADMISSION_COLUMNS.slice(8)];

/**
 * Reasons that need more than a line of the sheet (the HIV section, the signed counselling declaration,
 * gestational age and birth weight) are registered on the Fórmula screen; the others may come on paper.
 */
export function admissibleOnSheet(reason: Pick<PrescriptionReason, 'needsHivFields' | 'needsCounselingDeclaration' | 'rule'>): boolean {
  return !reason.needsHivFields && !reason.needsCounselingDeclaration && reason.rule !== 'prematureCorrectedAge';
}

export const admissionRowSchema = z.object({
  /** Made by the screen for each line and kept in its draft: the same line sent twice is saved once. */
  rowKey: z.uuid(),
  prescriptionDate: isoDateSchema,
  caregiverNationalId: nationalIdSchema,
  caregiverFirstNames: requiredText('los nombres del responsable'),
  caregiverLastNames: requiredText('los apellidos del responsable'),
  caregiverPhone: optionalText(40).default(''),
  infantFirstNames: requiredText('los nombres del lactante'),
  infantLastNames: requiredText('los apellidos del lactante'),
  infantNationalId: z.union([z.literal(''), nationalIdSchema]).default(''),
  infantBirthDate: isoDateSchema,
  reasonCode: z.string().min(1, { error: 'Elija el motivo.' }).max(64),
  durationMonths: z.coerce.number({ error: 'La duración es de 1 a 6 meses.' }).int().min(1, { error: 'La duración es de 1 a 6 meses.' }).max(LIMITS.durationMonths, { error: 'La duración es de 1 a 6 meses.' }),
  replacement: z.enum(['total', 'partial'], { error: 'Elija total o parcial.' }),
  /** Only for partial replacement: the grams a month the prescription states. */
  gramsPerMonth: z.preprocess((value) => (value === '' || value === undefined ? 0 : value), z.coerce.number().int().min(0).max(LIMITS.gramsPerMonth)).default(0),
  prescriberName: requiredText('quién prescribe'),
  prescriberLicence: requiredText('la colegiatura o matrícula'),
});
export type AdmissionRowInput = z.input<typeof admissionRowSchema>;

/** Rows are read one by one in main: a bad cell refuses its line, not the sheet. */
export const admissionsSchema = z.object({ rows: z.array(z.record(z.string(), z.unknown())).min(1).max(100) });

export type AdmissionResult =
  | { readonly index: number; readonly ok: true; readonly prescriptionId: string; readonly infantName: string; readonly alreadySaved: boolean }
  | { readonly index: number; readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** A prescription saved without its scanned image: listed until one is attached. */
export interface PendingDocument {
  readonly prescriptionId: string;
  readonly prescriptionDate: string;
  readonly infantName: string;
  readonly caregiverNationalId: string;
}
