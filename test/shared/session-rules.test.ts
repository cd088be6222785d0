import { describe, expect, it } from 'vitest';
import { isIdleExpired, msUntilIdleLock, shouldPingActivity } from '../../src-shared/session/idle';
import { afterFailedLogin, isLoginLocked, lockoutMinutesLeft } from '../../src-shared/session/login-throttle';

const T = Date.UTC(2024, 1, 29, 23, 58); // leap day, two minutes before midnight

describe('idle lock', () => {
  it.each([
    ['just active', 0, 5, false, 300_000],
    ['4 min 59 s idle', 299_000, 5, false, 1_000],
    ['exactly 5 min idle', 300_000, 5, true, 0],
    ['idle across midnight into 1 March', 600_000, 5, true, 0],
    ['longer timeout configured', 600_000, 15, false, 300_000],
    ['one-minute timeout', 60_000, 1, true, 0],
  ])('%s', (_name, idleMs, minutes, expired, left) => {
    expect(isIdleExpired(T, T + idleMs, minutes)).toBe(expired);
    expect(msUntilIdleLock(T, T + idleMs, minutes)).toBe(left);
  });

  it('a clock set back does not lock (remaining time is capped, never negative)', () => {
    expect(isIdleExpired(T, T - 3_600_000, 5)).toBe(false);
  });

  it('pings main at most every 30 seconds', () => {
    expect(shouldPingActivity(T, T + 29_999)).toBe(false);
    expect(shouldPingActivity(T, T + 30_000)).toBe(true);
  });
});

describe('login lockout', () => {
  it('locks after the fifth failure in a row, for five minutes', () => {
    let state = { failedAttempts: 0, lockedUntilMs: null as number | null };
    for (let attempt = 1; attempt <= 4; attempt++) {
      state = afterFailedLogin(state, T);
      expect(state).toEqual({ failedAttempts: attempt, lockedUntilMs: null });
      expect(isLoginLocked(state, T)).toBe(false);
    }
    state = afterFailedLogin(state, T);
    expect(isLoginLocked(state, T)).toBe(true);
    expect(lockoutMinutesLeft(state, T)).toBe(5);
    expect(lockoutMinutesLeft(state, T + 61_000)).toBe(4);
    expect(isLoginLocked(state, T + 5 * 60_000 - 1)).toBe(true);
    expect(isLoginLocked(state, T + 5 * 60_000)).toBe(false);
    expect(lockoutMinutesLeft(state, T + 5 * 60_000)).toBe(0);
  });

  it('starts counting again after the lockout ends', () => {
    const locked = afterFailedLogin({ failedAttempts: 4, lockedUntilMs: null }, T);
    const after = afterFailedLogin(locked, T + 6 * 60_000);
    expect(after).toEqual({ failedAttempts: 1, lockedUntilMs: null });
  });
});

describe('a failure that arrives while locked (issue 17.3)', () => {
  it('leaves the lock as it is instead of starting a new count', () => {
    const now = Date.UTC(2028, 1, 29, 23, 58);
    const locked = { failedAttempts: 0, lockedUntilMs: now + 5 * 60_000 };
    expect(afterFailedLogin(locked, now)).toEqual(locked);
    expect(afterFailedLogin(locked, now + 5 * 60_000)).toEqual({ failedAttempts: 1, lockedUntilMs: null });
  });
});
