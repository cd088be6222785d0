import { toCsv } from '../../src-shared/common/csv';
import { SITES_BELOW_SQL } from '../sync/peers';
import { addDays } from '../../src-shared/common/dates';
import type { ListExport } from '../../src-shared/formula/lists';
import { areaKey } from '../../src-shared/levels/indicators';
import { levelsText } from '../../src-shared/levels/text';
import type { DirectoryEntry, DirectoryView } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { groupDirectoryDocument } from '../../src-shared/printing/group-directory';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { registryFacilities } from './registry-service';

const t = levelsText.errors;

/** A group is listed while it meets: a session held in the last year. */
const ACTIVE_WITHIN_DAYS = 365;

/** Level I in RENAES (I-1 … I-4) is where mothers find the community groups; an unknown category is kept. */
const isLevelOne = (category: string) => category === '' || /^I(-|$)/i.test(category.trim());

/**
 * The groups of the region's Level I facilities that meet (a session held in the last year), with the
 * facility's contact from the registry: what the region hands to Level II/III facilities (issue 16.5).
 */
function currentEntries(ctx: AppContext, region: string): DirectoryEntry[] {
  const registry = new Map(registryFacilities(ctx).map((r) => [r.code, r]));
  const since = addDays(todayIso(ctx), -ACTIVE_WITHIN_DAYS);
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.code, s.name AS facilityName, s.region, s.network, s.micro_network AS microNetwork, g.name AS groupName, g.community, g.place, g.meeting_day AS meetingDay, g.meeting_time AS meetingTime
         FROM support_groups g JOIN sites s ON s.id = g.owner_site_id
        WHERE g.deleted = 0 AND s.kind = 'facility'
          AND EXISTS (SELECT 1 FROM group_sessions x WHERE x.group_id = g.id AND x.deleted = 0 AND x.status = 'held' AND x.session_date >= ?)
        ORDER BY s.name, g.name`,
    )
    .all(since) as { code: string; facilityName: string; region: string; network: string; microNetwork: string; groupName: string; community: string; place: string; meetingDay: string; meetingTime: string }[];
  return rows
    .filter((row) => {
      const official = registry.get(row.code);
      return areaKey(official?.region ?? row.region) === areaKey(region) && isLevelOne(official?.category ?? '');
    })
    .map((row) => {
      const official = registry.get(row.code);
      return {
        facilityCode: row.code,
        facilityName: official?.name ?? row.facilityName,
        network: official?.network ?? row.network,
        microNetwork: official?.microNetwork ?? row.microNetwork,
        district: official?.district ?? '',
        groupName: row.groupName,
        community: row.community,
        place: row.place,
        meetingDay: row.meetingDay,
        meetingTime: row.meetingTime,
        contact: official?.phone ?? '',
      };
    });
}

/** The directory in force here: the newest published today or before, here or above (never one from below). */
export function directoryView(ctx: AppContext): DirectoryView {
  const site = localSite(ctx);
  const directory = ctx.sqlite
    .prepare(
      `SELECT id, region, published_on AS publishedOn, issuer_name AS issuedBy FROM group_directories
        WHERE deleted = 0 AND published_on <= ?
          AND owner_site_id NOT IN (${SITES_BELOW_SQL})
        ORDER BY published_on DESC, created_at DESC LIMIT 1`,
    )
    .get(todayIso(ctx)) as DirectoryView['directory'] | undefined;
  const entries = directory
    ? (ctx.sqlite
        .prepare(
          `SELECT facility_code AS facilityCode, facility_name AS facilityName, network, micro_network AS microNetwork, district, group_name AS groupName, community, place,
                  meeting_day AS meetingDay, meeting_time AS meetingTime, contact
             FROM group_directory_entries WHERE directory_id = ? AND deleted = 0 ORDER BY network, micro_network, facility_name, group_name`,
        )
        .all(directory.id) as DirectoryEntry[])
    : [];
  return { directory: directory ?? null, entries, canPublish: site?.kind === 'region' };
}

export function publishDirectory(ctx: AppContext): DirectoryView {
  const site = localSite(ctx);
  if (site?.kind !== 'region') throw new AppError('FORBIDDEN', t.directoryOnlyRegion);
  const entries = currentEntries(ctx, site.region);
  if (entries.length === 0) throw new AppError('VALIDATION', t.directoryEmpty, { _: t.directoryEmpty });
  const me = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const now = ctx.now();
    const id = newId(now);
    const stamp = issueStamp(ctx.db, me, now);
    ctx.sqlite
      .prepare('INSERT INTO group_directories (id, owner_site_id, hlc, deleted, issuer_name, region, published_on, entry_count, created_at, created_by) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?)')
      .run(id, me, stamp, site.name, site.region, todayIso(ctx), entries.length, now, ctx.session.current?.userId ?? null);
    const insert = ctx.sqlite.prepare(
      `INSERT INTO group_directory_entries (id, owner_site_id, hlc, deleted, directory_id, facility_code, facility_name, network, micro_network, district, group_name, community, place, meeting_day, meeting_time, contact)
       VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of entries) insert.run(newId(now), me, stamp, id, e.facilityCode, e.facilityName, e.network, e.microNetwork, e.district, e.groupName, e.community, e.place, e.meetingDay, e.meetingTime, e.contact);
    recordAudit(ctx, { action: 'levels.directoryPublish', recordTable: 'group_directories', recordId: id, detail: `${site.region}: ${entries.length} grupos` });
  });
  return directoryView(ctx);
}

export function exportDirectory(ctx: AppContext): ListExport {
  const view = directoryView(ctx);
  const c = levelsUi.directory.columns;
  const csv = toCsv(
    [c.network, c.microNetwork, c.code, c.facility, c.district, c.group, c.community, c.place, c.day, c.time, c.contact],
    view.entries.map((e) => [e.network, e.microNetwork, e.facilityCode, e.facilityName, e.district, e.groupName, e.community, e.place, e.meetingDay, e.meetingTime, e.contact]),
  );
  const fileName = levelsUi.directory.fileName(view.directory?.publishedOn ?? todayIso(ctx));
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${fileName}: ${view.entries.length} filas` }));
  return { fileName, csv, rowCount: view.entries.length };
}

export function directoryHtml(ctx: AppContext): string {
  const site = localSite(ctx);
  return groupDirectoryDocument({
    site: { name: site?.name ?? '', code: site?.code ?? '', microNetwork: site?.kind === 'facility' ? site.microNetwork : '', network: site?.kind === 'facility' ? site.network : '' },
    printedAt: ctx.now(),
    view: directoryView(ctx),
  });
}
