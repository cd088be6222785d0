import { z } from 'zod';
import { dateFromInput } from '../common/dates';

/** A previewed document's address, as `print.*` returned it. */
export const printedUrlSchema = z.object({ url: z.string().regex(/^print\/[0-9a-f-]{36}$/, 'Dirección de formulario no válida.') });

/**
 * The counselling declaration (FI "Ilustración 2") of a saved prescription, or — before saving, since the
 * prescription needs the signed declaration — filled with what is typed on the form (issue 14.7).
 */
export const declarationPrintSchema = z.object({
  prescriptionId: z.uuid().nullable(),
  draft: z
    .object({
      infantId: z.uuid(),
      // As typed: a date not finished yet prints blank rather than refusing the form.
      prescriptionDate: z
        .string()
        .max(20)
        .transform((text) => dateFromInput(text) ?? '')
        .default(''),
      counselor1Name: z.string().max(120).default(''),
      counselor1Profession: z.string().max(120).default(''),
      counselor2Name: z.string().max(120).default(''),
      counselor2Profession: z.string().max(120).default(''),
    })
    .nullable()
    .default(null),
});
