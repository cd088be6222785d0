import { dateFromInput, showIsoDate } from '../common/dates';
import { correctionText as t } from './correction-text';

/**
 * What the jurisdiction's corrections user may change in a facility's record (DESIGN.md A.14): the typed
 * data of a person, a prescription, a delivery or a HIS code. Identities, owners, stamps, files and links
 * are never corrected. Main and the correction form both use these definitions and `readCorrection`.
 */
export type CorrectableKind = 'text' | 'date' | 'count' | 'document';

export interface CorrectableField {
  readonly column: string;
  readonly label: string;
  readonly kind: CorrectableKind;
  readonly required: boolean;
}

const field = (column: string, kind: CorrectableKind, required = true): CorrectableField => ({ column, label: t.labels[column] ?? column, kind, required });

export const CORRECTABLE = {
  caregivers: [field('national_id', 'document'), field('first_names', 'text'), field('last_names', 'text'), field('phone', 'text', false), field('address', 'text', false)],
  infants: [field('first_names', 'text'), field('last_names', 'text'), field('birth_date', 'date')],
  prescriptions: [field('prescription_date', 'date'), field('prescriber_name', 'text'), field('prescriber_licence', 'text')],
  deliveries: [field('delivery_date', 'date'), field('cans_800', 'count'), field('cans_1kg', 'count')],
  his_codes: [field('code', 'text'), field('description', 'text')],
} as const satisfies Record<string, readonly CorrectableField[]>;

export type CorrectableTable = keyof typeof CORRECTABLE;
export type StoredValue = string | number | null;

export function isCorrectableTable(table: string): table is CorrectableTable {
  return Object.hasOwn(CORRECTABLE, table);
}

/** A stored value as the form shows it: dates as dd/mm/aaaa, numbers as digits. */
export function typedValueOf(f: CorrectableField, stored: StoredValue): string {
  if (stored === null) return '';
  if (f.kind === 'date' && typeof stored === 'string' && dateFromInput(stored)) return showIsoDate(stored);
  return String(stored);
}

/**
 * The typed values read against the record's current ones: the columns that really change, as they will
 * be stored, or Spanish errors per field. A date may not be in the future (`today`, aaaa-mm-dd).
 */
export function readCorrection(
  table: CorrectableTable,
  typed: Readonly<Record<string, string>>,
  current: Readonly<Record<string, StoredValue>>,
  today: string,
): { readonly changes: Record<string, StoredValue>; readonly errors: Record<string, string> } {
  const changes: Record<string, StoredValue> = {};
  const errors: Record<string, string> = {};
  for (const f of CORRECTABLE[table] as readonly CorrectableField[]) {
    const raw = typed[f.column];
    if (raw === undefined) continue;
    const text = raw.trim().replace(/\s+/g, ' ');
    if (text === '') {
      if (f.required) errors[f.column] = t.required(f.label);
      else if ((current[f.column] ?? '') !== '') changes[f.column] = '';
      continue;
    }
    let value: StoredValue = text;
    if (f.kind === 'date') {
      const iso = dateFromInput(text);
      if (!iso) errors[f.column] = t.badDate(f.label);
      else if (iso > today) errors[f.column] = t.futureDate(f.label);
      value = iso;
    } else if (f.kind === 'count') {
      if (!/^\d{1,4}$/.test(text)) errors[f.column] = t.badCount(f.label);
      value = Number(text);
    } else if (f.kind === 'document') {
      value = text.replace(/[\s.-]/g, '');
      if (!/^[0-9A-Za-z]{6,15}$/.test(value)) errors[f.column] = t.badDocument(f.label);
    } else if (text.length > 200) {
      errors[f.column] = t.tooLong(f.label);
    }
    if (!errors[f.column] && value !== current[f.column]) changes[f.column] = value;
  }
  return { changes, errors };
}
