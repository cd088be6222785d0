import { periodRange, type Period } from '../../src-shared/groups/indicators';
import { indicator1, indicator2, type FacilityFacts, type RegistryFacility } from '../../src-shared/levels/indicators';
import { areaLevelOf, areaNameOf, registryInScope } from '../../src-shared/levels/scope';
import type { ConsolidatedFacility, ConsolidatedView } from '../../src-shared/levels/types';
import { printText } from '../../src-shared/printing/text';
import { COUNTRY_PROFILES } from '../../src-shared/site/countries';
import type { ReadContext } from '../app/context';
import { facilitatorRecords } from '../levels/facilitators-service';
import { registryFacilities, registryInForce } from '../levels/registry-service';
import { localSite } from '../site/site-service';

type Counts = Map<string, Record<string, number>>;

/** One pass over a table: the figures of each owner (conditional aggregates, never a lookup per row). */
function byOwner(ctx: ReadContext, sql: string, ...params: (string | number)[]): Counts {
  const rows = ctx.sqlite.prepare(sql).all(...params) as ({ owner: string } & Record<string, number | null>)[];
  return new Map(rows.map(({ owner, ...figures }) => [owner, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v ?? 0]))]));
}

const GRAMS = 'cans_800 * 800 + cans_1kg * 1000';

interface EnrolledSite {
  id: string;
  code: string;
  name: string;
  region: string;
  network: string;
  microNetwork: string;
  attendsBirths: number;
}

/**
 * The figures of every facility whose records this site holds, for the period: the guide's monitoring
 * (groups formed, sessions held, attendance, lead mothers trained, designated staff) and the formula
 * program (deliveries, kilograms, infants served, stock left).
 *
 * A group is *formed* in the period when it was created on or before the period's last day with at
 * least one lead mother and held at least one session in the period (GT §6.1.4, footnote 7).
 */
export function facilityFigures(ctx: ReadContext, period: Period): { sites: EnrolledSite[]; facts: Map<string, Omit<ConsolidatedFacility, keyof EnrolledSite | 'inRegistry' | 'attendsBirths' | 'siteId'>> } {
  const { from, to } = periodRange(period);
  const sites = ctx.sqlite
    .prepare("SELECT id, code, name, region, network, micro_network AS microNetwork, attends_births AS attendsBirths FROM sites WHERE kind = 'facility' AND deleted = 0 ORDER BY name")
    .all() as EnrolledSite[];
  // A group's sessions and a prescription's deliveries are found through their own index, named: left to
  // guess (no statistics yet after a large import), SQLite walked the whole period's sessions once per
  // group, which grows with the square of the facilities (issue 19).
  const groups = byOwner(
    ctx,
    `SELECT g.owner_site_id AS owner, COUNT(*) AS formed FROM support_groups g
      WHERE g.deleted = 0 AND g.formed_on <= ? AND g.lead_mother_ids NOT IN ('', '[]')
        AND EXISTS (SELECT 1 FROM group_sessions s INDEXED BY group_sessions_group_date
                     WHERE s.group_id = g.id AND s.deleted = 0 AND s.status = 'held' AND s.session_date BETWEEN ? AND ?)
      GROUP BY g.owner_site_id`,
    to,
    from,
    to,
  );
  const sessions = byOwner(ctx, "SELECT owner_site_id AS owner, COUNT(*) AS held FROM group_sessions WHERE deleted = 0 AND status = 'held' AND session_date BETWEEN ? AND ? GROUP BY owner_site_id", from, to);
  // Sessions of the period first, then their marks through the (session, member) index: never a lookup per mark.
  const attendance = byOwner(
    ctx,
    `SELECT s.owner_site_id AS owner, SUM(a.present) AS present, COUNT(*) AS listed FROM group_sessions s CROSS JOIN session_attendance a ON a.session_id = s.id AND a.deleted = 0
      WHERE s.deleted = 0 AND s.status = 'held' AND s.session_date BETWEEN ? AND ? GROUP BY s.owner_site_id`,
    from,
    to,
  );
  const leadMothers = byOwner(ctx, "SELECT owner_site_id AS owner, COUNT(*) AS trained FROM lead_mothers WHERE deleted = 0 AND status IN ('trained', 'active') GROUP BY owner_site_id");
  const staff = byOwner(
    ctx,
    'SELECT owner_site_id AS owner, COUNT(*) AS designated FROM designated_staff WHERE deleted = 0 AND designated_on <= ? AND (ended_on IS NULL OR ended_on >= ?) GROUP BY owner_site_id',
    to,
    to,
  );
  const deliveries = byOwner(
    ctx,
    `SELECT d.owner_site_id AS owner,
            SUM(CASE WHEN d.delivery_date BETWEEN ? AND ? THEN 1 ELSE 0 END) AS deliveries,
            SUM(CASE WHEN d.delivery_date BETWEEN ? AND ? THEN ${GRAMS} ELSE 0 END) AS grams,
            SUM(${GRAMS}) AS gramsEver
       FROM deliveries d INDEXED BY deliveries_figures WHERE d.deleted = 0 AND d.voided_at IS NULL AND d.delivery_date <= ? GROUP BY d.owner_site_id`,
    from,
    to,
    from,
    to,
    to,
  );
  // Each prescription once (with a delivery in the period), not each delivery: an infant is one facility's record.
  const infants = byOwner(
    ctx,
    `SELECT p.owner_site_id AS owner, COUNT(DISTINCT p.infant_id) AS served FROM prescriptions p
      WHERE p.deleted = 0 AND EXISTS (SELECT 1 FROM deliveries d INDEXED BY deliveries_prescription
                                        WHERE d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL AND d.delivery_date BETWEEN ? AND ?)
      GROUP BY p.owner_site_id`,
    from,
    to,
  );
  const received = byOwner(ctx, 'SELECT owner_site_id AS owner, SUM(quantity * can_grams) AS grams FROM stock_receipts WHERE deleted = 0 AND received_date <= ? GROUP BY owner_site_id', to);
  const facts = new Map(
    sites.map((s) => {
      const present = attendance.get(s.id)?.present ?? 0;
      const listed = attendance.get(s.id)?.listed ?? 0;
      return [
        s.id,
        {
          groupsFormed: groups.get(s.id)?.formed ?? 0,
          sessionsHeld: sessions.get(s.id)?.held ?? 0,
          attendancePercent: listed === 0 ? null : Math.round((present / listed) * 1000) / 10,
          leadMothersTrained: leadMothers.get(s.id)?.trained ?? 0,
          designatedStaff: staff.get(s.id)?.designated ?? 0,
          deliveries: deliveries.get(s.id)?.deliveries ?? 0,
          gramsDelivered: deliveries.get(s.id)?.grams ?? 0,
          infantsServed: infants.get(s.id)?.served ?? 0,
          stockGrams: (received.get(s.id)?.grams ?? 0) - (deliveries.get(s.id)?.gramsEver ?? 0),
        },
      ];
    }),
  );
  return { sites, facts };
}

