import type { IsoDate } from '../common/dates';
import { foldForSearch } from '../common/text';

/**
 * The guide's two indicators exactly as GT §6.1.4 defines them (issue 16.4), over the official facility
 * registry as denominator, never over the sites that happen to have enrolled.
 *
 * Indicator 1 — % of regions with a team of facilitators: regions whose active trained facilitators are
 * at least one per 20 registry facilities that attend births (footnote 6: ⌈facilities ÷ 20⌉), over the
 * regions of the registry with at least one facility that attends births. Standard ≥ 80 %.
 *
 * Indicator 2 — % of facilities that attend births with a support group formed: registry facilities that
 * attend births with at least one group *formed* in the period, over the registry facilities that attend
 * births (footnote 7). A group is formed when it was created (formed on or before the period's last day)
 * with its lead mothers (one at least) and held at least one session in the period. Standard ≥ 80 %.
 */
export const FACILITIES_PER_FACILITATOR = 20;
export const INDICATOR_STANDARD_PERCENT = 80;

export interface RegistryFacility {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  readonly network: string;
  readonly microNetwork: string;
  readonly attendsBirths: boolean;
}

/** What a facility recorded in the period (from its synced records), by registry code. */
export interface FacilityFacts {
  readonly code: string;
  /** Groups formed in the period: created with lead mothers, one session held at least. */
  readonly groupsFormed: number;
}

/** A facilitator as the region registered them: when they were active and when their training ended. */
export interface FacilitatorRecord {
  readonly id: string;
  readonly region: string;
  readonly registeredOn: IsoDate;
  readonly inactiveSince: IsoDate | null;
  /** The end dates of the trainings they completed (the region's records and the national courses). */
  readonly trainingsCompleted: readonly IsoDate[];
}

export interface IndicatorResult {
  readonly numerator: number;
  readonly denominator: number;
  readonly percent: number | null;
  readonly standardPercent: number;
  readonly meetsStandard: boolean | null;
}

export interface RegionTeam {
  readonly region: string;
  readonly birthFacilities: number;
  readonly needed: number;
  readonly activeTrained: number;
  readonly complete: boolean;
}

export interface Indicator1 extends IndicatorResult {
  readonly regions: readonly RegionTeam[];
  /** Regions whose team is not complete, with how many facilitators they lack. */
  readonly shortfalls: readonly (RegionTeam & { readonly missing: number })[];
}

export type AreaLevel = 'country' | 'region' | 'network' | 'microNetwork';

export interface AreaIndicator2 extends IndicatorResult {
  readonly level: AreaLevel;
  readonly name: string;
  readonly children: readonly AreaIndicator2[];
  /** Birth-attending facilities of this area without a group formed in the period. */
  readonly shortfalls: readonly RegistryFacility[];
  /** The last step of the drill-down, at a microrred: each birth-attending facility and whether it has a group formed. */
  readonly facilities: readonly { readonly code: string; readonly name: string; readonly hasGroup: boolean }[];
}

export function indicatorResult(numerator: number, denominator: number): IndicatorResult {
  const percent = denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
  return { numerator, denominator, percent, standardPercent: INDICATOR_STANDARD_PERCENT, meetsStandard: percent === null ? null : percent >= INDICATOR_STANDARD_PERCENT };
}

/** Names typed in different places match without accents, case or extra spaces («Cusco», «CUSCO »). */
export function areaKey(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ');
}

export function facilitatorsNeeded(birthFacilities: number): number {
  return Math.ceil(birthFacilities / FACILITIES_PER_FACILITATOR);
}

/** Active on the day (registered, not yet inactive) and trained by then. */
export function isActiveTrainedOn(facilitator: FacilitatorRecord, day: IsoDate): boolean {
  const active = facilitator.registeredOn <= day && (facilitator.inactiveSince === null || facilitator.inactiveSince > day);
  return active && facilitator.trainingsCompleted.some((end) => end <= day);
}

