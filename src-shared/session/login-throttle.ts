export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_LOCKOUT_MINUTES = 5;

export interface LoginThrottleState {
  readonly failedAttempts: number;
  readonly lockedUntilMs: number | null;
}

export function isLoginLocked(state: LoginThrottleState, nowMs: number): boolean {
  return state.lockedUntilMs !== null && nowMs < state.lockedUntilMs;
}

/**
 * After the fifth wrong password in a row the account is locked for a few minutes. A failure that
 * arrives while the account is locked (an attempt started before the lock) leaves the lock as it is.
 */
export function afterFailedLogin(state: LoginThrottleState, nowMs: number): LoginThrottleState {
  if (isLoginLocked(state, nowMs)) return state;
  const failures = state.failedAttempts + 1;
  if (failures >= LOGIN_MAX_FAILURES) {
    return { failedAttempts: 0, lockedUntilMs: nowMs + LOGIN_LOCKOUT_MINUTES * 60_000 };
  }
  return { failedAttempts: failures, lockedUntilMs: null };
}

export const AFTER_SUCCESSFUL_LOGIN: LoginThrottleState = { failedAttempts: 0, lockedUntilMs: null };

/** Whole minutes left, rounded up, for the message "intente de nuevo en N minutos". */
export function lockoutMinutesLeft(state: LoginThrottleState, nowMs: number): number {
  if (state.lockedUntilMs === null || !isLoginLocked(state, nowMs)) return 0;
  return Math.ceil((state.lockedUntilMs - nowMs) / 60_000);
}