/**
 * The consolidated view of a coordination site: the guide's two indicators over the registry part this
 * site answers for (its region, red or microrred; the whole country at national level), with the
 * drill-down and the shortfalls, and each enrolled facility's figures. Without a registry yet, the
 * enrolled facilities stand in as denominator and the view says so.
 */
export function consolidated(ctx: ReadContext, period: Period): ConsolidatedView {
  const { from, to } = periodRange(period);
  const site = localSite(ctx);
  const area = site ?? { kind: 'national' as const, region: '', network: '', microNetwork: '', country: 'PE' as const };
  const registry = registryInForce(ctx);
  const { sites, facts } = facilityFigures(ctx, period);
  const listed = registry ? registryInScope(registryFacilities(ctx, registry), area) : null;
  const byCode = new Map((listed ?? []).map((r) => [r.code, r]));
  const denominators: RegistryFacility[] = listed ?? sites.map((s) => ({ code: s.code, name: s.name, region: s.region, network: s.network, microNetwork: s.microNetwork, attendsBirths: s.attendsBirths === 1 }));
  const facilities: ConsolidatedFacility[] = sites.map((s) => {
    const official = byCode.get(s.code);
    const figures = facts.get(s.id);
    if (!figures) throw new Error('figures of every enrolled facility');
    return {
      siteId: s.id,
      code: s.code,
      name: s.name,
      region: official?.region ?? s.region,
      network: official?.network ?? s.network,
      microNetwork: official?.microNetwork ?? s.microNetwork,
      attendsBirths: official ? official.attendsBirths : s.attendsBirths === 1,
      inRegistry: official !== undefined,
      ...figures,
    };
  });
  const groupFacts: FacilityFacts[] = facilities.map((f) => ({ code: f.code, groupsFormed: f.groupsFormed }));
  const level = areaLevelOf(area.kind);
  const scopeName = areaNameOf(area, COUNTRY_PROFILES[area.country].name);
  const teams = level === 'country' || level === 'region' ? indicator1(denominators, facilitatorRecords(ctx), to) : null;
  return {
    from,
    to,
    periodLabel: printText.monitoringReport.periodName(period.year, period.kind === 'year' ? 0 : period.half),
    scope: { level, name: scopeName },
    registry,
    indicator1: teams,
    indicator2: indicator2(denominators, groupFacts, scopeName, level),
    facilities,
  };
}
