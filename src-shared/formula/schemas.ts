import { z } from 'zod';
import { dateFromInput, isPlausibleIsoDate } from '../common/dates';
import { optionalText, requiredText } from '../common/validation';
import { normalizeDigits } from '../site/countries';
import { formulaText } from './text-fields';

const t = formulaText.errors;

/** Limits a stored record keeps too: received rows are held to them (issue 17.9). */
export const LIMITS = {
  cansPerDelivery: 40,
  gramsPerMonth: 4000,
  durationMonths: 6,
  stockQuantity: 10_000,
} as const;

/** A date as typed (dd/mm/aaaa, or aaaa-mm-dd), stored as aaaa-mm-dd; impossible dates are refused. */
export const isoDateSchema = z
  .string({ error: t.date })
  .transform((text) => dateFromInput(text) ?? text)
  .refine(isPlausibleIsoDate, { error: t.date });

/** Digits only; the country's exact rule is checked in main, where the site's country is known. */
export const nationalIdSchema = z
  .string({ error: t.nationalId })
  .transform(normalizeDigits)
  .refine((id) => /^\d{6,12}$/.test(id), { error: t.nationalId });

export const caregiverSearchSchema = z.object({ query: z.string().trim().min(1, { error: t.searchEmpty }).max(80) });

export const coverageCheckSchema = z.object({ nationalId: nationalIdSchema });

// A select's empty choice ('') means no data.
const sexSchema = z
  .union([z.literal('').transform(() => null), z.enum(['F', 'M', 'X'])])
  .nullable()
  .default(null);

export const newCaregiverSchema = z
  .object({
    nationalId: nationalIdSchema,
    firstNames: requiredText('los nombres'),
    lastNames: requiredText('los apellidos'),
    birthDate: z.union([z.literal(''), isoDateSchema]).default(''),
    sex: sexSchema,
    phone: optionalText(40).default(''),
    email: z.union([z.literal(''), z.email({ error: t.email })]).default(''),
    address: optionalText(200).default(''),
    /** Staff confirm they checked the coverage list (rule 4). */
    coverageChecked: z.literal(true, { error: t.coverageNotChecked }),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.email && !value.address) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: t.contactRequired });
    }
  });
export type NewCaregiverInput = z.input<typeof newCaregiverSchema>;

export const newInfantSchema = z.object({
  caregiverId: z.uuid(),
  /** The registrar saw the likely duplicate and says it is another infant. */
  confirmLikelyDuplicate: z.boolean().default(false),
  firstNames: requiredText('los nombres'),
  lastNames: requiredText('los apellidos'),
  nationalId: z.union([z.literal(''), nationalIdSchema]).default(''),
  birthDate: isoDateSchema,
  sex: sexSchema,
});
export type NewInfantInput = z.input<typeof newInfantSchema>;

export const coverageImportSchema = z.object({
  fileName: z.string().min(1).max(255),
  listDate: isoDateSchema,
  /** The file's bytes, base64: decoding (UTF-8 or Latin-1) happens in main. */
  dataBase64: z.string().max(40_000_000),
});

/** An optional whole number typed in a form: an empty field means no value. */
function optionalInt(min: number, max: number, error: string) {
  return z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    z.union([z.null(), z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error })]),
  );
}

const fileUpload = z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(30_000_000) });

export const newPrescriptionSchema = z.object({
  infantId: z.uuid(),
  /** A renewal after reassessment: the current prescription it replaces (closed on this one's date). */
  renewsPrescriptionId: z.uuid().nullable().default(null),
  prescriptionDate: isoDateSchema,
  reasonCode: z.string().min(1, { error: t.reasonRequired }),
  milkType: requiredText('el tipo de leche'),
  replacement: z.enum(['total', 'partial'], { error: t.replacementRequired }),
  gramsPerMonth: z.preprocess((value) => (value === '' || value === undefined ? 0 : value), z.coerce.number().int().min(0).max(LIMITS.gramsPerMonth)).default(0),
  durationMonths: z.coerce.number({ error: t.duration }).int({ error: t.duration }).min(1, { error: t.duration }).max(LIMITS.durationMonths, { error: t.duration }),
  monthsOverride: optionalInt(1, 6, t.monthsOverride).default(null),
  gestationalWeeks: optionalInt(22, 36, t.gestationalWeeks).default(null),
  birthWeightGrams: optionalInt(300, 5000, t.birthWeightRange).default(null),
  prescriberName: requiredText('el nombre de quien prescribe'),
  prescriberProfession: requiredText('la profesión de quien prescribe'),
  prescriberLicence: requiredText('la matrícula o colegiatura'),
  hivCaregiverBirthDate: z.union([z.literal(''), isoDateSchema]).default(''),
  hivCaregiverSex: sexSchema,
  hivViralLoad: optionalText(60).default(''),
  hivModality: optionalText(120).default(''),
  counselor1Name: optionalText().default(''),
  counselor1Profession: optionalText().default(''),
  counselor2Name: optionalText().default(''),
  counselor2Profession: optionalText().default(''),
  /** The scanned prescription (required, rule 6) and, for "decision not to breastfeed", the declaration. */
  prescriptionImage: fileUpload.nullable().default(null),
  counselingDeclaration: fileUpload.nullable().default(null),
});
export type NewPrescriptionInput = z.input<typeof newPrescriptionSchema>;

