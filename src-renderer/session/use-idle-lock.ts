import { useEffect, useEffectEvent, useRef } from 'react';
import { isIdleExpired, shouldPingActivity } from '../../src-shared/session/idle';
import { call } from '../api/client';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 1_000;

/**
 * Locks the session after `idleMinutes` without keyboard or mouse activity, and tells main now and then
 * that the user is still there (main keeps its own timer and locks too if these pings stop).
 */
export function useIdleLock(idleMinutes: number, enabled: boolean, onIdle: () => void): void {
  const lastActivity = useRef(0);
  const lastPing = useRef(0);
  const fireIdle = useEffectEvent(onIdle);

  useEffect(() => {
    if (!enabled) return;
    lastActivity.current = Date.now();
    lastPing.current = Date.now();
    const markActive = () => {
      const now = Date.now();
      lastActivity.current = now;
      if (shouldPingActivity(lastPing.current, now)) {
        lastPing.current = now;
        void call('session.activity', {});
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (!isIdleExpired(lastActivity.current, Date.now(), idleMinutes)) return;
      lastActivity.current = Date.now();
      fireIdle();
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleMinutes, enabled]);
}
