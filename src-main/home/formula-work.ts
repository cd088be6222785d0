import { addDays, addMonths } from '../../src-shared/common/dates';
import { gramsOf } from '../../src-shared/formula/entitlement';
import { homeText } from '../../src-shared/home/text';
import { deliveryDue, sixMonthsOn, withinNextDays, type WorkWindows } from '../../src-shared/home/work-rules';
import type { WorkRow } from '../../src-shared/home/work-lists';
import type { AppContext } from '../app/context';
import { todayIso } from '../app/today';
import { coverageListInForce } from '../formula/coverage-service';
import { entitlementOfRow } from '../formula/entitlement-of';
import { requireLocalSiteId } from '../site/site-service';

/** No entitlement outlives an infant's first year and a few weeks: older infants are never read. */
const OLDEST_ENTITLED_MONTHS = 13;

export interface Candidate {
  readonly caregiverId: string;
  readonly caregiver: string;
  readonly nationalId: string;
  readonly phone: string;
  readonly infant: string;
  readonly lastDelivery: string | null;
  readonly prescriptionDate: string;
  readonly lastDay: string;
  readonly remaining: number;
}

/**
 * This site's open prescriptions of infants young enough to be entitled, with what they received: found
 * through the infants' birth-date index, then checked with the same entitlement rules as a delivery.
 */
export function openPrescriptions(ctx: AppContext): Candidate[] {
  const today = todayIso(ctx);
  // Driven by the infants' birth-date index (CROSS JOIN keeps that order: grouping by prescription would
  // otherwise make SQLite scan every prescription), one pass over each one's deliveries; prescriptions whose
  // longest possible period (duration or override, plus a month) ended before today are not read.
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.*, i.birth_date AS infant_birth_date, i.first_names || ' ' || i.last_names AS infant,
              c.id AS caregiver_id, c.first_names || ' ' || c.last_names AS caregiver, c.national_id AS caregiver_dni, c.phone AS caregiver_phone,
              MAX(d.delivery_date) AS last_delivery, COALESCE(SUM(d.cans_800), 0) AS c800, COALESCE(SUM(d.cans_1kg), 0) AS c1kg
         FROM infants i CROSS JOIN prescriptions p ON p.infant_id = i.id JOIN caregivers c ON c.id = i.caregiver_id
         LEFT JOIN deliveries d ON d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL
        WHERE i.birth_date >= ? AND i.deleted = 0 AND c.deleted = 0 AND p.deleted = 0 AND p.status = 'active'
          AND p.owner_site_id = ? AND p.prescription_date <= ?
          AND date(p.prescription_date, '+' || (MAX(p.duration_months, COALESCE(p.months_override, 0)) + 1) || ' months') >= ?
        GROUP BY p.id`,
    )
    .all(addMonths(today, -OLDEST_ENTITLED_MONTHS), requireLocalSiteId(ctx), today, today) as Record<string, string | number | null>[];
  const out: Candidate[] = [];
  for (const r of rows) {
    const entitlement = entitlementOfRow(r);
    if (!entitlement) continue;
    const remaining = entitlement.gramsAllowed - gramsOf({ cans800: Number(r.c800), cans1kg: Number(r.c1kg) });
    const lastDay = addDays(entitlement.deliverUntilExclusive, -1);
    if (remaining <= 0 || today > lastDay) continue;
    out.push({
      caregiverId: String(r.caregiver_id),
      caregiver: String(r.caregiver),
      nationalId: String(r.caregiver_dni),
      phone: String(r.caregiver_phone ?? ''),
      infant: String(r.infant),
      lastDelivery: r.last_delivery === null ? null : String(r.last_delivery),
      prescriptionDate: String(r.prescription_date),
      lastDay,
      remaining,
    });
  }
  return out;
}

/** Deliveries due and overdue (defaulters first, the longest late first). */
export function deliveriesDue(ctx: AppContext, windows: WorkWindows, open: readonly Candidate[]): { rows: WorkRow[]; urgent: number } {
  const today = todayIso(ctx);
  const rows = open
    .map((p) => ({ p, due: deliveryDue(p.lastDelivery ?? p.prescriptionDate, today, windows.overdueAfterDays) }))
    .filter(({ due }) => due.state !== 'later')
    .sort((a, b) => b.due.daysLate - a.due.daysLate);
  return {
    urgent: rows.filter(({ due }) => due.state === 'overdue').length,
    rows: rows.map(({ p, due }) => ({
      caregiverId: p.caregiverId,
      cells: { state: homeText.dueStates[due.state === 'overdue' ? 'overdue' : 'due'], dueOn: due.dueOn, daysLate: due.daysLate, caregiver: p.caregiver, caregiverNationalId: p.nationalId, phone: p.phone, infant: p.infant, lastDelivery: p.lastDelivery },
    })),
  };
}

export function prescriptionsEnding(ctx: AppContext, windows: WorkWindows, open: readonly Candidate[]): WorkRow[] {
  const today = todayIso(ctx);
  return open
    .filter((p) => withinNextDays(p.lastDay, today, windows.endingWithinDays))
    .sort((a, b) => a.lastDay.localeCompare(b.lastDay))
    .map((p) => ({ caregiverId: p.caregiverId, cells: { lastDeliveryDay: p.lastDay, caregiver: p.caregiver, caregiverNationalId: p.nationalId, infant: p.infant, gramsRemaining: p.remaining } }));
}

/** Infants of this site with an open prescription who turn six months soon. */
export function infantsTurningSix(ctx: AppContext, windows: WorkWindows): WorkRow[] {
  const today = todayIso(ctx);
  // A few days either side of the month arithmetic; the exact day is checked below.
  const from = addDays(addMonths(today, -6), -3);
  const to = addDays(addMonths(addDays(today, windows.sixMonthsWithinDays), -6), 3);
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.birth_date AS birthDate, i.first_names || ' ' || i.last_names AS infant, c.id AS caregiverId, c.first_names || ' ' || c.last_names AS caregiver, c.national_id AS nationalId
         FROM infants i JOIN caregivers c ON c.id = i.caregiver_id
        WHERE i.birth_date BETWEEN ? AND ? AND i.deleted = 0 AND c.deleted = 0 AND i.owner_site_id = ?
          AND EXISTS (SELECT 1 FROM prescriptions p WHERE p.infant_id = i.id AND p.deleted = 0 AND p.status != 'closed')
        ORDER BY i.birth_date`,
    )
    .all(from, to, requireLocalSiteId(ctx)) as { birthDate: string; infant: string; caregiverId: string; caregiver: string; nationalId: string }[];
  return rows
    .filter((r) => withinNextDays(sixMonthsOn(r.birthDate), today, windows.sixMonthsWithinDays))
    .map((r) => ({ caregiverId: r.caregiverId, cells: { sixMonthsOn: sixMonthsOn(r.birthDate), infant: r.infant, birthDate: r.birthDate, caregiver: r.caregiver, caregiverNationalId: r.nationalId } }));
}

