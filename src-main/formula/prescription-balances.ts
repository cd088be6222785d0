import { gramsOf } from '../../src-shared/formula/entitlement';
import { inTransaction, type AppContext } from '../app/context';
import { readStringSetting, writeSetting } from '../settings/local-settings';
import { grantOfRow } from './entitlement-of';

type SqlRow = Record<string, string | number | null>;

/** The cans a prescription received, counted once per row (voided deliveries aside), as `800g 1kg`. */
export const DELIVERED_CANS = `(SELECT COALESCE(SUM(d.cans_800), 0) || ' ' || COALESCE(SUM(d.cans_1kg), 0) FROM deliveries d
                          WHERE d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL) AS cans`;

export function deliveredGrams(cans: unknown): number {
  const [cans800, cans1kg] = String(cans).split(' ').map(Number);
  return gramsOf({ cans800: cans800 ?? 0, cans1kg: cans1kg ?? 0 });
}

// The rules live in code: a new version of LactaRed may grant differently, so its first read recomputes all.
const COMPUTED_BY = 'formula.balancesComputedBy';

// Only the columns the rules read: a row object per prescription is most of the time of a full refresh.
const STALE_ROWS = `SELECT s.prescription_id AS stale_id, p.id, p.owner_site_id, p.prescription_date, p.reason_code, p.replacement, p.grams_per_month,
                           p.duration_months, p.months_override, p.gestational_weeks, i.birth_date AS infant_birth_date,
                           (p.deleted = 0 AND i.deleted = 0 AND c.deleted = 0) AS live, ${DELIVERED_CANS}
                      FROM prescription_balances_stale s
                      LEFT JOIN prescriptions p ON p.id = s.prescription_id
                      LEFT JOIN infants i ON i.id = p.infant_id
                      LEFT JOIN caregivers c ON c.id = i.caregiver_id`;

/**
 * Brings `prescription_balances` up to date (issue 19): what each prescription was granted (as on its own
 * date, as the lists show it) and has received. Triggers mark the prescriptions a write touched; only those
 * are recomputed here, with the same rules as a delivery.
 */
export function refreshPrescriptionBalances(ctx: AppContext): void {
  if (readStringSetting(ctx.db, COMPUTED_BY) !== ctx.appVersion) {
    inTransaction(ctx, () => {
      ctx.sqlite.exec('INSERT OR IGNORE INTO prescription_balances_stale SELECT id FROM prescriptions');
      writeSetting(ctx.db, COMPUTED_BY, ctx.appVersion);
    });
  }
  if (ctx.sqlite.prepare('SELECT 1 FROM prescription_balances_stale LIMIT 1').get() === undefined) return;
  const rows = ctx.sqlite.prepare(STALE_ROWS).all() as SqlRow[];
  const balances = rows.map((r) => ({ r, grant: r.id === null ? null : grantOfRow(r) }));
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO prescription_balances (prescription_id, owner_site_id, prescription_date, live, last_day, grams_allowed, grams_delivered) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (prescription_id) DO UPDATE SET owner_site_id = excluded.owner_site_id, prescription_date = excluded.prescription_date, live = excluded.live,
       last_day = excluded.last_day, grams_allowed = excluded.grams_allowed, grams_delivered = excluded.grams_delivered`,
  );
  const remove = ctx.sqlite.prepare('DELETE FROM prescription_balances WHERE prescription_id = ?');
  const done = ctx.sqlite.prepare('DELETE FROM prescription_balances_stale WHERE prescription_id = ?');
  inTransaction(ctx, () => {
    for (const { r, grant } of balances) {
      if (grant === null) remove.run(r.stale_id);
      else upsert.run(r.id, r.owner_site_id, r.prescription_date, r.live === 1 ? 1 : 0, grant.lastDay, grant.allowed, deliveredGrams(r.cans));
      done.run(r.stale_id);
    }
  });
}
