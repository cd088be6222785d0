export const DEFAULT_IDLE_MINUTES = 5;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 120;

/** Milliseconds left before an idle session locks; 0 means it must lock now. */
export function msUntilIdleLock(lastActivityMs: number, nowMs: number, idleMinutes: number): number {
  const deadline = lastActivityMs + idleMinutes * 60_000;
  return Math.max(0, deadline - nowMs);
}

export function isIdleExpired(lastActivityMs: number, nowMs: number, idleMinutes: number): boolean {
  return msUntilIdleLock(lastActivityMs, nowMs, idleMinutes) === 0;
}

/** Activity pings from the renderer are throttled: one per this many ms is enough for main's own timer. */
export const ACTIVITY_PING_MS = 30_000;

export function shouldPingActivity(lastPingMs: number, nowMs: number): boolean {
  return nowMs - lastPingMs >= ACTIVITY_PING_MS;
}
