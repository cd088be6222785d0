import { z } from 'zod';
import { ATTACHMENT_KINDS, DEFAULT_MAX_INPUT_BYTES } from './kinds';
import { ATTACHABLE_TABLES } from './records';

export const recordRefSchema = z.object({
  recordTable: z.enum(ATTACHABLE_TABLES),
  recordId: z.uuid(),
});

// Base64 grows bytes by 4/3; a little more than the input limit so that main gives the size message.
const MAX_BASE64_LENGTH = Math.ceil((DEFAULT_MAX_INPUT_BYTES * 1.5 * 4) / 3);

const fileName = z.string().min(1).max(255);

export const uploadSchema = recordRefSchema.extend({
  kind: z.enum(ATTACHMENT_KINDS),
  fileName,
  dataBase64: z.string().max(MAX_BASE64_LENGTH, { error: 'El archivo es demasiado grande.' }),
  grayscale: z.boolean().default(false),
  /** The link this upload replaces; the old one stays in the record's history. */
  replacesLinkId: z.uuid().nullable().default(null),
});
export type UploadInput = z.input<typeof uploadSchema>;

export const assignFromInboxSchema = recordRefSchema.extend({
  kind: z.enum(ATTACHMENT_KINDS),
  name: fileName,
  grayscale: z.boolean().default(false),
  replacesLinkId: z.uuid().nullable().default(null),
});
export type AssignFromInboxInput = z.input<typeof assignFromInboxSchema>;

export const contentSchema = recordRefSchema.extend({ linkId: z.uuid() });
