import { toIsoDate, type IsoDate } from '../../src-shared/common/dates';
import type { ReadContext } from './context';

/** The calendar day a stored time falls on at the facility (this PC's time zone). */
export function localDayOf(ms: number): IsoDate {
  const d = new Date(ms);
  return toIsoDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
}

/** Local midnight of a calendar day, in milliseconds: the days a person typed, as a range of stored times. */
export function localMidnightOf(day: IsoDate): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

/** Today's calendar date at the facility (this PC's time zone). */
export function todayIso(ctx: ReadContext): IsoDate {
  return localDayOf(ctx.now());
}
