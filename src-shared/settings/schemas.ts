import { z } from 'zod';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../session/idle';
import { settingsText } from './text';

const idleError = settingsText.errors.idleRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES);

export const settingsSchema = z.object({
  idleMinutes: z.coerce
    .number({ error: idleError })
    .int({ error: idleError })
    .min(MIN_IDLE_MINUTES, { error: idleError })
    .max(MAX_IDLE_MINUTES, { error: idleError }),
  absenceThreshold: z.coerce
    .number({ error: settingsText.errors.absenceThreshold })
    .int({ error: settingsText.errors.absenceThreshold })
    .min(1, { error: settingsText.errors.absenceThreshold })
    .max(10, { error: settingsText.errors.absenceThreshold })
    // Left out by a caller that does not show it: the current value stays.
    .optional(),
  /** Where the scanner software saves; empty when there is no scanner. */
  scanInboxFolder: z.string().trim().max(500, { error: settingsText.errors.folderTooLong }).default(''),
});
export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = Required<z.output<typeof settingsSchema>>;
export type SettingsUpdate = z.output<typeof settingsSchema>;
