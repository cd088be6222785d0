import { addMonths, daysBetween, type IsoDate } from '../common/dates';

/** GT §6.1.1 b: between eight and fifteen members; above that, a new group is advised (never blocked). */
export const GROUP_MIN_MEMBERS = 8;
export const GROUP_MAX_MEMBERS = 15;

export type GroupSizeWarning = { readonly code: 'TOO_FEW'; readonly members: number } | { readonly code: 'TOO_MANY'; readonly members: number };

export function groupSizeWarning(activeMembers: number): GroupSizeWarning | null {
  if (activeMembers < GROUP_MIN_MEMBERS) return { code: 'TOO_FEW', members: activeMembers };
  if (activeMembers > GROUP_MAX_MEMBERS) return { code: 'TOO_MANY', members: activeMembers };
  return null;
}

/** Meetings no more than one month apart (GT §6.1.3): the agreed periodicity, in days, is checked against it. */
export const MAX_PERIODICITY_DAYS = 31;

export function periodicityTooLong(periodicityDays: number): boolean {
  return periodicityDays > MAX_PERIODICITY_DAYS;
}

/** The next meeting is more than a calendar month after the previous one (same day next month is fine). */
export function nextMeetingTooLate(previous: IsoDate, next: IsoDate): boolean {
  return next > addMonths(previous, 1);
}

/** A group whose last session is older than this is flagged for follow-up. */
export const GROUP_IDLE_DAYS = 30;

export function groupIdle(lastSessionDate: IsoDate | null, formedDate: IsoDate, today: IsoDate): boolean {
  return daysBetween(lastSessionDate ?? formedDate, today) > GROUP_IDLE_DAYS;
}

export interface AttendanceMark {
  readonly date: IsoDate;
  readonly present: boolean;
  readonly justified: boolean;
}

/**
 * Unjustified absences in a row at the member's most recent sessions (GT §6.1.3 b: "a number of
 * unjustified absences may show that the member needs another kind of support"). A justified absence
 * neither counts nor breaks the run; attending does.
 */
export function unjustifiedAbsencesInARow(marks: readonly AttendanceMark[]): number {
  const newestFirst = [...marks].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let run = 0;
  for (const mark of newestFirst) {
    if (mark.present) break;
    if (!mark.justified) run += 1;
  }
  return run;
}

export const DEFAULT_ABSENCE_THRESHOLD = 2;

export function needsFollowUp(marks: readonly AttendanceMark[], threshold: number): boolean {
  return unjustifiedAbsencesInARow(marks) >= threshold;
}

/** Members on a given day: joined on or before it, and not gone before it. */
export function membersOn<M extends { joinedOn: IsoDate; leftOn: IsoDate | null }>(members: readonly M[], date: IsoDate): M[] {
  return members.filter((m) => m.joinedOn <= date && (m.leftOn === null || m.leftOn >= date));
}
