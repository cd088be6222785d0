import { z } from 'zod';
import { isIsoDate } from '../common/dates';
import { optionalText, requiredText } from '../common/validation';
import { normalizeDigits } from '../site/countries';
import { formulaText } from './text-fields';

const t = formulaText.errors;

/** A date as the form sends it (aaaa-mm-dd from a date input); impossible dates are refused. */
export const isoDateSchema = z.string({ error: t.date }).refine(isIsoDate, { error: t.date });

/** Digits only; the country's exact rule is checked in main, where the site's country is known. */
export const nationalIdSchema = z
  .string({ error: t.nationalId })
  .transform(normalizeDigits)
  .refine((id) => /^\d{6,12}$/.test(id), { error: t.nationalId });

export const caregiverSearchSchema = z.object({ query: z.string().trim().min(1, { error: t.searchEmpty }).max(80) });

export const coverageCheckSchema = z.object({ nationalId: nationalIdSchema });

const sexSchema = z.enum(['F', 'M', 'X']).nullable().default(null);

export const newCaregiverSchema = z
  .object({
    nationalId: nationalIdSchema,
    firstNames: requiredText('los nombres'),
    lastNames: requiredText('los apellidos'),
    birthDate: z.union([z.literal(''), isoDateSchema]).default(''),
    sex: sexSchema,
    phone: optionalText(40),
    email: z.union([z.literal(''), z.email({ error: t.email })]).default(''),
    address: optionalText(200),
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
