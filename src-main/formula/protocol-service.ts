import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PrescriptionStatus } from '../../src-shared/contract/types';
import { PROTOCOL_ITEMS, type protocolSchema } from '../../src-shared/formula/protocol';
import { formulaText } from '../../src-shared/formula/text-fields';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { requireLocalSiteId } from '../site/site-service';
import { prescriptionStatus } from './deliveries-service';
import { prescriptions } from './formula.schema';

/** Records seed 004's delivery protocol on a prescription of this site: what was done, who and when (14.9). */
export function setProtocol(ctx: AppContext, input: z.output<typeof protocolSchema>): PrescriptionStatus {
  const siteId = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const row = ctx.db
      .select({ id: prescriptions.id })
      .from(prescriptions)
      .where(and(eq(prescriptions.id, input.prescriptionId), eq(prescriptions.deleted, false), eq(prescriptions.ownerSiteId, siteId)))
      .get();
    if (!row) throw new AppError('NOT_FOUND', formulaText.errors.prescriptionNotFound);
    ctx.db
      .update(prescriptions)
      .set({ protocolChecks: JSON.stringify(input.checks), protocolCheckedBy: ctx.session.current?.userId ?? null, protocolCheckedAt: ctx.now(), ...changeStamp(ctx) })
      .where(eq(prescriptions.id, row.id))
      .run();
    const done = PROTOCOL_ITEMS.filter((item) => input.checks[item.key]).length;
    recordAudit(ctx, { action: 'formula.protocol', recordTable: 'prescriptions', recordId: row.id, detail: `${done} de ${PROTOCOL_ITEMS.length} puntos del protocolo de entrega` });
  });
  return prescriptionStatus(ctx, input.prescriptionId);
}
