export const COUNTRIES = ['PE', 'AR'] as const;
export type Country = (typeof COUNTRIES)[number];

export const SITE_KINDS = ['facility', 'microNetwork', 'network'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

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
  /** The code a coordination site goes by (not a facility register's). */
  readonly coordinationCodeLabel: Readonly<Record<'microNetwork' | 'network', string>>;
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
    regionLabel: 'DIRESA / GERESA / DISA',
    networkLabel: 'Red de salud',
    microNetworkLabel: 'Microrred',
    coordinationCodeLabel: { microNetwork: 'Código de la microrred', network: 'Código de la red' },
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
    coordinationCodeLabel: { microNetwork: 'Código del área programática', network: 'Código de la región sanitaria' },
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
};

/** The label of a site's code: the facility register's for a facility, the coordination's own otherwise. */
export function siteCodeLabel(country: Country, kind: SiteKind): string {
  const profile = COUNTRY_PROFILES[country];
  return kind === 'facility' ? profile.facilityCodeLabel : profile.coordinationCodeLabel[kind];
}
