/**
 * DHIS2's ISO periods (Web API "Date and period format"): `2026` a year, `2026S1` / `2026S2` a semester
 * (January–June, July–December), `202611` a month. LactaRed's indicators go by semester and year, the
 * formula program by month.
 */
export type Dhis2Period = { readonly kind: 'year'; readonly year: number } | { readonly kind: 'semester'; readonly year: number; readonly half: 1 | 2 } | { readonly kind: 'month'; readonly year: number; readonly month: number };

export function parseDhis2Period(text: string): Dhis2Period | null {
  const value = text.trim().toUpperCase();
  let match = /^(\d{4})$/.exec(value);
  if (match) return inRange({ kind: 'year', year: Number(match[1]) });
  match = /^(\d{4})S([12])$/.exec(value);
  if (match) return inRange({ kind: 'semester', year: Number(match[1]), half: match[2] === '1' ? 1 : 2 });
  match = /^(\d{4})(\d{2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? inRange({ kind: 'month', year: Number(match[1]), month }) : null;
  }
  return null;
}

function inRange(period: Dhis2Period): Dhis2Period | null {
  return period.year >= 2000 && period.year <= 2100 ? period : null;
}

export function formatDhis2Period(period: Dhis2Period): string {
  if (period.kind === 'year') return String(period.year);
  if (period.kind === 'semester') return `${period.year}S${period.half}`;
  return `${period.year}${String(period.month).padStart(2, '0')}`;
}

/** The months a period covers, as DHIS2 monthly periods. */
export function monthsIn(period: Dhis2Period): string[] {
  if (period.kind === 'month') return [formatDhis2Period(period)];
  const first = period.kind === 'semester' && period.half === 2 ? 7 : 1;
  const last = period.kind === 'semester' && period.half === 1 ? 6 : 12;
  return Array.from({ length: last - first + 1 }, (_, i) => `${period.year}${String(first + i).padStart(2, '0')}`);
}

/** The month before or after, across years: `202601` − 1 = `202512`. */
export function shiftMonth(period: string, by: number): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(4, 6));
  const index = year * 12 + (month - 1) + by;
  return `${Math.floor(index / 12)}${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The semester a month falls in. */
export function semesterOf(monthly: string): string {
  return `${monthly.slice(0, 4)}S${Number(monthly.slice(4, 6)) <= 6 ? 1 : 2}`;
}
