import type { SiteKind } from '../site/countries';
import { areaKey, type AreaLevel, type RegistryFacility } from './indicators';

export interface SiteArea {
  readonly kind: SiteKind;
  readonly region: string;
  readonly network: string;
  readonly microNetwork: string;
}

/** The level of the area a coordination site covers, for the drill-down that starts at it. */
export function areaLevelOf(kind: SiteKind): AreaLevel {
  if (kind === 'national') return 'country';
  if (kind === 'region') return 'region';
  if (kind === 'network') return 'network';
  return 'microNetwork';
}

/** The part of the registry a site answers for: all of it at national level, its region, red or microrred below. */
export function registryInScope<T extends RegistryFacility>(registry: readonly T[], site: SiteArea): T[] {
  const level = areaLevelOf(site.kind);
  if (level === 'country') return [...registry];
  const region = areaKey(site.region);
  const network = areaKey(site.network);
  const micro = areaKey(site.microNetwork);
  return registry.filter(
    (f) =>
      areaKey(f.region) === region &&
      (level === 'region' || areaKey(f.network) === network) &&
      (level !== 'microNetwork' || areaKey(f.microNetwork) === micro),
  );
}

/** The name of a site's area as the drill-down shows it. */
export function areaNameOf(site: SiteArea, countryName: string): string {
  const level = areaLevelOf(site.kind);
  if (level === 'country') return countryName;
  if (level === 'region') return site.region;
  if (level === 'network') return site.network;
  return site.microNetwork;
}
