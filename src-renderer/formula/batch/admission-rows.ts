import { ADMISSION_COLUMNS, type AdmissionColumn } from '../../../src-shared/formula/admissions';
import { newId, UUID_PATTERN } from '../../../src-shared/sync/ids';

/** One admission of the paper sheet as typed: strings, exactly as the user left them. */
export type AdmissionRow = { readonly key: string; readonly errors: Readonly<Record<string, string>> } & { readonly [K in AdmissionColumn]: string };

/** Carried from the admission above: a week's sheet is often one date and one prescriber after another. */
const CARRIED: readonly AdmissionColumn[] = ['prescriptionDate', 'prescriberName', 'prescriberLicence'];

/** The key is also the prescription's id: kept in the draft, so an admission sent twice is saved once. */
export function emptyAdmission(above?: AdmissionRow): AdmissionRow {
  const cells = Object.fromEntries(ADMISSION_COLUMNS.map((c) => [c, above && CARRIED.includes(c) ? above[c] : c === 'replacement' ? 'total' : ''])) as Record<AdmissionColumn, string>;
  return { key: newId(), errors: {}, ...cells };
}

/** Nothing typed about a person: the carried date, prescriber and replacement alone are not an admission. */
export function isBlankAdmission(row: AdmissionRow): boolean {
  return ADMISSION_COLUMNS.filter((c) => !CARRIED.includes(c) && c !== 'replacement').every((c) => row[c].trim() === '');
}

/** What main receives (it validates every cell again). */
export function admissionInput(row: AdmissionRow): Record<string, unknown> {
  return { rowKey: row.key, ...Object.fromEntries(ADMISSION_COLUMNS.map((c) => [c, row[c]])) };
}

/** What a draft keeps of an admission: its key, its cells and its messages. */
export function admissionDraft(row: AdmissionRow): Record<string, string | Readonly<Record<string, string>>> {
  return { key: row.key, errors: row.errors, ...Object.fromEntries(ADMISSION_COLUMNS.map((c) => [c, row[c]])) };
}

/** Restores admissions from an autosaved draft, dropping anything that is not one. */
export function admissionsFromDraft(data: unknown): AdmissionRow[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { rows?: unknown }).rows)) return [];
  const rows: AdmissionRow[] = [];
  for (const item of (data as { rows: unknown[] }).rows) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const text = (name: string) => (typeof record[name] === 'string' ? record[name] : '');
    const errors = typeof record.errors === 'object' && record.errors !== null ? (record.errors as Record<string, string>) : {};
    const key = text('key');
    const cells = Object.fromEntries(ADMISSION_COLUMNS.map((c) => [c, text(c)])) as Record<AdmissionColumn, string>;
    rows.push({ ...cells, replacement: cells.replacement === 'partial' ? 'partial' : 'total', key: UUID_PATTERN.test(key) && !rows.some((r) => r.key === key) ? key : newId(), errors });
  }
  return rows;
}
