import { toIsoDate } from '../../src-shared/common/dates';

export function todayLocal(): string {
  const now = new Date();
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
