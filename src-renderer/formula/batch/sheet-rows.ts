import { dateFromInput } from '../../../src-shared/common/dates';
import type { BatchLookup } from '../../../src-shared/contract/types';
import { gramsOf } from '../../../src-shared/formula/entitlement';
import { SHEET_COLUMNS } from '../../../src-shared/formula/sheet-columns';
import { normalizeDigits } from '../../../src-shared/site/countries';
import { newId, UUID_PATTERN } from '../../../src-shared/sync/ids';

/** One line of the paper sheet as typed: strings, exactly as the user left them. */
export interface SheetRow {
  readonly key: string;
  readonly deliveryDate: string;
  readonly caregiverNationalId: string;
  readonly infantId: string;
  readonly cans800: string;
  readonly cans1kg: string;
  readonly receivedByNationalId: string;
  readonly receivedByName: string;
  /** 'yes' once the registrar confirmed it is another delivery, not the same one typed twice. */
  readonly confirmRepeat: string;
  /** Messages from the last save attempt: field → message, `_` for the whole row. */
  readonly errors: Readonly<Record<string, string>>;
}

export type SheetField = Exclude<keyof SheetRow, 'key' | 'errors'>;

/** The cells a user types in, in the order of the printed sheet (the infant column is between DNI and cans). */
export const TYPED_COLUMNS = SHEET_COLUMNS;

/** A line's key is also its delivery's id: kept in the draft, so a line sent twice is saved once. */
function newKey(): string {
  return newId();
}

/** A new line takes the date of the line above: a sheet is written day after day. */
export function emptyRow(deliveryDate = ''): SheetRow {
  return { key: newKey(), deliveryDate, caregiverNationalId: '', infantId: '', cans800: '', cans1kg: '', receivedByNationalId: '', receivedByName: '', confirmRepeat: '', errors: {} };
}

/** A line with nothing but its (carried) date is not a delivery. */
export function isBlank(row: SheetRow): boolean {
  return [row.caregiverNationalId, row.cans800, row.cans1kg, row.receivedByNationalId, row.receivedByName].every((v) => v.trim() === '');
}

/** What main receives for the row (it validates every cell again). */
export function rowInput(row: SheetRow): Record<string, unknown> {
  return {
    rowKey: row.key,
    deliveryDate: row.deliveryDate,
    caregiverNationalId: row.caregiverNationalId,
    infantId: row.infantId === '' ? null : row.infantId,
    cans800: row.cans800.trim() === '' ? '0' : row.cans800,
    cans1kg: row.cans1kg.trim() === '' ? '0' : row.cans1kg,
    receivedByNationalId: row.receivedByNationalId,
    receivedByName: row.receivedByName,
    confirmRepeat: row.confirmRepeat === 'yes',
  };
}

/** The infant (and prescription) a row delivers to, once its DNI is looked up: the only one, or the one chosen. */
export function chosenInfant(row: SheetRow, lookup: BatchLookup | 'pending' | undefined): BatchLookup['infants'][number] | undefined {
  if (lookup === undefined || lookup === 'pending') return undefined;
  return lookup.infants.length === 1 ? lookup.infants[0] : lookup.infants.find((i) => i.infantId === row.infantId);
}

/** The key under which the DNI lookup of a row is kept; null while the DNI or the date is incomplete. */
export function lookupKey(row: SheetRow): string | null {
  const date = dateFromInput(row.deliveryDate);
  const nationalId = normalizeDigits(row.caregiverNationalId);
  if (!date || !/^\d{6,12}$/.test(nationalId)) return null;
  return `${nationalId}|${date}`;
}

/** Grams typed on the row, 0 while the counts are not whole numbers. */
export function typedGrams(row: SheetRow): number {
  const count = (text: string) => (/^\d{1,2}$/.test(text.trim()) ? Number(text) : 0);
  return gramsOf({ cans800: count(row.cans800), cans1kg: count(row.cans1kg) });
}

/** What a draft keeps of a row: its key (the delivery it becomes), its cells and its messages. */
export function draftCells(row: SheetRow): { [K in keyof SheetRow]: SheetRow[K] } {
  const { key, deliveryDate, caregiverNationalId, infantId, cans800, cans1kg, receivedByNationalId, receivedByName, confirmRepeat, errors } = row;
  return { key, deliveryDate, caregiverNationalId, infantId, cans800, cans1kg, receivedByNationalId, receivedByName, confirmRepeat, errors };
}

/** Restores rows from an autosaved draft, dropping anything that is not a row. */
export function rowsFromDraft(data: unknown): SheetRow[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { rows?: unknown }).rows)) return [];
  const rows: SheetRow[] = [];
  for (const item of (data as { rows: unknown[] }).rows) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const text = (name: string) => (typeof record[name] === 'string' ? record[name] : '');
    const errors = typeof record.errors === 'object' && record.errors !== null ? (record.errors as Record<string, string>) : {};
    const key = text('key');
    rows.push({
      key: UUID_PATTERN.test(key) && !rows.some((r) => r.key === key) ? key : newKey(),
      deliveryDate: text('deliveryDate'),
      caregiverNationalId: text('caregiverNationalId'),
      infantId: text('infantId'),
      cans800: text('cans800'),
      cans1kg: text('cans1kg'),
      receivedByNationalId: text('receivedByNationalId'),
      receivedByName: text('receivedByName'),
      confirmRepeat: text('confirmRepeat') === 'yes' ? 'yes' : '',
      errors,
    });
  }
  return rows;
}

/**
 * For each row, the grams typed on the rows above it that go to the same prescription and fit in what
 * remains (a row that would be refused for exceeding takes nothing from the rows after it).
 */
export function gramsAbove(rows: readonly SheetRow[], prescriptionOf: (row: SheetRow) => { readonly id: string; readonly remaining: number } | null): number[] {
  const sums = new Map<string, number>();
  return rows.map((row) => {
    const prescription = prescriptionOf(row);
    if (!prescription) return 0;
    const before = sums.get(prescription.id) ?? 0;
    if (before + typedGrams(row) <= prescription.remaining) sums.set(prescription.id, before + typedGrams(row));
    return before;
  });
}
