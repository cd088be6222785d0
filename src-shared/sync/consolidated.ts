import type { IsoDate } from '../common/dates';

/** GT §6.1.4: one facilitator per 20 facilities that attend births, in each region; standard ≥ 80 %. */
export const FACILITIES_PER_FACILITATOR = 20;
export const INDICATOR_STANDARD_PERCENT = 80;

export interface ConsolidatedFacilityInput {
  readonly siteId: string;
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly attendsBirths: boolean;
  /** Groups of the facility with a session held in the period. */
  readonly groupsWithSessions: number;
  readonly sessionsHeld: number;
  /** Designated staff (facilitators) on the last day of the period. */
  readonly facilitators: number;
  readonly deliveries: number;
  readonly gramsDelivered: number;
  readonly infantsServed: number;
  /** Grams received minus grams delivered, all time, up to the end of the period. */
  readonly stockGrams: number;
}

export interface ConsolidatedIndicators {
  /** Facilities attending births with at least one functioning support group, of those attending births. */
  readonly facilitiesWithGroup: { readonly count: number; readonly of: number; readonly percent: number | null; readonly meetsStandard: boolean | null };
  /** Regions whose facilitator team is large enough (one per 20 birth-attending facilities). */
  readonly regionsWithTeam: {
    readonly count: number;
    readonly of: number;
    readonly percent: number | null;
    readonly meetsStandard: boolean | null;
    readonly regions: readonly { readonly region: string; readonly facilities: number; readonly facilitators: number; readonly needed: number; readonly ok: boolean }[];
  };
}

const percent = (count: number, of: number) => (of === 0 ? null : Math.round((count / of) * 1000) / 10);

export function consolidatedIndicators(facilities: readonly ConsolidatedFacilityInput[]): ConsolidatedIndicators {
  const attending = facilities.filter((f) => f.attendsBirths);
  const withGroup = attending.filter((f) => f.groupsWithSessions > 0).length;
  const byRegion = new Map<string, { facilities: number; facilitators: number }>();
  for (const facility of facilities) {
    const entry = byRegion.get(facility.region) ?? { facilities: 0, facilitators: 0 };
    if (facility.attendsBirths) entry.facilities += 1;
    entry.facilitators += facility.facilitators;
    byRegion.set(facility.region, entry);
  }
  const regions = [...byRegion]
    .filter(([, r]) => r.facilities > 0)
    .map(([region, r]) => {
      const needed = Math.ceil(r.facilities / FACILITIES_PER_FACILITATOR);
      return { region, facilities: r.facilities, facilitators: r.facilitators, needed, ok: r.facilitators >= needed };
    })
    .sort((a, b) => a.region.localeCompare(b.region));
  const regionPercent = percent(regions.filter((r) => r.ok).length, regions.length);
  const groupPercent = percent(withGroup, attending.length);
  return {
    facilitiesWithGroup: { count: withGroup, of: attending.length, percent: groupPercent, meetsStandard: groupPercent === null ? null : groupPercent >= INDICATOR_STANDARD_PERCENT },
    regionsWithTeam: {
      count: regions.filter((r) => r.ok).length,
      of: regions.length,
      percent: regionPercent,
      meetsStandard: regionPercent === null ? null : regionPercent >= INDICATOR_STANDARD_PERCENT,
      regions,
    },
  };
}

/** Whether a designation covers a day (designated on or before it, not ended before it). */
export function designatedOn(day: IsoDate, designation: { readonly designatedOn: IsoDate; readonly endedOn: IsoDate | null }): boolean {
  return designation.designatedOn <= day && (designation.endedOn === null || designation.endedOn >= day);
}
