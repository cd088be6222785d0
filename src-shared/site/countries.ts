export const COUNTRIES = ['PE', 'AR'] as const;
export type Country = (typeof COUNTRIES)[number];

export const SITE_KINDS = ['facility', 'microNetwork', 'network', 'region', 'national'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
export type CoordinationKind = Exclude<SiteKind, 'facility'>;

/** The levels in order, lowest first: bundles go up to any higher level, so a level may be skipped. */
export const SITE_LEVEL: Readonly<Record<SiteKind, number>> = { facility: 0, microNetwork: 1, network: 2, region: 3, national: 4 };

/**
 * Who may enrol with whom (seed 000 §5.3.1, issue 16): a site's parent is any higher level (a facility
 * may send straight to its red, a red straight to the national level); the same level never.
 */
export function relationBetween(me: SiteKind, other: SiteKind): 'parent' | 'child' | null {
  if (SITE_LEVEL[other] > SITE_LEVEL[me]) return 'parent';
  if (SITE_LEVEL[other] < SITE_LEVEL[me]) return 'child';
  return null;
}

/** What changes between the two programs' countries: ID rules and the names of levels and codes. */
export interface CountryProfile {
  readonly name: string;
  readonly nationalIdLabel: string;
  readonly nationalIdHint: string;
  readonly nationalIdPattern: RegExp;
  readonly facilityCodeLabel: string;
  readonly facilityCodeHint: string;
  readonly facilityCodePattern: RegExp;
  readonly regionLabel: string;
  readonly networkLabel: string;
  readonly microNetworkLabel: string;
  /** What each level's coordination site is called in this country. */
  readonly siteKindLabels: Readonly<Record<SiteKind, string>>;
  /** The code a coordination site goes by (not a facility register's). */
  readonly coordinationCodeLabel: Readonly<Record<CoordinationKind, string>>;
  /** What "coverage" is called here: people with it do not enter the formula program (FI footnote 1). */
  readonly coverageTerm: string;
}

export const COUNTRY_PROFILES: Record<Country, CountryProfile> = {
  PE: {
    name: 'Perú',
    nationalIdLabel: 'DNI',
    nationalIdHint: '8 dígitos',
    nationalIdPattern: /^\d{8}$/,
    facilityCodeLabel: 'Código RENAES (IPRESS)',
    facilityCodeHint: 'de 5 a 8 dígitos, como figura en RENAES',
    facilityCodePattern: /^\d{5,8}$/,
    regionLabel: 'DIRESA / GERESA / DIRIS / DISA',
    networkLabel: 'Red de salud',
    microNetworkLabel: 'Microrred',
    siteKindLabels: {
      facility: 'Establecimiento de salud (IPRESS)',
      microNetwork: 'Coordinación de microrred',
      network: 'Coordinación de red de salud',
      region: 'DIRESA / GERESA / DIRIS / DISA',
      national: 'MINSA — DGIESP (nivel nacional)',
    },
    coordinationCodeLabel: { microNetwork: 'Código de la microrred', network: 'Código de la red', region: 'Código de la DIRESA / GERESA', national: 'Código del nivel nacional' },
    coverageTerm: 'seguro de salud (EsSalud, EPS o seguro privado)',
  },
  AR: {
    name: 'Argentina',
    nationalIdLabel: 'DNI',
    nationalIdHint: '7 u 8 dígitos, sin puntos',
    nationalIdPattern: /^\d{7,8}$/,
    facilityCodeLabel: 'Código REFES',
    facilityCodeHint: '14 dígitos, como figura en REFES (SISA)',
    facilityCodePattern: /^\d{14}$/,
    regionLabel: 'Provincia / jurisdicción',
    networkLabel: 'Región sanitaria',
    microNetworkLabel: 'Área programática',
    siteKindLabels: {
      facility: 'Establecimiento de salud',
      microNetwork: 'Coordinación de área programática',
      network: 'Coordinación de región sanitaria',
      region: 'Programa jurisdiccional (provincia)',
      national: 'Dirección Nacional (DiSaPeNi)',
    },
    coordinationCodeLabel: {
      microNetwork: 'Código del área programática',
      network: 'Código de la región sanitaria',
      region: 'Código de la jurisdicción',
      national: 'Código de la dirección nacional',
    },
    coverageTerm: 'obra social o prepaga',
  },
};

/** People type IDs with dots, spaces or dashes ("12.345.678"); keep only the digits. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\s.-]/g, '');
}

export function isValidNationalId(country: Country, text: string): boolean {
  return COUNTRY_PROFILES[country].nationalIdPattern.test(normalizeDigits(text));
}

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  facility: 'Establecimiento de salud',
  microNetwork: 'Coordinación de microrred',
  network: 'Coordinación de red',
  region: 'Coordinación regional',
  national: 'Nivel nacional',
};

/** A level's name as its country calls it (DIRESA in Peru, jurisdicción in Argentina). */
export function siteKindLabel(country: Country, kind: SiteKind): string {
  return COUNTRY_PROFILES[country].siteKindLabels[kind];
}

/** The label of a site's code: the facility register's for a facility, the coordination's own otherwise. */
export function siteCodeLabel(country: Country, kind: SiteKind): string {
  const profile = COUNTRY_PROFILES[country];
  return kind === 'facility' ? profile.facilityCodeLabel : profile.coordinationCodeLabel[kind];
}
