import { showIsoDate, toIsoDate } from '../../src-shared/common/dates';

/** Today on this computer's calendar, as aaaa-mm-dd for comparisons. */
export function todayLocal(): string {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** Today as a date field shows it (dd/mm/aaaa). */
export function todayForInput(): string {
  return showIsoDate(todayLocal());
}
