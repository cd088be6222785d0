import { addDays, type IsoDate } from '../common/dates';

/** Stock of formula cans (FI rule 13): received lots minus what deliveries took. */
export interface StockLot {
  readonly id: string;
  readonly canGrams: 800 | 1000;
  readonly quantity: number;
  readonly lot: string;
  readonly expiryDate: IsoDate;
  readonly receivedDate: IsoDate;
  /** 'opening': a lot counted when the site started keeping its stock (inventory), dated the count. */
  readonly kind: 'receipt' | 'opening';
}

export interface DeliveredCans {
  readonly date: IsoDate;
  readonly cans800: number;
  readonly cans1kg: number;
}

export interface LotBalance extends StockLot {
  readonly remaining: number;
  readonly expired: boolean;
  readonly nearExpiry: boolean;
}

export interface StockSummary {
  /** False when the site chose not to keep its stock of cans here: no balance, no shortfall warning. */
  readonly tracked: boolean;
  /** The first inventory count: deliveries before it took cans counted nowhere and are not subtracted. */
  readonly trackedFrom: IsoDate | null;
  readonly balance800: number;
  readonly balance1kg: number;
  readonly lots: readonly LotBalance[];
  /** "aaaa-mm" → cans delivered that month. */
  readonly monthly: readonly { readonly month: string; readonly cans800: number; readonly cans1kg: number; readonly grams: number }[];
}

export const NEAR_EXPIRY_DAYS = 60;

/**
 * Deliveries take cans from the lot that expires first (as a store room should), so what is left, and
 * which lots are about to expire, follows from receipts and deliveries alone.
 */
export function summarizeStock(lots: readonly StockLot[], allDelivered: readonly DeliveredCans[], today: IsoDate, tracked = true): StockSummary {
  const soon = addDays(today, NEAR_EXPIRY_DAYS);
  const openings = lots.filter((lot) => lot.kind === 'opening').map((lot) => lot.receivedDate);
  const trackedFrom = openings.length > 0 ? openings.reduce((a, b) => (a < b ? a : b)) : null;
  const delivered = trackedFrom ? allDelivered.filter((d) => d.date >= trackedFrom) : allDelivered;
  const remaining = new Map(lots.map((lot) => [lot.id, lot.quantity]));
  for (const size of [800, 1000] as const) {
    let toTake = delivered.reduce((sum, d) => sum + (size === 800 ? d.cans800 : d.cans1kg), 0);
    const bySize = lots.filter((lot) => lot.canGrams === size).sort((a, b) => (a.expiryDate < b.expiryDate ? -1 : a.expiryDate > b.expiryDate ? 1 : 0));
    for (const lot of bySize) {
      const take = Math.min(toTake, remaining.get(lot.id) ?? 0);
      remaining.set(lot.id, (remaining.get(lot.id) ?? 0) - take);
      toTake -= take;
    }
  }
  const received = (size: number) => lots.filter((l) => l.canGrams === size).reduce((n, l) => n + l.quantity, 0);
  const given = (size: number) => delivered.reduce((n, d) => n + (size === 800 ? d.cans800 : d.cans1kg), 0);
  const months = new Map<string, { cans800: number; cans1kg: number }>();
  for (const d of allDelivered) {
    const key = d.date.slice(0, 7);
    const month = months.get(key) ?? { cans800: 0, cans1kg: 0 };
    months.set(key, { cans800: month.cans800 + d.cans800, cans1kg: month.cans1kg + d.cans1kg });
  }
  return {
    tracked,
    trackedFrom,
    balance800: received(800) - given(800),
    balance1kg: received(1000) - given(1000),
    lots: lots.map((lot) => ({
      ...lot,
      remaining: remaining.get(lot.id) ?? 0,
      expired: lot.expiryDate <= today,
      nearExpiry: lot.expiryDate > today && lot.expiryDate <= soon,
    })),
    monthly: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, cans]) => ({ month, ...cans, grams: cans.cans800 * 800 + cans.cans1kg * 1000 })),
  };
}

/** Whether the stock (not counting expired lots) covers a delivery; a shortfall is a warning, not a refusal. */
export function stockShortfall(summary: StockSummary, delivery: { cans800: number; cans1kg: number }): { cans800: number; cans1kg: number } {
  if (!summary.tracked) return { cans800: 0, cans1kg: 0 };
  const usable = (size: number) => summary.lots.filter((l) => l.canGrams === size && !l.expired).reduce((n, l) => n + l.remaining, 0);
  return {
    cans800: Math.max(0, delivery.cans800 - usable(800)),
    cans1kg: Math.max(0, delivery.cans1kg - usable(1000)),
  };
}
