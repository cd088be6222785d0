import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation';
import { isoDateSchema, nationalIdSchema } from '../formula/schemas';
import { LEAD_MOTHER_PROFILE_KEYS, LEAD_MOTHER_STATUSES } from './lead-mothers';
import { MEMBER_TYPES, type MemberType } from './indicators';
import type { SessionMomentKey } from './moments';
import { groupsText } from './text';

const t = groupsText.errors;
const optionalDate = z.union([z.literal(''), isoDateSchema]).default('');

function optionalInt(min: number, max: number, error: string) {
  return z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    z.union([z.null(), z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error })]),
  );
}

export const newLeadMotherSchema = z.object({
  firstNames: requiredText('los nombres'),
  lastNames: requiredText('los apellidos'),
  nationalId: z.union([z.literal(''), nationalIdSchema]).default(''),
  phone: optionalText(40).default(''),
  community: optionalText(120).default(''),
  address: optionalText(200).default(''),
  profile: z.object(Object.fromEntries(LEAD_MOTHER_PROFILE_KEYS.map((key) => [key, z.boolean().default(false)])) as Record<(typeof LEAD_MOTHER_PROFILE_KEYS)[number], z.ZodDefault<z.ZodBoolean>>),
  notes: optionalText(2000).default(''),
  selectedOn: optionalDate,
});
export type NewLeadMotherInput = z.input<typeof newLeadMotherSchema>;

export const leadMotherStatusSchema = z.object({ id: z.uuid(), status: z.enum(LEAD_MOTHER_STATUSES) });

export const recognitionSchema = z.object({
  leadMotherId: z.uuid(),
  receivedOn: isoDateSchema,
  description: requiredText('el reconocimiento', 300),
});

export const newCourseSchema = z.object({
  name: requiredText('el nombre del curso', 120),
  modality: z.enum(['fourByThree', 'sixByTwo'], { error: 'Elija la modalidad: 4 sesiones de 3 horas o 6 de 2 horas.' }),
  place: optionalText(200).default(''),
  startsOn: isoDateSchema,
  leadMotherIds: z.array(z.uuid()).default([]),
});
export type NewCourseInput = z.input<typeof newCourseSchema>;

export const enrolSchema = z.object({ courseId: z.uuid(), leadMotherId: z.uuid() });

export const makeUpSessionSchema = z.object({
  courseId: z.uuid(),
  topicNumber: z.coerce.number({ error: t.topicNumber }).int({ error: t.topicNumber }).min(1, { error: t.topicNumber }).max(6, { error: t.topicNumber }),
  sessionDate: isoDateSchema,
});

export const trainingAttendanceSchema = z.object({
  sessionId: z.uuid(),
  sessionDate: isoDateSchema,
  /** Lead mother id → present. */
  marks: z.array(z.object({ leadMotherId: z.uuid(), present: z.boolean() })).min(1),
});

export const newGroupSchema = z.object({
  name: requiredText('el nombre del grupo', 80),
  formedOn: isoDateSchema,
  leadMotherIds: z.array(z.uuid()).min(1, { error: t.leadMotherRequired }),
  rules: optionalText(2000).default(''),
  place: requiredText('el lugar de reunión', 200),
  meetingDay: optionalText(40).default(''),
  meetingTime: optionalText(20).default(''),
  periodicityDays: z.coerce.number({ error: t.periodicity }).int({ error: t.periodicity }).min(1, { error: t.periodicity }).max(365, { error: t.periodicity }),
  topics: optionalText(2000).default(''),
  community: optionalText(120).default(''),
});
export type NewGroupInput = z.input<typeof newGroupSchema>;

export const newMemberSchema = z
  .object({
    groupId: z.uuid(),
    firstNames: requiredText('los nombres'),
    lastNames: requiredText('los apellidos'),
    nationalId: z.union([z.literal(''), nationalIdSchema]).default(''),
    memberType: z.enum(MEMBER_TYPES as [MemberType, ...MemberType[]], { error: 'Elija el tipo de integrante.' }),
    age: optionalInt(10, 99, t.age).default(null),
    childAgeMonths: optionalInt(0, 24, t.childAge).default(null),
    address: optionalText(200).default(''),
    phone: optionalText(40).default(''),
    joinedOn: isoDateSchema,
  });
export type NewMemberInput = z.input<typeof newMemberSchema>;

export const memberLeftSchema = z.object({ memberId: z.uuid(), leftOn: isoDateSchema });

const momentSchema = z
  .object({ done: z.boolean().default(false), minutes: optionalInt(0, 240, 'Escriba los minutos (0 a 240).').default(null) })
  .default({ done: false, minutes: null });

const momentsSchema = z.object({
  welcome: momentSchema,
  motivation: momentSchema,
  introduction: momentSchema,
  discussion: momentSchema,
  agreements: momentSchema,
} satisfies Record<SessionMomentKey, unknown>);

export const sessionRecordSchema = z
  .object({
    groupId: z.uuid(),
    /** The planned session this one fulfils, when there was one. */
    plannedSessionId: z.uuid().nullable().default(null),
    sessionDate: isoDateSchema,
    sessionTime: optionalText(20).default(''),
    place: requiredText('el lugar', 200),
    topic: requiredText('el tema', 200),
    facilitatorLeadMotherId: z.union([z.literal(''), z.uuid()]).default(''),
    facilitatorStaff: optionalText(120).default(''),
    moments: momentsSchema,
    agreements: optionalText(4000).default(''),
    confidentialNotes: optionalText(4000).default(''),
    attendance: z.array(
      z.object({ memberId: z.uuid(), present: z.boolean(), absenceReason: optionalText(200).default(''), justified: z.boolean().default(false) }),
    ),
    nextDate: optionalDate,
    nextTime: optionalText(20).default(''),
    nextPlace: optionalText(200).default(''),
    nextTopic: optionalText(200).default(''),
    /** The signed attendance sheet (Anexo 2), scanned. */
    attendanceSheet: z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(30_000_000) }).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (!value.facilitatorLeadMotherId && !value.facilitatorStaff) ctx.addIssue({ code: 'custom', path: ['facilitatorStaff'], message: t.facilitatorRequired });
    if (value.nextDate && value.nextDate <= value.sessionDate) ctx.addIssue({ code: 'custom', path: ['nextDate'], message: t.nextAfterSession });
    value.attendance.forEach((mark, index) => {
      if (!mark.present && !mark.absenceReason) ctx.addIssue({ code: 'custom', path: ['attendance', index, 'absenceReason'], message: t.absenceReason });
    });
  });
export type SessionRecordInput = z.input<typeof sessionRecordSchema>;

export const indicatorsQuerySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  half: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(0),
});
