import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { showIsoDate } from '../../src-shared/common/dates';
import type { PrescriptionStatus } from '../../src-shared/contract/types';
import { checkStateChange } from '../../src-shared/formula/prescription-lifecycle';
import type { prescriptionStateSchema } from '../../src-shared/formula/schemas';
import { CLOSE_CAUSE_LABELS, PRESCRIPTION_STATE_LABELS, stateChangeRefusalMessage } from '../../src-shared/formula/text';
import { formulaText } from '../../src-shared/formula/text-fields';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { requireLocalSiteId } from '../site/site-service';
import { prescriptionStatus } from './deliveries-service';
import { deliveries, prescriptions } from './formula.schema';

/** Suspends, resumes or closes a prescription of this facility (seed 004; issue 14.5), audited old → new. */
export function setPrescriptionState(ctx: AppContext, input: z.output<typeof prescriptionStateSchema>): PrescriptionStatus {
  const siteId = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const row = ctx.db
      .select()
      .from(prescriptions)
      .where(and(eq(prescriptions.id, input.prescriptionId), eq(prescriptions.deleted, false), eq(prescriptions.ownerSiteId, siteId)))
      .get();
    if (!row) throw new AppError('NOT_FOUND', formulaText.errors.prescriptionNotFound);
    const last = ctx.db
      .select({ date: deliveries.deliveryDate })
      .from(deliveries)
      .where(and(eq(deliveries.prescriptionId, row.id), eq(deliveries.deleted, false), isNull(deliveries.voidedAt)))
      .orderBy(desc(deliveries.deliveryDate))
      .get();
    const change = input.to === 'closed' ? { to: input.to, on: input.on, cause: input.cause, note: input.note } : { to: input.to, on: input.on, note: input.note };
    const check = checkStateChange({ prescriptionDate: row.prescriptionDate, status: row.status, statusOn: row.statusOn, lastDelivery: last?.date ?? null }, change, todayIso(ctx));
    if (!check.ok) {
      const message = stateChangeRefusalMessage(check.refusal);
      throw fieldError(check.refusal.code === 'NOTE_REQUIRED' ? 'note' : check.refusal.code === 'CLOSED' || check.refusal.code === 'SAME_STATE' ? '_' : 'on', message);
    }
    ctx.db
      .update(prescriptions)
      .set({ status: input.to, statusOn: input.on, closeCause: input.to === 'closed' ? input.cause : null, statusNote: input.note, ...changeStamp(ctx) })
      .where(eq(prescriptions.id, row.id))
      .run();
    const cause = input.to === 'closed' ? ` (${CLOSE_CAUSE_LABELS[input.cause]})` : '';
    recordAudit(ctx, {
      action: 'formula.prescriptionState',
      recordTable: 'prescriptions',
      recordId: row.id,
      detail: `${PRESCRIPTION_STATE_LABELS[row.status]} → ${PRESCRIPTION_STATE_LABELS[input.to]}${cause} el ${showIsoDate(input.on)}${input.note ? `: ${input.note}` : ''}`,
    });
  });
  return prescriptionStatus(ctx, input.prescriptionId);
}
