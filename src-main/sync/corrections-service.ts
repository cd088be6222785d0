import { inTransaction, type AppContext } from '../app/context';
import { foldForSearch } from '../../src-shared/common/text';
import { CORRECTABLE, isCorrectableTable, readCorrection, typedValueOf, type CorrectableField, type CorrectableTable, type StoredValue } from '../../src-shared/sync/correctable';
import { correctionText } from '../../src-shared/sync/correction-text';
import type { CorrectionForm } from '../../src-shared/sync/types';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { requireRulesHold } from '../formula/infant-records';
import { localKeys } from './keys-of';
import { hivPersonLookup, ownReceiver, withheldOfRecord } from './privacy-filter';
import { syncCorrections } from './sync.schema';
import { isSyncTable } from './sync-tables';

const t = {
  notHere: correctionText.notHere,
  notCorrectable: 'Ese tipo de registro no se corrige desde la coordinación.',
  notFound: 'No se encontró ese registro.',
  ownRecord: 'Ese registro es de este mismo sitio: se edita en su pantalla, no como corrección.',
  badColumn: (column: string) => `El dato «${column}» no se puede corregir.`,
  invalid: 'Revise los datos marcados.',
};

/** The record as the corrections user may change it: checked to be a facility's record held here. */
function correctableRecord(ctx: AppContext, table: string, id: string): { table: CorrectableTable; row: Record<string, StoredValue>; siteId: string } {
  const { site } = localKeys(ctx);
  if (site.kind === 'facility') throw new AppError('FORBIDDEN', t.notHere);
  if (!isSyncTable(table) || !isCorrectableTable(table)) throw new AppError('VALIDATION', t.notCorrectable);
  const row = ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as Record<string, StoredValue> | undefined;
  if (!row) throw new AppError('NOT_FOUND', t.notFound);
  if (row.owner_site_id === site.id) throw new AppError('VALIDATION', t.ownRecord);
  return { table, row, siteId: String(row.owner_site_id) };
}

/** The correctable fields this level holds for real: one it receives as a pseudonym is never corrected here (18.1). */
function correctableHere(ctx: AppContext, table: CorrectableTable, id: string): readonly CorrectableField[] {
  const hidden = withheldOfRecord(ownReceiver(ctx), table, id, hivPersonLookup(ctx));
  return (CORRECTABLE[table] as readonly CorrectableField[]).filter((f) => !hidden.has(f.column));
}

/** What the correction form opens with: the fields as they are now, the facility, earlier corrections. */
export function correctionForm(ctx: AppContext, table: string, id: string): CorrectionForm {
  const record = correctableRecord(ctx, table, id);
  const site = ctx.sqlite.prepare('SELECT code, name FROM sites WHERE id = ?').get(record.siteId) as { code: string; name: string } | undefined;
  const previous = ctx.sqlite
    .prepare('SELECT c.corrected_at AS correctedAt, c.reason, u.full_name AS by FROM sync_corrections c LEFT JOIN users u ON u.id = c.corrected_by WHERE c.table_name = ? AND c.row_id = ? ORDER BY c.id DESC')
    .all(table, id) as CorrectionForm['previous'];
  return {
    table,
    id,
    site: site ?? { code: '', name: record.siteId },
    fields: correctableHere(ctx, record.table, id).map((f) => ({ ...f, value: typedValueOf(f, record.row[f.column] ?? null) })),
    previous,
  };
}

export interface CorrectionInput {
  readonly table: string;
  readonly id: string;
  readonly changes: Readonly<Record<string, string | number | null>>;
  readonly reason: string;
}

/**
 * DESIGN.md A.14: the jurisdiction's corrections user changes a facility's record here; the new state has
 * a stamp of this site and travels down to the owner. The state it was based on is kept, so that a
 * change the facility made meanwhile is recognised as a conflict and both versions stay visible.
 */
export function correctRecord(ctx: AppContext, input: CorrectionInput): { readonly hlc: string } {
  const { table, row } = correctableRecord(ctx, input.table, input.id);
  const allowed = new Set(correctableHere(ctx, table, input.id).map((f) => f.column));
  for (const column of Object.keys(input.changes)) if (!allowed.has(column)) throw fieldError(column, t.badColumn(column));
  const typed = Object.fromEntries(Object.entries(input.changes).map(([column, value]) => [column, value === null ? '' : String(value)]));
  const { changes, errors } = readCorrection(table, typed, row, todayIso(ctx));
  if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', t.invalid, errors);
  // A corrected name is found by the search under its new spelling.
  if (table === 'caregivers' && ('first_names' in changes || 'last_names' in changes)) {
    changes.search_name = foldForSearch(`${String(changes.first_names ?? row.first_names)} ${String(changes.last_names ?? row.last_names)}`);
  }
  const columns = Object.keys(changes);
  if (columns.length === 0) throw new AppError('VALIDATION', correctionText.noChanges);
  // The program's rules hold for a correction as for any write (issue 14.2): shown before anything is sent.
  requireRulesHold(ctx, table, input.id, changes);
  return inTransaction(ctx, () => {
    const { hlc } = changeStamp(ctx);
    ctx.sqlite.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, hlc = ? WHERE id = ?`).run(...columns.map((c) => changes[c] ?? null), hlc, input.id);
    ctx.db
      .insert(syncCorrections)
      .values({
        tableName: input.table,
        rowId: input.id,
        ownerSiteId: String(row.owner_site_id),
        baseHlc: String(row.hlc),
        hlc,
        reason: input.reason,
        correctedAt: ctx.now(),
        correctedBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, { action: 'sync.correction', recordTable: input.table, recordId: input.id, detail: `${columns.join(', ')}: ${input.reason}` });
    return { hlc };
  });
}
