import { z } from 'zod';
import { optionalText, requiredText } from '../common/validation';
import { isoDateSchema } from '../formula/schemas';
import { groupsText } from './text';

const fileUpload = z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(30_000_000) });

export const designatedStaffSchema = z.object({
  fullName: requiredText('el nombre y apellidos'),
  profession: requiredText('la profesión'),
  role: z.enum(['designated', 'committee'], { error: 'Indique si es personal encargado o integrante del comité.' }),
  designatedOn: isoDateSchema,
  document: optionalText(200).default(''),
});
export type DesignatedStaffInput = z.input<typeof designatedStaffSchema>;

export const endDesignationSchema = z.object({ id: z.uuid(), endedOn: isoDateSchema });

export const keyActorSchema = z.object({
  fullName: requiredText('el nombre y apellidos'),
  organisation: requiredText('la organización o institución'),
  position: optionalText(120).default(''),
  phone: optionalText(40).default(''),
  community: optionalText(120).default(''),
});

export const minutesEntrySchema = z.object({
  meetingDate: isoDateSchema,
  place: requiredText('el lugar', 200),
  participants: requiredText('quiénes participaron', 2000),
  agreements: requiredText('los acuerdos', 4000),
  /** The signed page of the minutes book, scanned. */
  signedPage: fileUpload.nullable().default(null),
});

/** The plan's sections (GT §6.1.1 c); schedule and budget are structured lines besides. */
export const PLAN_SECTIONS = [
  { key: 'introduction', label: 'Introducción' },
  { key: 'generalObjective', label: 'Objetivo general' },
  { key: 'specificObjectives', label: 'Objetivos específicos' },
  { key: 'activities', label: 'Actividades' },
  { key: 'requirements', label: 'Requerimientos' },
  { key: 'responsibles', label: 'Responsables' },
  { key: 'financing', label: 'Financiamiento' },
] as const;
export type PlanSectionKey = (typeof PLAN_SECTIONS)[number]['key'];

const sectionText = optionalText(8000).default('');

export const planSaveSchema = z
  .object({
    planId: z.uuid().nullable().default(null),
    title: requiredText('el título del plan', 200),
    sections: z.object({
      introduction: sectionText,
      generalObjective: sectionText,
      specificObjectives: sectionText,
      activities: sectionText,
      requirements: sectionText,
      responsibles: sectionText,
      financing: sectionText,
    } satisfies Record<PlanSectionKey, unknown>),
    schedule: z
      .array(z.object({ activity: requiredText('la actividad', 300), startsOn: isoDateSchema, endsOn: isoDateSchema, responsible: requiredText('el responsable', 200) }))
      .max(200)
      .default([]),
    budget: z
      .array(
        z.object({
          item: requiredText('el rubro', 300),
          amount: z.coerce.number({ error: groupsText.errors.amount }).min(0, { error: groupsText.errors.amount }).max(100_000_000, { error: groupsText.errors.amount }),
          financing: requiredText('la fuente de financiamiento', 200),
        }),
      )
      .max(200)
      .default([]),
  })
  .superRefine((plan, ctx) => {
    plan.schedule.forEach((line, index) => {
      if (line.endsOn < line.startsOn) ctx.addIssue({ code: 'custom', path: ['schedule', index, 'endsOn'], message: groupsText.errors.endsBeforeStart });
    });
  });
export type PlanSaveInput = z.input<typeof planSaveSchema>;

export const planStatusSchema = z
  .object({
    planId: z.uuid(),
    status: z.enum(['agreed', 'approved']),
    date: isoDateSchema,
    /** The facility authority who approves (for "approved"). */
    approvedBy: optionalText(200).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'approved' && !value.approvedBy) ctx.addIssue({ code: 'custom', path: ['approvedBy'], message: groupsText.errors.approvedBy });
  });

export const HIS_ACTIVITIES = ['training', 'groupSession', 'minutes'] as const;
export type HisActivity = (typeof HIS_ACTIVITIES)[number];

export const hisCodeSchema = z.object({
  id: z.uuid().nullable().default(null),
  activity: z.enum(HIS_ACTIVITIES, { error: 'Elija la actividad.' }),
  code: requiredText('el código HIS', 20),
  description: requiredText('la descripción', 200),
});

export const monthSchema = z.object({ year: z.number().int().min(2000).max(2100), month: z.number().int().min(1).max(12) });
