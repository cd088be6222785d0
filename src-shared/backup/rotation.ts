import { daysBetween } from '../common/dates';

export interface RotationPolicy {
  /** The newest backup of each of this many most recent days that have one. */
  readonly daily: number;
  /** Then the newest backup of each of this many weeks (Monday to Sunday) before those days. */
  readonly weekly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4 };

/** Every backup of the last day is kept (up to this many), so today's manual or pre-restore copy survives. */
const RECENT_MS = 24 * 60 * 60 * 1000;
const RECENT_MAX = 10;

export interface DatedBackup {
  readonly id: string;
  /** The local calendar day it was taken, aaaa-mm-dd. */
  readonly day: string;
  /** Milliseconds since the epoch: orders backups of the same day. */
  readonly takenAt: number;
}

/** Monday of the ISO week of a day (1970-01-05 was a Monday). */
function weekOf(day: string): number {
  return Math.floor(daysBetween('1970-01-05', day) / 7);
}

/**
 * Which backups rotation keeps: the newest of each of the last `daily` days that have one, then the
 * newest of each of the `weekly` weeks before the oldest of those days; and every backup of the 24 hours
 * before the newest (up to 10), so that one taken by hand, before an update or before a restore today
 * is still there to go back to.
 */
export function backupsToKeep(backups: readonly DatedBackup[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt);
  const keep = new Set<string>();
  const days: string[] = [];
  for (const backup of newestFirst) {
    if (days.length >= policy.daily) break;
    if (!days.includes(backup.day)) {
      days.push(backup.day);
      keep.add(backup.id);
    }
  }
  const oldestDay = days.at(-1);
  if (oldestDay !== undefined) {
    const weeks: number[] = [];
    for (const backup of newestFirst) {
      if (weeks.length >= policy.weekly) break;
      const week = weekOf(backup.day);
      if (backup.day < oldestDay && !weeks.includes(week)) {
        weeks.push(week);
        keep.add(backup.id);
      }
    }
  }
  const newest = newestFirst[0];
  if (newest) for (const backup of newestFirst.slice(0, RECENT_MAX)) if (newest.takenAt - backup.takenAt < RECENT_MS) keep.add(backup.id);
  return keep;
}
