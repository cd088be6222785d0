import { hasPermission } from '../../src-shared/users/roles';
import { HISTORY_TABLES, type HistoryTable } from '../../src-shared/audit/history';
import type { AuditEntry } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { requireSession } from '../session/session-service';
import { withClinicalDetailReserved } from './clinical-detail';

/**
 * The records whose entries belong in a record's history: itself and what hangs from it (a caregiver's
 * infants, an infant's prescriptions, a prescription's deliveries), so a reviewer sees the whole case.
 */
const CHILDREN: Partial<Record<HistoryTable, { table: HistoryTable; sql: string }>> = {
  caregivers: { table: 'infants', sql: 'SELECT id FROM infants WHERE caregiver_id = ?' },
  infants: { table: 'prescriptions', sql: 'SELECT id FROM prescriptions WHERE infant_id = ?' },
  prescriptions: { table: 'deliveries', sql: 'SELECT id FROM deliveries WHERE prescription_id = ?' },
};

/** Duplicates merged into a record (issue 14.4): their history is the record's history too. */
const MERGED: Partial<Record<HistoryTable, string>> = {
  caregivers: 'SELECT id FROM caregivers WHERE merged_into_id = ?',
  infants: 'SELECT id FROM infants WHERE merged_into_id = ?',
};

function relatedRecords(ctx: AppContext, table: HistoryTable, id: string): [HistoryTable, string][] {
  const out: [HistoryTable, string][] = [[table, id]];
  const merged = MERGED[table];
  if (merged) for (const mergedId of ctx.sqlite.prepare(merged).pluck().all(id) as string[]) out.push([table, mergedId]);
  const child = CHILDREN[table];
  if (!child) return out;
  const ids = ctx.sqlite.prepare(child.sql).pluck().all(id) as string[];
  for (const childId of ids) out.push(...relatedRecords(ctx, child.table, childId));
  return out;
}

const HISTORY_MAX = 1000;

export function recordHistory(ctx: AppContext, table: HistoryTable, id: string): AuditEntry[] {
  const session = requireSession(ctx);
  if (!hasPermission(session.role, HISTORY_TABLES[table])) throw new AppError('FORBIDDEN', sessionText.errors.forbidden);
  const records = relatedRecords(ctx, table, id);
  // One indexed lookup per record: (record_table, record_id) is indexed.
  const statement = ctx.sqlite.prepare(
    `SELECT id, at, user_id AS userId, username, action, record_table AS recordTable, record_id AS recordId, outcome, detail
       FROM audit_log WHERE record_table = ? AND record_id = ?`,
  );
  const entries = records.flatMap(([recordTable, recordId]) => statement.all(recordTable, recordId) as AuditEntry[]);
  return withClinicalDetailReserved(ctx, entries.sort((a, b) => b.at - a.at || b.id - a.id).slice(0, HISTORY_MAX));
}
