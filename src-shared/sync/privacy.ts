import type { CoordinationKind, Country } from '../site/countries';

/**
 * Privacy by level (issue 18.1, DESIGN.md "Levels, privacy and national reporting"): what each level
 * above a facility receives, per country profile, enforced when a bundle up is built (and again by the
 * receiver on import). What a level may not see never leaves the sender: names and document numbers
 * become stable pseudonyms (the record keeps its id, so it still counts, consolidates and is corrected),
 * contact data and notes are emptied, clinical details are emptied, scanned documents stay behind.
 */
export const PRIVACY_CATEGORIES = ['identities', 'clinical', 'memberIdentities', 'staffNames', 'notes', 'documents'] as const;
export type PrivacyCategory = (typeof PRIVACY_CATEGORIES)[number];

/** What a withheld value becomes: a stable pseudonym, empty (text) or null, or its month only (dates). */
export type Withholding = 'pseudonym' | 'empty' | 'null' | 'month';

export const PRIVACY_CATEGORY_LABELS: Readonly<Record<PrivacyCategory, string>> = {
  identities: 'Identidad de responsables y lactantes (nombres, DNI, contacto, dirección)',
  clinical: 'Datos clínicos (motivo de la receta, peso al nacer, edad gestacional, datos de VIH)',
  memberIdentities: 'Identidad y contacto de las integrantes de los grupos, y DNI y contacto de madres guía, actores clave y facilitadores',
  staffNames: 'Nombres del personal, de los facilitadores, de las madres guía y de los actores clave',
  notes: 'Notas libres sobre personas (observaciones, motivos de ausencia)',
  documents: 'Documentos escaneados (recetas, declaraciones)',
};

/** The columns each category covers, table by table, and what they become when withheld. */
export const PRIVACY_COLUMNS: Readonly<Record<PrivacyCategory, Readonly<Record<string, Readonly<Record<string, Withholding>>>>>> = {
  identities: {
    caregivers: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym', search_name: 'pseudonym', phone: 'empty', email: 'empty', address: 'empty', birth_date: 'month' },
    infants: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym' },
    deliveries: { received_by_national_id: 'empty', received_by_name: 'empty' },
    coverage_entries: { national_id: 'pseudonym', name: 'pseudonym' },
  },
  clinical: {
    prescriptions: { reason_code: 'empty', birth_weight_grams: 'null', gestational_weeks: 'null', hiv_caregiver_birth_date: 'null', hiv_caregiver_sex: 'null', hiv_viral_load: 'null', hiv_modality: 'null' },
  },
  memberIdentities: {
    group_members: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym', search_name: 'pseudonym', address: 'empty', phone: 'empty' },
    lead_mothers: { national_id: 'pseudonym', phone: 'empty', address: 'empty' },
    key_actors: { phone: 'empty' },
    facilitators: { national_id: 'empty', phone: 'empty', email: 'empty' },
  },
  staffNames: {
    lead_mothers: { first_names: 'pseudonym', last_names: 'pseudonym' },
    key_actors: { full_name: 'pseudonym' },
    designated_staff: { full_name: 'pseudonym' },
    facilitators: { full_name: 'pseudonym' },
  },
  notes: {
    lead_mothers: { notes: 'empty' },
    session_attendance: { absence_reason: 'empty' },
    prescriptions: { status_note: 'empty' },
  },
  documents: {},
};

/** Tables that travel only to a level that receives documents: scans show names and faces. */
export const DOCUMENT_TABLES: readonly string[] = ['attachments', 'attachment_links'];

/**
 * Per country and receiving level, the categories it receives. Argentina (seed 004, FI "Toda
 * información recolectada..."): identities only at the jurisdiction's program and the national direction.
 * Peru: the microrred and the red keep the formula quality control they do today (identities and scans),
 * the national level works with figures. Both: group members' identities and notes never above the
 * facility; staff and lead mothers' names go up because the guide (seed 000 §6) consolidates staff lists.
 */
export const PRIVACY_TABLE: Readonly<Record<Country, Readonly<Record<CoordinationKind, readonly PrivacyCategory[]>>>> = {
  PE: {
    microNetwork: ['identities', 'clinical', 'staffNames', 'documents'],
    network: ['identities', 'clinical', 'staffNames', 'documents'],
    region: ['identities', 'clinical', 'staffNames', 'documents'],
    national: ['clinical', 'staffNames'],
  },
  AR: {
    microNetwork: ['staffNames'],
    network: ['staffNames'],
    region: ['identities', 'clinical', 'staffNames', 'documents'],
    national: ['identities', 'clinical', 'staffNames', 'documents'],
  },
};

/** What a coordination site receives when it asked for records without personal data (it may ask for less, never more). */
const REDUCED: readonly PrivacyCategory[] = ['staffNames'];

export interface Receiver {
  readonly country: Country;
  readonly kind: CoordinationKind;
  /** The site is (also) the HIV direction: only it receives the identity of a person in the HIV reason. */
  readonly hivDirection: boolean;
  /** The site asked to receive records without personal data. */
  readonly reduced: boolean;
}

export function categoriesFor(receiver: Receiver): ReadonlySet<PrivacyCategory> {
  const allowed = PRIVACY_TABLE[receiver.country][receiver.kind];
  return new Set(receiver.reduced ? allowed.filter((c) => REDUCED.includes(c)) : allowed);
}

/**
 * For one table, the columns withheld from this receiver and how. `hivPerson` is true for the rows of a
 * caregiver or infant with an HIV-reason prescription (and those prescriptions, their deliveries): their
 * identity and clinical data go only to a site that is the HIV direction.
 */
export function withheldColumns(receiver: Receiver, table: string, hivPerson = false): Readonly<Record<string, Withholding>> {
  const allowed = categoriesFor(receiver);
  const out: Record<string, Withholding> = {};
  for (const category of PRIVACY_CATEGORIES) {
    const hidden = !allowed.has(category) || (hivPerson && !receiver.hivDirection && (category === 'identities' || category === 'clinical'));
    if (!hidden) continue;
    Object.assign(out, PRIVACY_COLUMNS[category][table] ?? {});
  }
  return out;
}

export function receivesDocuments(receiver: Receiver): boolean {
  return categoriesFor(receiver).has('documents');
}

/** The tables whose rows can belong to a person in the HIV reason. */
export const HIV_SENSITIVE_TABLES: readonly string[] = ['caregivers', 'infants', 'prescriptions', 'deliveries'];

/** A stable pseudonym, the same for the same record and column at every level: `seed` is a hex digest. */
export function pseudonymOf(seedHex: string): string {
  return `anon-${seedHex.slice(0, 10)}`;
}
