import { periodRange, type Period } from '../../src-shared/groups/indicators';
import { consolidatedIndicators, type ConsolidatedFacilityInput, type ConsolidatedIndicators } from '../../src-shared/sync/consolidated';
import type { AppContext } from '../app/context';

export interface Consolidated {
  readonly from: string;
  readonly to: string;
  readonly facilities: readonly ConsolidatedFacilityInput[];
  readonly indicators: ConsolidatedIndicators;
}

type Counts = Map<string, number>;

function byOwner(ctx: AppContext, sql: string, ...params: (string | number)[]): Counts {
  const rows = ctx.sqlite.prepare(sql).all(...params) as { owner: string; n: number | null }[];
  return new Map(rows.map((r) => [r.owner, r.n ?? 0]));
}

const GRAMS = 'd.cans_800 * 800 + d.cans_1kg * 1000';
const LIVE_DELIVERIES = 'd.deleted = 0 AND d.voided_at IS NULL';

/**
 * Every facility whose records this site holds, with its figures for the period: support groups and
 * sessions, facilitators designated at the end of the period, formula delivered and stock left.
 */
export function consolidated(ctx: AppContext, period: Period): Consolidated {
  const { from, to } = periodRange(period);
  const sites = ctx.sqlite.prepare("SELECT id, code, name, region, attends_births AS attendsBirths FROM sites WHERE kind = 'facility' AND deleted = 0 ORDER BY name").all() as {
    id: string;
    code: string;
    name: string;
    region: string;
    attendsBirths: number;
  }[];
  const groups = byOwner(ctx, "SELECT owner_site_id AS owner, COUNT(DISTINCT group_id) AS n FROM group_sessions WHERE deleted = 0 AND status = 'held' AND session_date BETWEEN ? AND ? GROUP BY owner_site_id", from, to);
  const sessions = byOwner(ctx, "SELECT owner_site_id AS owner, COUNT(*) AS n FROM group_sessions WHERE deleted = 0 AND status = 'held' AND session_date BETWEEN ? AND ? GROUP BY owner_site_id", from, to);
  const facilitators = byOwner(
    ctx,
    'SELECT owner_site_id AS owner, COUNT(*) AS n FROM designated_staff WHERE deleted = 0 AND designated_on <= ? AND (ended_on IS NULL OR ended_on >= ?) GROUP BY owner_site_id',
    to,
    to,
  );
  const inPeriod = `FROM deliveries d JOIN prescriptions p ON p.id = d.prescription_id WHERE ${LIVE_DELIVERIES} AND d.delivery_date BETWEEN ? AND ? GROUP BY d.owner_site_id`;
  const deliveries = byOwner(ctx, `SELECT d.owner_site_id AS owner, COUNT(*) AS n ${inPeriod}`, from, to);
  const grams = byOwner(ctx, `SELECT d.owner_site_id AS owner, SUM(${GRAMS}) AS n ${inPeriod}`, from, to);
  const infants = byOwner(ctx, `SELECT d.owner_site_id AS owner, COUNT(DISTINCT p.infant_id) AS n ${inPeriod}`, from, to);
  const received = byOwner(ctx, 'SELECT owner_site_id AS owner, SUM(quantity * can_grams) AS n FROM stock_receipts WHERE deleted = 0 AND received_date <= ? GROUP BY owner_site_id', to);
  const deliveredEver = byOwner(ctx, `SELECT d.owner_site_id AS owner, SUM(${GRAMS}) AS n FROM deliveries d WHERE ${LIVE_DELIVERIES} AND d.delivery_date <= ? GROUP BY d.owner_site_id`, to);
  const facilities = sites.map((s) => ({
    siteId: s.id,
    code: s.code,
    name: s.name,
    region: s.region,
    attendsBirths: s.attendsBirths === 1,
    groupsWithSessions: groups.get(s.id) ?? 0,
    sessionsHeld: sessions.get(s.id) ?? 0,
    facilitators: facilitators.get(s.id) ?? 0,
    deliveries: deliveries.get(s.id) ?? 0,
    gramsDelivered: grams.get(s.id) ?? 0,
    infantsServed: infants.get(s.id) ?? 0,
    stockGrams: (received.get(s.id) ?? 0) - (deliveredEver.get(s.id) ?? 0),
  }));
  return { from, to, facilities, indicators: consolidatedIndicators(facilities) };
}
