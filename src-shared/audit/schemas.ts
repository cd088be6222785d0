import { z } from 'zod';
import { parseDayMonthYear, toIsoDate } from '../common/dates';
import { AUDIT_ACTIONS } from './actions';
import { auditText } from './text';

export const AUDIT_PAGE_SIZE = 50;

const dayField = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const parts = parseDayMonthYear(text);
    if (!parts) {
      ctx.addIssue({ code: 'custom', message: auditText.errors.date });
      return z.NEVER;
    }
    return toIsoDate(parts);
  });

export const auditQuerySchema = z
  .object({
    userId: z.uuid().nullable().default(null),
    action: z.enum(AUDIT_ACTIONS).nullable().default(null),
    from: dayField.default(''),
    to: dayField.default(''),
    text: z.string().trim().max(100).default(''),
    page: z.number().int().min(1).max(1_000_000).default(1),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: auditText.errors.range });
  });
export type AuditQueryInput = z.input<typeof auditQuerySchema>;
export type AuditQuery = z.output<typeof auditQuerySchema>;
