import { AppError } from '../app/errors';

/** A file refused before anything was stored; the message says why, in Spanish. */
export function rejected(message: string): AppError {
  return new AppError('VALIDATION', message, { file: message });
}
