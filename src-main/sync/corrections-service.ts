import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { localKeys } from './keys-of';
import { syncCorrections } from './sync.schema';
import { isSyncTable } from './sync-tables';

/** Records a coordination level may correct: the clinical and program records, not identities or files. */
const NOT_CORRECTABLE = new Set(['sites', 'users', 'attachments', 'attachment_links']);
const PROTECTED = new Set(['id', 'owner_site_id', 'hlc', 'deleted', 'created_at', 'created_by']);

const t = {
  notHere: 'Las correcciones se hacen en la microrred o la red, sobre registros de sus establecimientos.',
  notCorrectable: 'Ese tipo de registro no se corrige desde la coordinación.',
  notFound: 'No se encontró ese registro.',
  ownRecord: 'Ese registro es de este mismo sitio: se edita en su pantalla, no como corrección.',
  badColumn: (column: string) => `El dato «${column}» no se puede corregir.`,
  noChanges: 'No hay cambios para guardar.',
};

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
  const { site } = localKeys(ctx);
  if (site.kind === 'facility') throw new AppError('FORBIDDEN', t.notHere);
  if (!isSyncTable(input.table) || NOT_CORRECTABLE.has(input.table)) throw new AppError('VALIDATION', t.notCorrectable);
  const row = ctx.sqlite.prepare(`SELECT * FROM ${input.table} WHERE id = ? AND deleted = 0`).get(input.id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('NOT_FOUND', t.notFound);
  if (row.owner_site_id === site.id) throw new AppError('VALIDATION', t.ownRecord);
  const columns = Object.keys(input.changes);
  if (columns.length === 0) throw new AppError('VALIDATION', t.noChanges);
  for (const column of columns) if (PROTECTED.has(column) || !(column in row)) throw new AppError('VALIDATION', t.badColumn(column));
  return inTransaction(ctx, () => {
    const { hlc } = changeStamp(ctx);
    ctx.sqlite.prepare(`UPDATE ${input.table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, hlc = ? WHERE id = ?`).run(...columns.map((c) => input.changes[c] ?? null), hlc, input.id);
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
