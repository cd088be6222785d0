import type { z } from 'zod';
import { SITES_BELOW_SQL } from '../sync/peers';
import { decodeCsvBytes } from '../../src-shared/common/csv-read';
import { parseRegistryCsv } from '../../src-shared/levels/registry-csv';
import { areaKey } from '../../src-shared/levels/indicators';
import type { registryImportSchema } from '../../src-shared/levels/schemas';
import { levelsText } from '../../src-shared/levels/text';
import type { RegistryFacilityRow, RegistryImportSummary, RegistryInForce, RegistryView } from '../../src-shared/levels/types';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { localSite, requireLocalSiteId } from '../site/site-service';

const t = levelsText.errors;

/** Only the regional and national sites keep the registry; below, it arrives with the bundles. */
export function importsRegistry(kind: string): boolean {
  return kind === 'region' || kind === 'national';
}

/**
 * The registry in force: the newest list dated today or before, imported here or received from above —
 * never one of a site below (a region's list reaches the national site, which keeps its own).
 */
export function registryInForce(ctx: ReadContext): RegistryInForce | null {
  const me = requireLocalSiteId(ctx);
  const row = ctx.sqlite
    .prepare(
      `SELECT r.id, r.file_name AS fileName, r.list_date AS listDate, r.row_count AS rowCount, r.rejected_count AS rejectedCount, r.owner_site_id AS owner, r.issuer_name AS issuedBy
         FROM registry_imports r
        WHERE r.deleted = 0 AND r.list_date <= ?
          AND r.owner_site_id NOT IN (${SITES_BELOW_SQL})
        ORDER BY r.list_date DESC, r.created_at DESC LIMIT 1`,
    )
    .get(todayIso(ctx)) as (Omit<RegistryInForce, 'mine'> & { owner: string }) | undefined;
  if (!row) return null;
  const { owner, ...rest } = row;
  return { ...rest, mine: owner === me };
}

const FACILITY_COLUMNS = `code, name, category, region, network, micro_network AS microNetwork, district, province, attends_births AS attendsBirths, phone`;

type StoredFacility = Omit<RegistryFacilityRow, 'attendsBirths'> & { attendsBirths: number };
const toRow = (r: StoredFacility): RegistryFacilityRow => ({ ...r, attendsBirths: r.attendsBirths === 1 });

/** Every facility of the registry in force (empty without one). */
export function registryFacilities(ctx: ReadContext, inForce: RegistryInForce | null = registryInForce(ctx)): RegistryFacilityRow[] {
  if (!inForce) return [];
  const rows = ctx.sqlite.prepare(`SELECT ${FACILITY_COLUMNS} FROM registry_facilities WHERE import_id = ? AND deleted = 0 ORDER BY region, network, micro_network, name`).all(inForce.id) as StoredFacility[];
  return rows.map(toRow);
}

/** One facility of the registry in force, by its code. */
export function registryFacility(ctx: AppContext, code: string): RegistryFacilityRow | null {
  const inForce = registryInForce(ctx);
  if (!inForce) return null;
  const row = ctx.sqlite.prepare(`SELECT ${FACILITY_COLUMNS} FROM registry_facilities WHERE import_id = ? AND code = ? AND deleted = 0`).get(inForce.id, code) as StoredFacility | undefined;
  return row ? toRow(row) : null;
}

export function registryView(ctx: AppContext): RegistryView {
  const inForce = registryInForce(ctx);
  const byRegion = new Map<string, { region: string; facilities: number; attendingBirths: number }>();
  for (const facility of registryFacilities(ctx, inForce)) {
    const key = areaKey(facility.region);
    const entry = byRegion.get(key) ?? { region: facility.region, facilities: 0, attendingBirths: 0 };
    entry.facilities += 1;
    if (facility.attendsBirths) entry.attendingBirths += 1;
    byRegion.set(key, entry);
  }
  const regions = [...byRegion.values()].sort((a, b) => a.region.localeCompare(b.region, 'es'));
  return {
    inForce,
    attendingBirths: regions.reduce((sum, r) => sum + r.attendingBirths, 0),
    byRegion: regions,
    canImport: importsRegistry(localSite(ctx)?.kind ?? 'facility'),
  };
}

/** Up to 50 facilities of the registry whose code or name matches what was typed. */
export function searchRegistry(ctx: AppContext, query: string): RegistryFacilityRow[] {
  const inForce = registryInForce(ctx);
  if (!inForce) return [];
  const folded = areaKey(query);
  const rows = registryFacilities(ctx, inForce);
  return (folded === '' ? rows : rows.filter((r) => r.code.startsWith(query.trim()) || areaKey(r.name).includes(folded))).slice(0, 50);
}

export function importRegistry(ctx: AppContext, input: z.output<typeof registryImportSchema>): RegistryImportSummary {
  const site = localSite(ctx);
  if (!site || !importsRegistry(site.kind)) throw new AppError('FORBIDDEN', t.registryOnlyAbove);
  if (input.listDate > todayIso(ctx)) throw fieldError('listDate', t.registryInFuture);
  // Parsed and checked before the transaction opens (a file of thousands of lines).
  const parsed = parseRegistryCsv(decodeCsvBytes(Buffer.from(input.dataBase64, 'base64')), site.country);
  if (parsed.rows.length === 0) throw fieldError('file', t.registryEmpty);
  const attendingBirths = parsed.rows.filter((r) => r.attendsBirths).length;
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const importId = newId(now);
    // One change: the import and its rows share a stamp (as the padrón).
    const stamp = issueStamp(ctx.db, site.id, now);
    ctx.sqlite
      .prepare('INSERT INTO registry_imports (id, owner_site_id, hlc, deleted, issuer_name, file_name, list_date, row_count, rejected_count, created_at, created_by) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)')
      .run(importId, site.id, stamp, site.name, input.fileName, input.listDate, parsed.rows.length, parsed.rejected.length, now, ctx.session.current?.userId ?? null);
    const insert = ctx.sqlite.prepare(
      `INSERT INTO registry_facilities (id, owner_site_id, hlc, deleted, import_id, code, name, category, region, network, micro_network, district, province, attends_births, phone)
       VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of parsed.rows) {
      insert.run(newId(now), site.id, stamp, importId, r.code, r.name, r.category, r.region, r.network, r.microNetwork, r.district, r.province, r.attendsBirths ? 1 : 0, r.phone);
    }
    recordAudit(ctx, {
      action: 'levels.registryImport',
      recordTable: 'registry_imports',
      recordId: importId,
      detail: `${input.fileName}: ${parsed.rows.length} establecimientos (${attendingBirths} atienden partos), ${parsed.rejected.length} filas rechazadas`,
    });
    return { importId, listDate: input.listDate, rowCount: parsed.rows.length, attendingBirths, duplicates: parsed.duplicates, rejected: parsed.rejected };
  });
}
