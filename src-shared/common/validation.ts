import { z } from 'zod';
import { es } from 'zod/locales';
import { cleanText } from './clean-text';

// Messages not written out in a schema still reach the user in Spanish.
z.config(es());

/** Field path → first Spanish message for that field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A required, trimmed text field with Spanish messages. */
export function requiredText(label: string, max = 120) {
  return z
    .string({ error: `Escriba ${label}.` })
    .overwrite(cleanText)
    .trim()
    .min(1, { error: `Escriba ${label}.` })
    .max(max, { error: `Use como máximo ${max} caracteres.` });
}

export function optionalText(max = 120) {
  return z
    .string()
    .overwrite(cleanText)
    .trim()
    .max(max, { error: `Use como máximo ${max} caracteres.` });
}
