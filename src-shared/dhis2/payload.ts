import { COUNTRY_KEY } from './figures';
import { orgUnitKey, type MappingEntry } from './mapping-csv';

/** One figure of LactaRed for an org unit (by its key: `pais`, a region, a facility code) and a DHIS2 period. */
export interface FigureValue {
  readonly figure: string;
  readonly orgUnit: string;
  readonly period: string;
  readonly value: number;
}

/** DHIS2 Web API `dataValueSets`: each value names its data element, period, org unit and category option combo. */
export interface DataValue {
  readonly dataElement: string;
  readonly period: string;
  readonly orgUnit: string;
  readonly categoryOptionCombo?: string;
  readonly value: string;
}

export interface Dhis2Payload {
  readonly dataValues: readonly DataValue[];
}

export interface BuiltPayload {
  readonly payload: Dhis2Payload;
  /** Figures and org units with values but no line in the mapping: left out, and listed before any export. */
  readonly unmappedFigures: readonly string[];
  readonly unmappedOrgUnits: readonly string[];
}

/** Numbers as DHIS2 reads them: a dot for decimals, at most one decimal, no thousands separator. */
export function dhis2Number(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function buildPayload(values: readonly FigureValue[], mapping: readonly MappingEntry[]): BuiltPayload {
  const elements = new Map(mapping.filter((m) => m.kind === 'element').map((m) => [m.key, m]));
  const units = new Map(mapping.filter((m) => m.kind === 'orgUnit').map((m) => [orgUnitKey(m.key), m.uid]));
  const unmappedFigures = new Set<string>();
  const unmappedOrgUnits = new Set<string>();
  const dataValues: DataValue[] = [];
  for (const v of values) {
    const element = elements.get(v.figure);
    const unit = units.get(orgUnitKey(v.orgUnit));
    if (!element) unmappedFigures.add(v.figure);
    if (unit === undefined) unmappedOrgUnits.add(v.orgUnit);
    if (!element || unit === undefined) continue;
    dataValues.push({
      dataElement: element.uid,
      period: v.period,
      orgUnit: unit,
      ...(element.categoryOptionCombo ? { categoryOptionCombo: element.categoryOptionCombo } : {}),
      value: dhis2Number(v.value),
    });
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => (a === COUNTRY_KEY ? -1 : b === COUNTRY_KEY ? 1 : a.localeCompare(b, 'es')));
  return { payload: { dataValues }, unmappedFigures: sorted(unmappedFigures), unmappedOrgUnits: sorted(unmappedOrgUnits) };
}

/** DHIS2's CSV data value format (Web API "CSV data value set format"), one line per value. */
export const DHIS2_CSV_HEADER = 'dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupd,comment';

export function payloadCsv(payload: Dhis2Payload): string {
  const quote = (text: string) => (text === '' ? '' : `"${text.replace(/"/g, '""')}"`);
  const lines = payload.dataValues.map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? '', '', v.value, '', '', ''].map(quote).join(','));
  return `${[DHIS2_CSV_HEADER, ...lines].join('\n')}\n`;
}
