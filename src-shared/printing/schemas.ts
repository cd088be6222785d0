import { z } from 'zod';

/** A previewed document's address, as `print.*` returned it. */
export const printedUrlSchema = z.object({ url: z.string().regex(/^print\/[0-9a-f-]{36}$/, 'Dirección de formulario no válida.') });
