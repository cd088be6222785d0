import { z } from 'zod';
import { requiredText } from '../common/validation';
import { ROLES } from './roles';
import { usersText } from './text';

const t = usersText.errors;

export const usernameSchema = z
  .string({ error: t.usernameFormat })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, { error: t.usernameFormat });

export const passwordSchema = z
  .string({ error: t.passwordShort })
  .min(8, { error: t.passwordShort })
  .max(200, { error: t.passwordLong });

export const userIdSchema = z.uuid({ error: usersText.errors.notFound });

/** A new password typed twice; the check runs in the renderer as you type and again in main. */
export const newPasswordFields = {
  password: passwordSchema,
  passwordConfirm: z.string(),
};

export function passwordsMatch(value: { password: string; passwordConfirm: string }, ctx: z.RefinementCtx): void {
  if (value.password !== value.passwordConfirm) {
    ctx.addIssue({ code: 'custom', path: ['passwordConfirm'], message: t.passwordMismatch });
  }
}

export const newUserSchema = z
  .object({
    fullName: requiredText('el nombre y apellidos'),
    username: usernameSchema,
    role: z.enum(ROLES, { error: t.roleRequired }),
    ...newPasswordFields,
  })
  .superRefine((value, ctx) => {
    passwordsMatch(value, ctx);
    if (value.password.trim().toLowerCase() === value.username) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: t.passwordIsUsername });
    }
  });
export type NewUserInput = z.input<typeof newUserSchema>;

export const resetPasswordSchema = z
  .object({ userId: userIdSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);

export const setActiveSchema = z.object({ userId: userIdSchema, active: z.boolean() });
export const userRefSchema = z.object({ userId: userIdSchema });
