import type { ApiError, ErrorCode } from '../../src-shared/contract/define';

/** An expected failure a handler reports to the user: a Spanish message and, if any, field errors. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

export function fieldError(field: string, message: string, code: ErrorCode = 'VALIDATION'): AppError {
  return new AppError(code, message, { [field]: message });
}
