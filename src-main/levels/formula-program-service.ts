import type { z } from 'zod';
import { SITES_BELOW_SQL } from '../sync/peers';
import { toCsv } from '../../src-shared/common/csv';
import type { ListExport } from '../../src-shared/formula/lists';
import { formulaText } from '../../src-shared/formula/text-fields';
import { reasonLabelIn } from '../../src-shared/formula/reasons';
import { emptyMonth, monthsOf, purchaseEstimate, usedPercent, type FormulaProgramView, type JurisdictionFigures, type MonthFigures, type ReasonFigures } from '../../src-shared/levels/formula-program';
import { areaKey } from '../../src-shared/levels/indicators';
import type { birthCohortSchema } from '../../src-shared/levels/schemas';
import { levelsText } from '../../src-shared/levels/text';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { formulaProgramDocument } from '../../src-shared/printing/formula-program';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { readOffMain } from '../reads/read-client';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { reasonsHere } from '../formula/reasons-service';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { birthCohorts } from './levels.schema';
import { registryFacilities } from './registry-service';
import { eq } from 'drizzle-orm';

const t = levelsText.errors;
const NOT_BELOW = `owner_site_id NOT IN (${SITES_BELOW_SQL})`;

/** Each facility's jurisdiction: the registry's region when it is listed, else the region it declared. */
function jurisdictionOf(ctx: ReadContext): Map<string, string> {
  const registry = new Map(registryFacilities(ctx).map((r) => [r.code, r.region]));
  const sites = ctx.sqlite.prepare("SELECT id, code, region FROM sites WHERE kind = 'facility' AND deleted = 0").all() as { id: string; code: string; region: string }[];
  return new Map(sites.map((s) => [s.id, registry.get(s.code) ?? s.region]));
}

const LIVE = 'd.deleted = 0 AND d.voided_at IS NULL';

/** The cohorts in force: this site's own for a region and year, else the one received from above. */
function cohorts(ctx: ReadContext, year: number): Map<string, { region: string; births: number }> {
  const me = requireLocalSiteId(ctx);
  const rows = ctx.sqlite
    .prepare(`SELECT region, public_births AS births, owner_site_id AS owner FROM birth_cohorts WHERE deleted = 0 AND year = ? AND ${NOT_BELOW} ORDER BY hlc`)
    .all(year) as { region: string; births: number; owner: string }[];
  const out = new Map<string, { region: string; births: number; own: boolean }>();
  for (const row of rows) {
    const key = areaKey(row.region);
    const own = row.owner === me;
    if (!out.get(key)?.own || own) out.set(key, { region: row.region, births: row.births, own });
  }
  return out;
}

/**
 * The formula program of a year for every jurisdiction whose facilities this site holds: kilograms and
 * cans delivered, infants served and new admissions per month (an infant's first prescription), by
 * reason; stock received; and the purchase estimate beside what was delivered.
 */
