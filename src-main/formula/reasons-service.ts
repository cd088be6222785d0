import { formulaText } from '../../src-shared/formula/text-fields';
import { and, eq, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { reasonChangeSchema } from '../../src-shared/formula/schemas';
import { reasonLabelIn, reasonsInForce, type ListedReason } from '../../src-shared/formula/reasons';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { sitesBelowQuery } from '../sync/peers';
import { formulaReasons } from './formula.schema';

const t = {
  onlyAbove: 'La lista de motivos la mantiene la microrred o la red; aquí se usa tal como llega.',
};

/**
 * The reason list in force here: the FI's, with what this site or the levels above changed and sent
 * down — never what a site below keeps (its rows reach a red only as part of its consolidated data).
 */
export function reasonsHere(ctx: ReadContext): readonly ListedReason[] {
  const rows = ctx.db.select().from(formulaReasons).where(and(eq(formulaReasons.deleted, false), notInArray(formulaReasons.ownerSiteId, sitesBelowQuery(ctx)))).all();
  return reasonsInForce(rows);
}

/** A prescription's reason as the list in force names it (the code itself for one no list knows). */
export function reasonLabel(ctx: AppContext, code: string): string {
  return reasonLabelIn(code, reasonsHere(ctx), formulaText.reasonWithheld);
}

/** Renames, withdraws, restores or adds a reason: only at a coordination site, whose list goes down. */
export function saveReason(ctx: AppContext, input: z.output<typeof reasonChangeSchema>): readonly ListedReason[] {
  if (localSite(ctx)?.kind === 'facility') throw new AppError('FORBIDDEN', t.onlyAbove);
  const here = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    const code = input.code ?? `motivo-${columns.id.slice(-12)}`;
    const own = ctx.db.select().from(formulaReasons).where(and(eq(formulaReasons.code, code), eq(formulaReasons.ownerSiteId, here), eq(formulaReasons.deleted, false))).get();
    if (own) ctx.db.update(formulaReasons).set({ label: input.label, side: input.side, active: input.active, ...changeStamp(ctx) }).where(eq(formulaReasons.id, own.id)).run();
    else ctx.db.insert(formulaReasons).values({ ...columns, code, label: input.label, side: input.side, active: input.active }).run();
    recordAudit(ctx, { action: 'formula.reasonSave', recordTable: 'formula_reasons', recordId: own?.id ?? columns.id, detail: `${code}: ${input.label}${input.active ? '' : ' (retirado)'}` });
  });
  return reasonsHere(ctx);
}
