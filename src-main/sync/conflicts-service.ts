import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ConflictRow } from '../../src-shared/sync/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { syncConflicts } from './sync.schema';
import { isSyncTable } from './sync-tables';

type Row = Readonly<Record<string, string | number | null>>;

/** Versions waiting for a person to review them, with the version kept now beside each. */
export function openConflicts(ctx: AppContext): ConflictRow[] {
  return ctx.db
    .select()
    .from(syncConflicts)
    .where(isNull(syncConflicts.resolvedAt))
    .orderBy(asc(syncConflicts.detectedAt))
    .all()
    .map((c) => ({
      id: c.id,
      table: c.tableName,
      rowId: c.rowId,
      keptHlc: c.keptHlc,
      otherHlc: c.otherHlc,
      other: JSON.parse(c.otherState) as Row,
      kept: isSyncTable(c.tableName) ? ((ctx.sqlite.prepare(`SELECT * FROM ${c.tableName} WHERE id = ?`).get(c.rowId) as Row | undefined) ?? null) : null,
      detectedAt: c.detectedAt,
    }));
}

/** Reviewed: the version kept stays (a change is made on the record itself, as any edit); audited. */
export function markReviewed(ctx: AppContext, id: number): ConflictRow[] {
  const conflict = ctx.db.select().from(syncConflicts).where(and(eq(syncConflicts.id, id), isNull(syncConflicts.resolvedAt))).get();
  if (!conflict) throw new AppError('NOT_FOUND', 'Ese conflicto ya fue revisado o no existe.');
  inTransaction(ctx, () => {
    ctx.db.update(syncConflicts).set({ resolvedAt: ctx.now() }).where(eq(syncConflicts.id, id)).run();
    recordAudit(ctx, { action: 'sync.conflictReviewed', recordTable: conflict.tableName, recordId: conflict.rowId });
  });
  return openConflicts(ctx);
}
