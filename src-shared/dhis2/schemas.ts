import { z } from 'zod';
import { optionalText } from '../common/validation';
import { parseDhis2Period } from './periods';
import { dhis2Text } from './text';

export const mappingImportSchema = z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(5_000_000) });

const period = z
  .string({ error: dhis2Text.errors.badPeriod })
  .trim()
  .refine((text) => parseDhis2Period(text) !== null, { error: dhis2Text.errors.badPeriod })
  .transform((text) => text.toUpperCase());

export const dhis2ExportSchema = z.object({ period, format: z.enum(['json', 'csv']).default('json') });

export const dhis2PushSchema = z.object({ period, dryRun: z.boolean() });

export const dhis2ServerSchema = z.object({
  url: z
    .string({ error: dhis2Text.errors.badUrl })
    .trim()
    .max(300)
    .refine((text) => /^https?:\/\/[^\s/]+/i.test(text), { error: dhis2Text.errors.badUrl })
    .transform((text) => text.replace(/\/+$/, '')),
  username: optionalText(120).pipe(z.string().min(1, { error: 'Escriba el usuario de DHIS2.' })),
  /** Empty keeps the password saved before. */
  password: z.string().max(300).default(''),
});
