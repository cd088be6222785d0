/** Parses a date typed as dd/mm/aaaa (also d/m/aaaa, with - or . as separators); null if it is not a real date. */
export function parseDayMonthYear(text: string): { year: number; month: number; day: number } | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** ISO calendar date (aaaa-mm-dd), the form dates are stored and compared in. */
export function toIsoDate(parts: { year: number; month: number; day: number }): string {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** A calendar date as stored: `aaaa-mm-dd`. Comparing these strings compares the dates. */
export type IsoDate = string;

export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = parseIsoDate(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * How far ahead a date may be where the future makes sense (issue 17.20): a planned course, session or
 * designation up to a year, an implementation plan's schedule up to three, a can's expiry up to ten.
 */
export const MONTHS_AHEAD = { planned: 12, planSchedule: 36, expiry: 120 } as const;

export function latestAhead(today: IsoDate, window: keyof typeof MONTHS_AHEAD): IsoDate {
  return addMonths(today, MONTHS_AHEAD[window]);
}

/** No date the app keeps is before 1900 or after 2199 (year 0001 is a typing slip, issue 17.20). */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

export function isPlausibleIsoDate(text: string): boolean {
  return isIsoDate(text) && text >= EARLIEST_DATE && text <= LATEST_DATE;
}

/**
 * The same day `months` later; when that month is shorter, its last day (born 31 August → turns six
 * months on 28 February, or 29 in a leap year).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toIsoDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return toIsoDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * A date as typed in a form — dd/mm/aaaa (as shown everywhere) or aaaa-mm-dd — as ISO; null when it is
 * not a real calendar date.
 */
export function dateFromInput(text: string): IsoDate | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parts = parseDayMonthYear(trimmed);
  return parts ? toIsoDate(parts) : null;
}

/** dd/mm/aaaa, as dates are shown. */
export function showIsoDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
