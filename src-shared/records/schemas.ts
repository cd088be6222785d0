import { z } from 'zod';

export const editFormSchema = z.object({ table: z.string().min(1).max(64), id: z.uuid() });

/** Only the fields that changed, as typed; main reads them against the record as it is. */
export const editSchema = editFormSchema.extend({
  changes: z.record(z.string().max(64), z.string().max(20_000)),
  reason: z.string().trim().max(500).default(''),
});

export const mergeSchema = z.object({
  table: z.enum(['caregivers', 'infants']),
  survivorId: z.uuid(),
  duplicateId: z.uuid(),
  reason: z.string().trim().max(500).default(''),
});