/** What a delivery says, on the form or on a line of the paper sheet. */
const deliveryFields = {
  deliveryDate: isoDateSchema,
  cans800: z.coerce.number({ error: t.cans }).int({ error: t.cans }).min(0, { error: t.cans }).max(LIMITS.cansPerDelivery, { error: t.cans }),
  cans1kg: z.coerce.number({ error: t.cans }).int({ error: t.cans }).min(0, { error: t.cans }).max(LIMITS.cansPerDelivery, { error: t.cans }),
  receivedByNationalId: z.union([z.literal(''), nationalIdSchema]).default(''),
  receivedByName: optionalText().default(''),
  /** The registrar saw the warning of a delivery to the same infant in the last 7 days, and it is another one. */
  confirmRepeat: z.boolean().default(false),
};

export const newDeliverySchema = z.object({ prescriptionId: z.uuid(), ...deliveryFields });
export type NewDeliveryInput = z.input<typeof newDeliverySchema>;

export const voidDeliverySchema = z.object({
  deliveryId: z.uuid(),
  reason: requiredText('el motivo de la anulación', 300),
});

export const stockReceiptSchema = z
  .object({
    receivedDate: isoDateSchema,
    kind: z.enum(['receipt', 'opening']).default('receipt'),
    canGrams: z.enum(['800', '1000'], { error: t.canSize }),
    quantity: z.coerce.number({ error: t.quantity }).int({ error: t.quantity }).min(1, { error: t.quantity }).max(LIMITS.stockQuantity, { error: t.quantity }),
    lot: requiredText('el número de lote', 60),
    expiryDate: isoDateSchema,
    note: optionalText(200).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.expiryDate <= value.receivedDate) ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: t.expiryBeforeReceipt });
  });
export type StockReceiptInput = z.input<typeof stockReceiptSchema>;

/** One line of the weekly paper sheet (FI rule 12), in the order the printed sheet has its columns. */
export const batchRowSchema = z.object({
  /**
   * Made by the sheet for each line and kept in its draft: the delivery's id. The same line sent twice
   * (a sheet re-sent after a crash, a double click) is saved once (issue 17.4).
   */
  rowKey: z.uuid().nullable().default(null),
  caregiverNationalId: nationalIdSchema,
  /** Only needed when the caregiver has more than one infant with a valid prescription. */
  infantId: z.uuid().nullable().default(null),
  ...deliveryFields,
});

export const batchLookupSchema = z.object({ nationalId: nationalIdSchema, deliveryDate: isoDateSchema });

/** Rows are parsed one by one in main, so that a bad cell refuses its row and not the whole sheet. */
export const batchDeliveriesSchema = z.object({ rows: z.array(z.record(z.string(), z.unknown())).min(1).max(200) });
export type BatchRowInput = z.input<typeof batchRowSchema>;

/** A change to the reason list, made at a microrred or red (no code: a new reason). */
export const reasonChangeSchema = z.object({
  code: z.string().trim().min(1).max(60).optional(),
  label: z.string().trim().min(3, { error: 'Escriba el nombre del motivo (al menos 3 letras).' }).max(200, { error: 'El nombre es demasiado largo (máximo 200 caracteres).' }),
  side: z.enum(['caregiver', 'infant']),
  active: z.boolean(),
});

/** Suspend, resume or close a prescription (seed 004's lifecycle, issue 14.5). */
export const prescriptionStateSchema = z.discriminatedUnion('to', [
  z.object({ prescriptionId: z.uuid(), to: z.literal('suspended'), on: isoDateSchema, note: requiredText('el motivo de la suspensión', 300) }),
  z.object({ prescriptionId: z.uuid(), to: z.literal('active'), on: isoDateSchema, note: optionalText(300).default('') }),
  z.object({
    prescriptionId: z.uuid(),
    to: z.literal('closed'),
    on: isoDateSchema,
    cause: z.enum(['breastfeeding', 'ended', 'movedAway', 'other'], { error: 'Elija por qué se cierra.' }),
    note: optionalText(300).default(''),
  }),
]);
export type PrescriptionStateInput = z.input<typeof prescriptionStateSchema>;
