import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation';
import { isoDateSchema } from '../formula/schemas';
import { FACILITATOR_PROFILE_KEYS } from './facilitator-profile';
import { levelsText } from './text';

/** Hours of one training; births of one jurisdiction in a year (the edit form reads six digits at most). */
export const LEVEL_LIMITS = { trainingHours: 2000, publicBirths: 999_999 } as const;

const hours = (label: string, min = 1) =>
  z
    .number({ error: levelsText.errors.hours(label) })
    .int({ error: levelsText.errors.hours(label) })
    .min(min, { error: levelsText.errors.hours(label) })
    .max(LEVEL_LIMITS.trainingHours, { error: levelsText.errors.hours(label) });

export const registryImportSchema = z.object({
  fileName: z.string().min(1).max(255),
  listDate: isoDateSchema,
  /** The file's bytes, base64: decoding (UTF-8 or Latin-1) happens in main. */
  dataBase64: z.string().max(40_000_000),
});

export const registrySearchSchema = z.object({ query: optionalText(120) });

export const facilitatorSchema = z.object({
  /** Only the national level chooses; a region registers its own facilitators. */
  region: optionalText(120).default(''),
  facilityCode: requiredText('el código del establecimiento donde trabaja', 20),
  fullName: requiredText('el nombre y apellidos'),
  nationalId: optionalText(15).default(''),
  profession: requiredText('la profesión'),
  phone: optionalText(40).default(''),
  email: optionalText(120).default(''),
  profile: z.object(Object.fromEntries(FACILITATOR_PROFILE_KEYS.map((key) => [key, z.boolean()])) as Record<(typeof FACILITATOR_PROFILE_KEYS)[number], z.ZodBoolean>),
  registeredOn: isoDateSchema,
});
export type FacilitatorInput = z.input<typeof facilitatorSchema>;

export const facilitatorTrainingSchema = z.object({
  facilitatorId: z.uuid(),
  title: requiredText('el nombre de la capacitación', 200),
  provider: optionalText(200).default(''),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  hours: hours('Horas'),
});

export const facilitatorActiveSchema = z.object({
  facilitatorId: z.uuid(),
  /** Null brings the facilitator back to active. */
  inactiveSince: isoDateSchema.nullable(),
  reason: optionalText(300).default(''),
});

export const facilitatorCourseSchema = z.object({
  title: requiredText('el nombre de la capacitación', 200),
  place: optionalText(200).default(''),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  hours: hours('Horas del curso'),
});

export const courseAttendanceSchema = z.object({
  courseId: z.uuid(),
  facilitatorId: z.uuid(),
  hoursAttended: hours('Horas asistidas', 0),
  completed: z.boolean(),
});

export const supervisionVisitSchema = z.object({
  visitDate: isoDateSchema,
  facilityCode: requiredText('el código del establecimiento visitado', 20),
  facilitatorId: z.uuid().nullable().default(null),
  supervisor: requiredText('quién supervisó', 200),
  findings: requiredText('lo encontrado', 4000),
  agreements: requiredText('los acuerdos', 4000),
});

export const birthCohortSchema = z.object({
  region: requiredText('la región o jurisdicción'),
  year: z.number().int().min(2000).max(2100),
  publicBirths: z
    .number({ error: levelsText.errors.births })
    .int({ error: levelsText.errors.births })
    .min(0, { error: levelsText.errors.births })
    .max(LEVEL_LIMITS.publicBirths, { error: levelsText.errors.births }),
});

export const yearSchema = z.object({ year: z.number().int().min(2000).max(2100) });

export const consolidatedExportSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  half: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(0),
  table: z.enum(['indicators', 'facilities']),
});

export const formulaProgramExportSchema = z.object({ year: z.number().int().min(2000).max(2100), table: z.enum(['months', 'reasons']) });
