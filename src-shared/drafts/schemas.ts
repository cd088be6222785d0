import { z } from 'zod';

/** Which form a draft belongs to, e.g. `formula.batch`. */
export const draftKeySchema = z.object({ formKey: z.string().regex(/^[a-z][a-zA-Z0-9.]{1,60}$/) });

/** Whatever the form holds (plain JSON); large enough for a week of paper sheets, small enough to autosave. */
export const draftPutSchema = draftKeySchema.extend({
  data: z.json().refine((value) => JSON.stringify(value).length <= 1_000_000, { error: 'El borrador es demasiado grande.' }),
});

export interface Draft {
  readonly data: unknown;
  /** ISO date-time of the last autosave. */
  readonly savedAt: string;
}