export function formulaProgram(ctx: ReadContext, year: number): FormulaProgramView {
  const regionOf = jurisdictionOf(ctx);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const delivered = ctx.sqlite
    .prepare(
      `SELECT d.owner_site_id AS owner, substr(d.delivery_date, 1, 7) AS month, SUM(d.cans_800 * 800 + d.cans_1kg * 1000) AS grams, SUM(d.cans_800) AS cans800, SUM(d.cans_1kg) AS cans1kg,
              COUNT(DISTINCT p.infant_id) AS infants
         FROM deliveries d INDEXED BY deliveries_figures JOIN prescriptions p ON p.id = d.prescription_id
        WHERE ${LIVE} AND d.delivery_date BETWEEN ? AND ? GROUP BY d.owner_site_id, month`,
    )
    .all(from, to) as { owner: string; month: string; grams: number; cans800: number; cans1kg: number; infants: number }[];
  const yearInfants = ctx.sqlite
    .prepare(`SELECT d.owner_site_id AS owner, COUNT(DISTINCT p.infant_id) AS infants FROM deliveries d INDEXED BY deliveries_figures JOIN prescriptions p ON p.id = d.prescription_id WHERE ${LIVE} AND d.delivery_date BETWEEN ? AND ? GROUP BY d.owner_site_id`)
    .all(from, to) as { owner: string; infants: number }[];
  const admissions = ctx.sqlite
    .prepare(
      `SELECT owner, substr(prescription_date, 1, 7) AS month, reason, COUNT(*) AS n
         FROM (SELECT owner_site_id AS owner, prescription_date, reason_code AS reason, ROW_NUMBER() OVER (PARTITION BY infant_id ORDER BY prescription_date, id) AS nth FROM prescriptions WHERE deleted = 0 AND prescription_date <= ?)
        WHERE nth = 1 AND prescription_date >= ? GROUP BY owner, month, reason`,
    )
    .all(to, from) as { owner: string; month: string; reason: string; n: number }[];
  const gramsByReason = ctx.sqlite
    .prepare(
      `SELECT d.owner_site_id AS owner, substr(d.delivery_date, 1, 7) AS month, p.reason_code AS reason, SUM(d.cans_800 * 800 + d.cans_1kg * 1000) AS grams
         FROM deliveries d INDEXED BY deliveries_figures JOIN prescriptions p ON p.id = d.prescription_id
        WHERE ${LIVE} AND d.delivery_date BETWEEN ? AND ? GROUP BY d.owner_site_id, month, reason`,
    )
    .all(from, to) as { owner: string; month: string; reason: string; grams: number }[];
  const stock = ctx.sqlite
    .prepare(`SELECT owner_site_id AS owner, substr(received_date, 1, 7) AS month, SUM(quantity * can_grams) AS grams FROM stock_receipts WHERE deleted = 0 AND received_date BETWEEN ? AND ? GROUP BY owner_site_id, month`)
    .all(from, to) as { owner: string; month: string; grams: number }[];

  const placed = <R extends { owner: string }>(rows: readonly R[]): (R & { region: string })[] =>
    rows.flatMap((r) => {
      const region = regionOf.get(r.owner);
      return region === undefined ? [] : [{ ...r, region }];
    });
  const [deliveredIn, yearInfantsIn, admissionsIn, gramsByReasonIn, stockIn] = [placed(delivered), placed(yearInfants), placed(admissions), placed(gramsByReason), placed(stock)];
  const reasons = reasonsHere(ctx);
  const births = cohorts(ctx, year);
  const names = new Map<string, string>();
  const remember = (region: string) => {
    const key = areaKey(region);
    if (!names.has(key)) names.set(key, region);
    return key;
  };
  for (const row of [...deliveredIn, ...admissionsIn, ...stockIn]) remember(row.region);
  const months = monthsOf(year);
  const build = (keys: ReadonlySet<string>, name: string, cohort: number | null, infantsInYear: number): JurisdictionFigures => {
    const inScope = <R extends { region: string }>(rows: readonly R[]) => rows.filter((r) => keys.has(areaKey(r.region)));
    const [d, a, st] = [inScope(deliveredIn), inScope(admissionsIn), inScope(stockIn)];
    const perMonth: MonthFigures[] = months.map((month) => {
      const dm = d.filter((r) => r.month === month);
      return {
        ...emptyMonth(month),
        grams: sum(dm, (r) => r.grams),
        cans800: sum(dm, (r) => r.cans800),
        cans1kg: sum(dm, (r) => r.cans1kg),
        // An infant is a record of one facility: the facilities' counts add up without counting anyone twice.
        infants: sum(dm, (r) => r.infants),
        admissions: sum(a.filter((r) => r.month === month), (r) => r.n),
        stockReceivedGrams: sum(st.filter((r) => r.month === month), (r) => r.grams),
      };
    });
    const byReason = new Map<string, ReasonFigures>();
    const reasonOf = (code: string) => byReason.get(code) ?? { reasonCode: code, label: reasonLabelIn(code, reasons, formulaText.reasonWithheld), admissions: 0, grams: 0 };
    for (const r of a) byReason.set(r.reason, { ...reasonOf(r.reason), admissions: reasonOf(r.reason).admissions + r.n });
    for (const r of inScope(gramsByReasonIn)) byReason.set(r.reason, { ...reasonOf(r.reason), grams: reasonOf(r.reason).grams + r.grams });
    const yearFigures: MonthFigures = {
      month: String(year),
      grams: sum(perMonth, (m) => m.grams),
      cans800: sum(perMonth, (m) => m.cans800),
      cans1kg: sum(perMonth, (m) => m.cans1kg),
      infants: infantsInYear,
      admissions: sum(perMonth, (m) => m.admissions),
      stockReceivedGrams: sum(perMonth, (m) => m.stockReceivedGrams),
    };
    const perReasonMonth = new Map<string, { month: string; reasonCode: string; admissions: number; grams: number }>();
    const reasonMonth = (month: string, reasonCode: string) => perReasonMonth.get(`${month}|${reasonCode}`) ?? { month, reasonCode, admissions: 0, grams: 0 };
    for (const r of a) perReasonMonth.set(`${r.month}|${r.reason}`, { ...reasonMonth(r.month, r.reason), admissions: reasonMonth(r.month, r.reason).admissions + r.n });
    for (const r of inScope(gramsByReasonIn)) perReasonMonth.set(`${r.month}|${r.reason}`, { ...reasonMonth(r.month, r.reason), grams: reasonMonth(r.month, r.reason).grams + r.grams });
    const estimate = cohort === null ? null : purchaseEstimate(cohort);
    return { region: name, reasonMonths: [...perReasonMonth.values()].sort((x, y) => x.month.localeCompare(y.month) || x.reasonCode.localeCompare(y.reasonCode)), months: perMonth, year: yearFigures, byReason: [...byReason.values()].sort((a, b) => b.admissions - a.admissions), estimate, estimateUsedPercent: usedPercent(yearFigures.grams, estimate) };
  };
  for (const cohort of births.values()) remember(cohort.region);
  const infantsOf = (key: string) => sum(yearInfantsIn.filter((r) => areaKey(r.region) === key), (r) => r.infants);
  const jurisdictions = [...names]
    .map(([key, name]) => build(new Set([key]), name, births.get(key)?.births ?? null, infantsOf(key)))
    .sort((a, b) => a.region.localeCompare(b.region, 'es'));
  const allKeys = new Set(names.keys());
  const totalBirths = [...births.values()];
  const total = build(allKeys, levelsUi.formulaProgram.total, totalBirths.length === 0 ? null : sum(totalBirths, (b) => b.births), sum(yearInfantsIn, (r) => r.infants));
  return { year, jurisdictions, total, cohortRegions: cohortRegions(ctx) };
}

