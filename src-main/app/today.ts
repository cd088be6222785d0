import { toIsoDate, type IsoDate } from '../../src-shared/common/dates';
import type { AppContext } from './context';

/** Today's calendar date at the facility (this PC's time zone). */
export function todayIso(ctx: AppContext): IsoDate {
  const now = new Date(ctx.now());
  return toIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
