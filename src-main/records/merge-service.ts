import { infantRuleMessage, infantRuleProblems } from '../../src-shared/formula/infant-rules';
import { recordsText as t } from '../../src-shared/records/text';
import type { MergeResult } from '../../src-shared/records/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { loadInfantRecords } from '../formula/infant-records';
import { requireLocalSiteId } from '../site/site-service';

export type MergeTable = 'caregivers' | 'infants';

export interface MergeInput {
  readonly table: MergeTable;
  /** The record that stays. */
  readonly survivorId: string;
  /** The duplicate: its children move to the survivor, and it becomes a tombstone pointing to it. */
  readonly duplicateId: string;
  readonly reason: string;
}

/** What hangs from each kind of record, moved to the survivor. */
const CHILDREN: Record<MergeTable, { readonly table: string; readonly column: string }> = {
  caregivers: { table: 'infants', column: 'caregiver_id' },
  infants: { table: 'prescriptions', column: 'infant_id' },
};

type Row = Record<string, string | number | null>;

function ownRow(ctx: AppContext, table: MergeTable, id: string): Row {
  const row = ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as Row | undefined;
  if (!row) throw new AppError('NOT_FOUND', t.notFound);
  if (row.owner_site_id !== requireLocalSiteId(ctx)) throw new AppError('FORBIDDEN', t.notOwn);
  return row;
}

/**
 * Merges two records of the same person (issue 14.4), by an admin: the survivor keeps every infant or
 * prescription (and so every delivery), every document and the audit trail of both (the history follows
 * `merged_into_id`); the duplicate becomes a tombstone pointing to the survivor. Every changed row takes
 * a new stamp, so the merge travels in the next bundle. What the program's rules say of the merged infant
 * comes back (the duplicate may have received a second entitlement): shown, never hidden.
 */
export function mergeRecords(ctx: AppContext, input: MergeInput): MergeResult {
  if (input.survivorId === input.duplicateId) throw new AppError('VALIDATION', t.mergeSame, { duplicateId: t.mergeSame });
  if (input.reason.trim() === '') throw new AppError('VALIDATION', t.reasonRequired, { reason: t.mergeReason });
  const survivor = ownRow(ctx, input.table, input.survivorId);
  const duplicate = ownRow(ctx, input.table, input.duplicateId);
  if (input.table === 'infants' && survivor.national_id && duplicate.national_id && survivor.national_id !== duplicate.national_id) {
    throw new AppError('VALIDATION', t.mergeDifferentIds, { duplicateId: t.mergeDifferentIds });
  }
  inTransaction(ctx, () => {
    const stamp = () => changeStamp(ctx).hlc;
    const child = CHILDREN[input.table];
    const moved = ctx.sqlite.prepare(`SELECT id FROM ${child.table} WHERE ${child.column} = ? AND deleted = 0`).pluck().all(input.duplicateId) as string[];
    for (const id of moved) ctx.sqlite.prepare(`UPDATE ${child.table} SET ${child.column} = ?, hlc = ? WHERE id = ?`).run(input.survivorId, stamp(), id);
    const links = ctx.sqlite.prepare('SELECT id FROM attachment_links WHERE record_table = ? AND record_id = ? AND deleted = 0').pluck().all(input.table, input.duplicateId) as string[];
    for (const id of links) ctx.sqlite.prepare('UPDATE attachment_links SET record_id = ?, hlc = ? WHERE id = ?').run(input.survivorId, stamp(), id);
    ctx.sqlite.prepare(`UPDATE ${input.table} SET deleted = 1, merged_into_id = ?, hlc = ? WHERE id = ?`).run(input.survivorId, stamp(), input.duplicateId);
    const detail = t.mergeDetail(String(duplicate.first_names), String(duplicate.last_names), moved.length, input.reason.trim());
    recordAudit(ctx, { action: 'record.merge', recordTable: input.table, recordId: input.survivorId, detail });
    recordAudit(ctx, { action: 'record.merge', recordTable: input.table, recordId: input.duplicateId, detail });
  });
  const infantId = input.table === 'infants' ? input.survivorId : null;
  const records = infantId ? loadInfantRecords(ctx, infantId) : null;
  return { survivorId: input.survivorId, warnings: records ? infantRuleProblems(records, todayIso(ctx)).map(infantRuleMessage) : [] };
}
