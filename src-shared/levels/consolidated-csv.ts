import { toCsv } from '../common/csv';
import type { AreaIndicator2, RegistryFacility } from './indicators';
import type { ConsolidatedFacility, ConsolidatedView } from './types';
import { AREA_LEVEL_LABELS, levelsUi } from './ui-text';

const c = levelsUi.csv;
const yesNo = (on: boolean) => (on ? c.yes : c.no);
const kg = (grams: number) => Math.round(grams / 100) / 10;

function areaRows(area: AreaIndicator2): (string | number | null)[][] {
  const row = [c.indicator2, AREA_LEVEL_LABELS[area.level], area.name, area.numerator, area.denominator, area.percent, area.standardPercent, area.meetsStandard === null ? '' : yesNo(area.meetsStandard)];
  return [row, ...area.children.flatMap(areaRows)];
}

/** The indicators as rows: indicator 1 and each region's team, then indicator 2 for every area of the drill-down. */
export function indicatorsCsv(view: ConsolidatedView): { csv: string; rowCount: number } {
  const rows: (string | number | null)[][] = [];
  const i1 = view.indicator1;
  if (i1) {
    rows.push([c.indicator1, AREA_LEVEL_LABELS[view.scope.level], view.scope.name, i1.numerator, i1.denominator, i1.percent, i1.standardPercent, i1.meetsStandard === null ? '' : yesNo(i1.meetsStandard)]);
    for (const team of i1.regions) rows.push([c.team, AREA_LEVEL_LABELS.region, team.region, team.activeTrained, team.needed, null, null, yesNo(team.complete)]);
  }
  rows.push(...areaRows(view.indicator2));
  return { csv: toCsv(c.indicatorHeader, rows), rowCount: rows.length };
}

/**
 * One row per facility the site answers for: every registry facility of its area (enrolled or not) and
 * every enrolled facility outside the registry, with the figures of the period.
 */
export function facilitiesCsv(view: ConsolidatedView, registry: readonly (RegistryFacility & { readonly category: string })[]): { csv: string; rowCount: number } {
  const enrolled = new Map<string, ConsolidatedFacility>(view.facilities.map((f) => [f.code, f]));
  const short = new Set(view.indicator2.shortfalls.map((f) => f.code));
  const listed = new Set(registry.map((f) => f.code));
  const rows = [
    ...registry.map((f) => ({ official: f, figures: enrolled.get(f.code) })),
    ...view.facilities.filter((f) => !listed.has(f.code)).map((f) => ({ official: null, figures: f })),
  ].map(({ official, figures }) => {
    const base = official ?? figures;
    const births = official ? official.attendsBirths : figures.attendsBirths;
    return [
      base.region,
      base.network,
      base.microNetwork,
      base.code,
      official?.name ?? figures?.name ?? '',
      official?.category ?? '',
      yesNo(births),
      yesNo(official !== null),
      yesNo(figures !== undefined),
      figures?.groupsFormed ?? 0,
      births ? yesNo(!short.has(base.code)) : '',
      figures?.sessionsHeld ?? 0,
      figures?.attendancePercent ?? null,
      figures?.leadMothersTrained ?? 0,
      figures?.designatedStaff ?? 0,
      figures?.deliveries ?? 0,
      figures ? kg(figures.gramsDelivered) : 0,
      figures?.infantsServed ?? 0,
      figures ? kg(figures.stockGrams) : 0,
    ];
  });
  return { csv: toCsv(c.facilityHeader, rows), rowCount: rows.length };
}
