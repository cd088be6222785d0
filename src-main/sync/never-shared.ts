import type { RowValue } from './payload';

/**
 * Columns that never leave the site that wrote them, whatever the level above may see (issue 18.2):
 * the personal testimonies of a support group (GT: kept "de manera reservada").
 */
export const NEVER_SHARED: Readonly<Record<string, readonly string[]>> = {
  group_sessions: ['confidential_notes'],
};

/** The row with its never-shared columns emptied (they are NOT NULL text: an empty string). */
export function withoutNeverShared(table: string, columns: readonly string[], row: readonly RowValue[]): RowValue[] {
  const hidden = NEVER_SHARED[table];
  if (!hidden) return [...row];
  return row.map((value, i) => (hidden.includes(columns[i] ?? '') ? '' : value));
}
