/**
 * What LactaRed hands to DHIS2 (issue 20): each figure a data element is mapped to, the level of the
 * organisation unit it is reported for, and its periods — the guide's indicators and the facilities'
 * monitoring figures by semester or year, the formula program by month.
 */
export type FigureLevel = 'country' | 'region' | 'area' | 'facility';

export interface FigureDef {
  readonly label: string;
  /** `area`: the country and each region (indicator 2 is reported at both). */
  readonly level: FigureLevel;
  readonly periods: 'semesterOrYear' | 'month';
}

export const DHIS2_FIGURES = {
  'ind1.regionsWithTeam': { label: 'Indicador 1 — numerador: regiones con equipo de facilitadores completo', level: 'country', periods: 'semesterOrYear' },
  'ind1.regions': { label: 'Indicador 1 — denominador: regiones con establecimientos que atienden partos', level: 'country', periods: 'semesterOrYear' },
  'ind2.facilitiesWithGroup': { label: 'Indicador 2 — numerador: establecimientos que atienden partos con grupo conformado', level: 'area', periods: 'semesterOrYear' },
  'ind2.birthFacilities': { label: 'Indicador 2 — denominador: establecimientos que atienden partos (registro oficial)', level: 'area', periods: 'semesterOrYear' },
  'team.activeTrained': { label: 'Facilitadores activos y capacitados de la región', level: 'region', periods: 'semesterOrYear' },
  'team.needed': { label: 'Facilitadores necesarios en la región (uno por cada 20 establecimientos que atienden partos)', level: 'region', periods: 'semesterOrYear' },
  'groups.formed': { label: 'Grupos de apoyo conformados', level: 'facility', periods: 'semesterOrYear' },
  'groups.sessions': { label: 'Sesiones de grupos de apoyo realizadas', level: 'facility', periods: 'semesterOrYear' },
  'groups.leadMothersTrained': { label: 'Madres guía capacitadas', level: 'facility', periods: 'semesterOrYear' },
  'formula.kilograms': { label: 'Kilogramos de fórmula entregados', level: 'region', periods: 'month' },
  'formula.cans800': { label: 'Latas de 800 g entregadas', level: 'region', periods: 'month' },
  'formula.cans1kg': { label: 'Latas de 1 kg entregadas', level: 'region', periods: 'month' },
  'formula.infants': { label: 'Lactantes atendidos', level: 'region', periods: 'month' },
  'formula.admissions': { label: 'Nuevas admisiones al programa', level: 'region', periods: 'month' },
  'formula.stockReceivedKg': { label: 'Stock recibido (kg)', level: 'region', periods: 'month' },
} as const satisfies Record<string, FigureDef>;

export type FigureKey = keyof typeof DHIS2_FIGURES;

/** Figures given by reason too: `formula.kilograms.<reason>`, mapped usually to a category option combo. */
export const BY_REASON: readonly FigureKey[] = ['formula.kilograms', 'formula.admissions'];

/** The org unit key of the whole country in the mapping. */
export const COUNTRY_KEY = 'pais';

/** A figure key as the mapping writes it: a figure, or a by-reason figure with a reason known here. */
export function isKnownFigure(key: string, reasonCodes: ReadonlySet<string>): boolean {
  if (Object.hasOwn(DHIS2_FIGURES, key)) return true;
  const base = BY_REASON.find((figure) => key.startsWith(`${figure}.`));
  return base !== undefined && reasonCodes.has(key.slice(base.length + 1));
}