function sum<T>(rows: readonly T[], of: (row: T) => number): number {
  return rows.reduce((total, row) => total + of(row), 0);
}

/** The regions a cohort may be entered for here: a region's own, every region of the registry at national level. */
function cohortRegions(ctx: ReadContext): string[] {
  const site = localSite(ctx);
  if (site?.kind === 'region') return [site.region];
  if (site?.kind !== 'national') return [];
  return [...new Map(registryFacilities(ctx).map((r) => [areaKey(r.region), r.region])).values()].sort((a, b) => a.localeCompare(b, 'es'));
}

/** The public-sector birth cohort of a jurisdiction for a year: one record per region and year here, corrected in place. */
export async function saveBirthCohort(ctx: AppContext, input: z.output<typeof birthCohortSchema>): Promise<FormulaProgramView> {
  const site = localSite(ctx);
  if (site?.kind !== 'region' && site?.kind !== 'national') throw new AppError('FORBIDDEN', t.cohortsOnlyAbove);
  // Checked against the regions alone: the program's figures are computed once, for the answer.
  const allowed = cohortRegions(ctx);
  const region = allowed.find((r) => areaKey(r) === areaKey(input.region));
  if (!region) throw fieldError('region', site.kind === 'region' ? t.regionNotOwn : t.cohortRegionUnknown);
  const me = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const existing = ctx.sqlite.prepare('SELECT id, public_births AS births FROM birth_cohorts WHERE owner_site_id = ? AND year = ? AND region = ? AND deleted = 0').get(me, input.year, region) as
      | { id: string; births: number }
      | undefined;
    if (existing) {
      ctx.db.update(birthCohorts).set({ ...changeStamp(ctx), publicBirths: input.publicBirths }).where(eq(birthCohorts.id, existing.id)).run();
      recordAudit(ctx, { action: 'levels.birthCohort', recordTable: 'birth_cohorts', recordId: existing.id, detail: `${region} ${input.year}: ${existing.births} → ${input.publicBirths}` });
    } else {
      const columns = newRecordColumns(ctx);
      ctx.db.insert(birthCohorts).values({ ...columns, region, year: input.year, publicBirths: input.publicBirths }).run();
      recordAudit(ctx, { action: 'levels.birthCohort', recordTable: 'birth_cohorts', recordId: columns.id, detail: `${region} ${input.year}: ${input.publicBirths}` });
    }
  });
  return readOffMain(ctx, 'formulaProgram', input.year);
}

export async function exportFormulaProgram(ctx: AppContext, year: number, table: 'months' | 'reasons'): Promise<ListExport> {
  const view = await readOffMain(ctx, 'formulaProgram', year);
  const c = levelsUi.formulaProgram.csv;
  const kg = (grams: number) => Math.round(grams / 100) / 10;
  const rows =
    table === 'months'
      ? view.jurisdictions.flatMap((j) => j.months.map((m) => [j.region, m.month, kg(m.grams), m.cans800, m.cans1kg, m.infants, m.admissions, kg(m.stockReceivedGrams)]))
      : view.jurisdictions.flatMap((j) => j.byReason.map((r) => [j.region, r.label, r.admissions, kg(r.grams)]));
  const csv = toCsv(table === 'months' ? c.monthHeader : c.reasonHeader, rows);
  const fileName = c.fileName(table === 'months' ? 'meses' : 'motivos', localSite(ctx)?.code ?? '', year);
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${fileName}: ${rows.length} filas` }));
  return { fileName, csv, rowCount: rows.length };
}

export async function formulaProgramHtml(ctx: AppContext, year: number): Promise<string> {
  const site = localSite(ctx);
  const view = await readOffMain(ctx, 'formulaProgram', year);
  return formulaProgramDocument({ site: { name: site?.name ?? '', code: site?.code ?? '', microNetwork: '', network: '' }, printedAt: ctx.now(), view });
}
