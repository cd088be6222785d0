import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { StockSummary } from '../../src-shared/formula/stock';
import { summarizeStock } from '../../src-shared/formula/stock';
import type { stockReceiptSchema } from '../../src-shared/formula/schemas';
import { formulaText } from '../../src-shared/formula/text-fields';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { deliveries, stockReceipts } from './formula.schema';
import { latestAhead } from '../../src-shared/common/dates';
import { readStringSetting, writeSetting } from '../settings/local-settings';

export function stockSummary(ctx: AppContext): StockSummary {
  const siteId = requireLocalSiteId(ctx);
  const lots = ctx.db
    .select()
    .from(stockReceipts)
    .where(and(eq(stockReceipts.ownerSiteId, siteId), eq(stockReceipts.deleted, false)))
    .all()
    .map((row) => ({ ...row, canGrams: row.canGrams === 1000 ? (1000 as const) : (800 as const) }));
  const tracked = readStringSetting(ctx.db, STOCK_TRACKING_KEY) !== 'off';
  const delivered = ctx.db
    .select({ date: deliveries.deliveryDate, cans800: deliveries.cans800, cans1kg: deliveries.cans1kg })
    .from(deliveries)
    .where(and(eq(deliveries.ownerSiteId, siteId), eq(deliveries.deleted, false), isNull(deliveries.voidedAt)))
    .all();
  return summarizeStock(lots, delivered, todayIso(ctx), tracked);
}

const STOCK_TRACKING_KEY = 'formula.stockTracking';

/** Some facilities keep their cans' stock elsewhere (a pharmacy system): then LactaRed keeps none. */
export function setStockTracking(ctx: AppContext, tracked: boolean): StockSummary {
  inTransaction(ctx, () => {
    writeSetting(ctx.db, STOCK_TRACKING_KEY, tracked ? 'on' : 'off');
    recordAudit(ctx, { action: 'settings.update', recordTable: 'local_settings', detail: tracked ? 'stock de latas: se lleva en LactaRed' : 'stock de latas: no se lleva en LactaRed' });
  });
  return stockSummary(ctx);
}

export function receiveStock(ctx: AppContext, input: z.output<typeof stockReceiptSchema>): StockSummary {
  const siteId = requireLocalSiteId(ctx);
  if (input.receivedDate > todayIso(ctx)) throw fieldError('receivedDate', formulaText.errors.receiptInFuture);
  if (input.expiryDate > latestAhead(todayIso(ctx), 'expiry')) throw fieldError('expiryDate', formulaText.errors.expiryTooFarAhead);
  inTransaction(ctx, () => {
    const now = ctx.now();
    const id = newId(now);
    ctx.db
      .insert(stockReceipts)
      .values({
        id,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        receivedDate: input.receivedDate,
        kind: input.kind,
        canGrams: Number(input.canGrams),
        quantity: input.quantity,
        lot: input.lot,
        expiryDate: input.expiryDate,
        note: input.note,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, {
      action: 'formula.stockReceipt',
      recordTable: 'stock_receipts',
      recordId: id,
      detail: `${input.kind === 'opening' ? 'inventario: ' : ''}${input.quantity} latas de ${input.canGrams} g, lote ${input.lot}`,
    });
  });
  return stockSummary(ctx);
}
