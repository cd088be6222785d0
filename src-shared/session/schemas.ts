import { z } from 'zod';
import { newPasswordFields, passwordsMatch } from '../users/schemas';
import { sessionText } from './text';

const t = sessionText.errors;

export const loginSchema = z.object({
  username: z.string({ error: t.usernameRequired }).trim().toLowerCase().min(1, { error: t.usernameRequired }).max(64),
  password: z.string({ error: t.passwordRequired }).min(1, { error: t.passwordRequired }).max(200),
});
export type LoginInput = z.input<typeof loginSchema>;

export const unlockSchema = z.object({
  password: z.string({ error: t.passwordRequired }).min(1, { error: t.passwordRequired }).max(200),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: t.passwordRequired }).min(1, { error: t.passwordRequired }).max(200),
    ...newPasswordFields,
  })
  .superRefine((value, ctx) => {
    passwordsMatch(value, ctx);
    if (value.password === value.currentPassword) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: t.samePassword });
    }
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const emptySchema = z.object({}).strict();

/** Every password lost (18.4): the recovery key printed at setup, an admin's username and a new password. */
export const recoverSchema = z
  .object({
    recoveryKey: z.string({ error: t.recoveryKeyRequired }).trim().min(20, { error: t.recoveryKeyRequired }).max(80),
    username: z.string({ error: t.usernameRequired }).trim().toLowerCase().min(1, { error: t.usernameRequired }).max(64),
    ...newPasswordFields,
  })
  .superRefine(passwordsMatch);
export type RecoverInput = z.input<typeof recoverSchema>;
