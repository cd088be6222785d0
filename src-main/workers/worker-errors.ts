import type { ErrorCode } from '../../src-shared/contract/define';
import { AppError } from '../app/errors';

/** An error as a worker thread sends it to main (plain data): an expected one keeps its Spanish message. */
export type WorkerFailure =
  | { readonly appError: { readonly code: ErrorCode; readonly message: string; readonly fieldErrors?: Readonly<Record<string, string>> } }
  | { readonly failure: string };

export function failureOf(error: unknown): WorkerFailure {
  if (error instanceof AppError) return { appError: { code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) } };
  return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** On main: the error as the work would have thrown it here. */
export function errorOf(failure: WorkerFailure): Error {
  if ('appError' in failure) return new AppError(failure.appError.code, failure.appError.message, failure.appError.fieldErrors);
  return new Error(failure.failure);
}
