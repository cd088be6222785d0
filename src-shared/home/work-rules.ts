import { addDays, addMonths, daysBetween, type IsoDate } from '../common/dates';

/**
 * The windows of the home page's work lists (issue 15). Settings at each site, with these defaults:
 * a delivery is due a month after the last one and overdue 7 days later; prescriptions ending and
 * infants turning six months within 14 days; lots expiring within 60 days; a group idle after 30 days
 * without a session; a facility late after 14 days without a bundle.
 */
export const WORK_WINDOWS_DEFAULTS = {
  overdueAfterDays: 7,
  endingWithinDays: 14,
  sixMonthsWithinDays: 14,
  lotsExpiringWithinDays: 60,
  idleGroupDays: 30,
  lateFacilityDays: 14,
} as const;
export type WorkWindows = { readonly [K in keyof typeof WORK_WINDOWS_DEFAULTS]: number };

export type DueState = 'later' | 'due' | 'overdue';

/**
 * FI: formula is delivered month by month. The next delivery is due a month after the last one (or
 * after the prescription, before any), on the same day of the month or the month's last day; past the
 * grace days the caregiver is a defaulter to look for.
 */
export function deliveryDue(last: IsoDate, today: IsoDate, overdueAfterDays: number): { readonly dueOn: IsoDate; readonly state: DueState; readonly daysLate: number } {
  const dueOn = addMonths(last, 1);
  if (today < dueOn) return { dueOn, state: 'later', daysLate: 0 };
  const daysLate = daysBetween(dueOn, today);
  return { dueOn, state: daysLate > overdueAfterDays ? 'overdue' : 'due', daysLate };
}

/** The day an infant turns six months (the end of the program's guarantee for most reasons). */
export function sixMonthsOn(birthDate: IsoDate): IsoDate {
  return addMonths(birthDate, 6);
}

/** From today to `days` days ahead, both included. */
export function withinNextDays(date: IsoDate, today: IsoDate, days: number): boolean {
  return date >= today && date <= addDays(today, days);
}

/** A facility is late when nothing came from it for more than `days` days (or never). */
export function isLate(lastReceived: IsoDate | null, today: IsoDate, days: number): boolean {
  return lastReceived === null || daysBetween(lastReceived, today) > days;
}