/** Caregivers with an open prescription who appear in the coverage list in force (a later padrón). */
export function coverageChanged(ctx: AppContext): WorkRow[] {
  const list = coverageListInForce(ctx);
  if (!list) return [];
  const rows = ctx.sqlite
    .prepare(
      `SELECT DISTINCT c.id AS caregiverId, c.first_names || ' ' || c.last_names AS caregiver, c.national_id AS nationalId, e.coverage AS coverage
         FROM coverage_entries e JOIN caregivers c ON c.national_id = e.national_id AND c.deleted = 0 AND c.owner_site_id = ?
        WHERE e.import_id = ? AND e.deleted = 0
          AND EXISTS (SELECT 1 FROM infants i JOIN prescriptions p ON p.infant_id = i.id WHERE i.caregiver_id = c.id AND i.deleted = 0 AND p.deleted = 0 AND p.status != 'closed')
        ORDER BY caregiver`,
    )
    .all(requireLocalSiteId(ctx), list.id) as { caregiverId: string; caregiver: string; nationalId: string; coverage: string }[];
  return rows.map((r) => ({ caregiverId: r.caregiverId, cells: { caregiver: r.caregiver, caregiverNationalId: r.nationalId, coverage: r.coverage, listDate: list.listDate } }));
}

/** Lots received here that expire soon (already expired ones are on the stock page). */
export function lotsExpiring(ctx: AppContext, windows: WorkWindows): WorkRow[] {
  const today = todayIso(ctx);
  const rows = ctx.sqlite
    .prepare(
      `SELECT expiry_date AS expiryDate, lot, can_grams AS canGrams, quantity FROM stock_receipts
        WHERE expiry_date BETWEEN ? AND ? AND deleted = 0 AND owner_site_id = ? ORDER BY expiry_date`,
    )
    .all(today, addDays(today, windows.lotsExpiringWithinDays), requireLocalSiteId(ctx)) as { expiryDate: string; lot: string; canGrams: number; quantity: number }[];
  return rows.map((r) => ({ cells: { ...r } }));
}

/** The signed-in user's paper sheets typed half-way (drafts belong to who typed them). */
export function sheetDrafts(ctx: AppContext): WorkRow[] {
  const userId = ctx.session.current?.userId ?? '';
  const rows = ctx.sqlite
    .prepare(`SELECT form_key AS formKey, saved_at AS savedAt FROM form_drafts WHERE user_id = ? AND form_key IN ('formula.batch', 'formula.admissions') ORDER BY saved_at`)
    .all(userId) as { formKey: string; savedAt: string }[];
  return rows.map((r) => ({ cells: { form: homeText.draftForms[r.formKey] ?? r.formKey, savedAt: r.savedAt.slice(0, 10) } }));
}
