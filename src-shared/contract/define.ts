import type { z } from 'zod';
import type { Permission } from '../users/roles';

/**
 * Who may call a channel. Checked in main before the handler runs:
 * - `public`: anyone, even before setup or sign-in (status, setup, login);
 * - `signedIn`: a signed-in user, even while the session is locked (unlock, sign out);
 * - `session`: a signed-in, unlocked user;
 * - a permission: an unlocked user whose role has it.
 */
export type Access = 'public' | 'signedIn' | 'session' | Permission;

export interface ChannelDef<TInput extends z.ZodType, TOutput> {
  readonly input: TInput;
  readonly access: Access;
  /** Phantom field carrying the output type; never read at run time. */
  readonly output?: TOutput;
}

/** `channel<Output>()({ input, access })`: the output type is given explicitly, the input inferred. */
export function channel<TOutput>() {
  return <TInput extends z.ZodType>(def: { input: TInput; access: Access }): ChannelDef<TInput, TOutput> => def;
}

export type ErrorCode =
  | 'VALIDATION'
  | 'SETUP_REQUIRED'
  | 'SETUP_DONE'
  | 'UNAUTHENTICATED'
  | 'SESSION_LOCKED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'DATABASE_DAMAGED'
  | 'ACCOUNT_LOCKED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNKNOWN_CHANNEL'
  | 'INTERNAL';

export interface ApiError {
  readonly code: ErrorCode;
  /** Spanish, ready to show to the user. */
  readonly message: string;
  /** Field path ("admin.password") → Spanish message, for errors that belong to a form field. */
  readonly fieldErrors?: Readonly<Record<string, string>>;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };
