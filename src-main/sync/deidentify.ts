import crypto from 'node:crypto';
import type { RowValue } from './payload';

/**
 * What makes a record point at a person. A red configured for de-identified records keeps none of it:
 * names and document numbers become a stable pseudonym (the same person keeps the same one, so counts
 * of distinct people still add up), contact data is dropped, birth dates keep only month and year.
 */
const PERSONAL: Readonly<Record<string, Readonly<Record<string, 'pseudonym' | 'drop' | 'month'>>>> = {
  caregivers: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym', search_name: 'pseudonym', phone: 'drop', email: 'drop', address: 'drop', birth_date: 'month' },
  infants: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym', birth_date: 'month' },
  prescriptions: { hiv_caregiver_birth_date: 'month' },
  deliveries: { received_by_national_id: 'drop', received_by_name: 'drop' },
  coverage_entries: { national_id: 'pseudonym', name: 'pseudonym' },
  lead_mothers: { national_id: 'pseudonym', first_names: 'pseudonym', last_names: 'pseudonym', phone: 'drop', address: 'drop' },
  group_members: { first_names: 'pseudonym', last_names: 'pseudonym', search_name: 'pseudonym', address: 'drop' },
  key_actors: { full_name: 'pseudonym', phone: 'drop' },
  session_attendance: { absence_reason: 'drop' },
  group_sessions: { confidential_notes: 'drop' },
};

/** Scanned documents show names and faces: a de-identified red stores none. */
export const NEVER_DEIDENTIFIED = new Set(['attachments', 'attachment_links']);

export function deidentifyRow(table: string, columns: readonly string[], row: readonly RowValue[]): RowValue[] {
  const rules = PERSONAL[table];
  if (!rules) return [...row];
  const id = String(row[columns.indexOf('id')]);
  return row.map((value, i) => {
    const column = columns[i] ?? '';
    const rule = rules[column];
    if (!rule || value === null) return value;
    if (rule === 'drop') return '';
    if (rule === 'month') return typeof value === 'string' && /^\d{4}-\d{2}/.test(value) ? `${value.slice(0, 7)}-01` : value;
    return `anon-${crypto.createHash('sha256').update(`${id}:${column}`).digest('hex').slice(0, 10)}`;
  });
}