export function regionTeams(registry: readonly RegistryFacility[], facilitators: readonly FacilitatorRecord[], periodEnd: IsoDate): RegionTeam[] {
  const regions = new Map<string, { name: string; birthFacilities: number; activeTrained: number }>();
  for (const facility of registry) {
    const key = areaKey(facility.region);
    const entry = regions.get(key) ?? { name: facility.region, birthFacilities: 0, activeTrained: 0 };
    if (facility.attendsBirths) entry.birthFacilities += 1;
    regions.set(key, entry);
  }
  for (const facilitator of facilitators) {
    const entry = regions.get(areaKey(facilitator.region));
    if (entry && isActiveTrainedOn(facilitator, periodEnd)) entry.activeTrained += 1;
  }
  return [...regions.values()]
    .filter((r) => r.birthFacilities > 0)
    .map((r) => {
      const needed = facilitatorsNeeded(r.birthFacilities);
      return { region: r.name, birthFacilities: r.birthFacilities, needed, activeTrained: r.activeTrained, complete: r.activeTrained >= needed };
    })
    .sort((a, b) => a.region.localeCompare(b.region, 'es'));
}

export function indicator1(registry: readonly RegistryFacility[], facilitators: readonly FacilitatorRecord[], periodEnd: IsoDate): Indicator1 {
  const regions = regionTeams(registry, facilitators, periodEnd);
  const complete = regions.filter((r) => r.complete).length;
  return {
    ...indicatorResult(complete, regions.length),
    regions,
    shortfalls: regions.filter((r) => !r.complete).map((r) => ({ ...r, missing: r.needed - r.activeTrained })),
  };
}

const hasGroup = (facts: ReadonlyMap<string, FacilityFacts>, code: string) => (facts.get(code)?.groupsFormed ?? 0) > 0;

function area(level: AreaLevel, name: string, facilities: readonly RegistryFacility[], facts: ReadonlyMap<string, FacilityFacts>, children: readonly AreaIndicator2[]): AreaIndicator2 {
  const attending = facilities.filter((f) => f.attendsBirths);
  const shortfalls = attending.filter((f) => !hasGroup(facts, f.code));
  const leaves = level === 'microNetwork' ? attending.map((f) => ({ code: f.code, name: f.name, hasGroup: hasGroup(facts, f.code) })).sort((a, b) => a.name.localeCompare(b.name, 'es')) : [];
  return { level, name, ...indicatorResult(attending.length - shortfalls.length, attending.length), children, shortfalls, facilities: leaves };
}

const NEXT_LEVEL: Readonly<Record<AreaLevel, { level: Exclude<AreaLevel, 'country'>; of: (f: RegistryFacility) => string } | null>> = {
  country: { level: 'region', of: (f) => f.region },
  region: { level: 'network', of: (f) => f.network },
  network: { level: 'microNetwork', of: (f) => f.microNetwork },
  microNetwork: null,
};

function drill(level: AreaLevel, name: string, facilities: readonly RegistryFacility[], facts: ReadonlyMap<string, FacilityFacts>): AreaIndicator2 {
  const next = NEXT_LEVEL[level];
  if (!next) return area(level, name, facilities, facts, []);
  const groups = new Map<string, { name: string; facilities: RegistryFacility[] }>();
  for (const facility of facilities) {
    const key = areaKey(next.of(facility));
    const entry = groups.get(key) ?? { name: next.of(facility), facilities: [] };
    entry.facilities.push(facility);
    groups.set(key, entry);
  }
  const children = [...groups.values()]
    .map((g) => drill(next.level, g.name, g.facilities, facts))
    .filter((child) => child.denominator > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'es'));
  return area(level, name, facilities, facts, children);
}

/**
 * Indicator 2 for the whole registry given (a country, or the part of it a site covers), with each
 * region, red and microrred below it; facilities appear in the shortfalls of every area they belong to.
 */
export function indicator2(registry: readonly RegistryFacility[], facts: readonly FacilityFacts[], scopeName: string, scopeLevel: AreaLevel = 'country'): AreaIndicator2 {
  return drill(scopeLevel, scopeName, registry, new Map(facts.map((f) => [f.code, f])));
}
