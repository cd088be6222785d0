import type { z } from 'zod';
import { SITES_BELOW_SQL } from '../sync/peers';
import { decodeCsvBytes } from '../../src-shared/common/csv-read';
import { toCsv } from '../../src-shared/common/csv';
import { COUNTRY_KEY, DHIS2_FIGURES } from '../../src-shared/dhis2/figures';
import { orgUnitKey, parseMappingCsv, type KnownKeys, type MappingEntry } from '../../src-shared/dhis2/mapping-csv';
import type { mappingImportSchema } from '../../src-shared/dhis2/schemas';
import { dhis2Text } from '../../src-shared/dhis2/text';
import type { MappingImportSummary, MappingView } from '../../src-shared/dhis2/types';
import type { ListExport } from '../../src-shared/formula/lists';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { reasonsHere } from '../formula/reasons-service';
import { registryFacilities } from '../levels/registry-service';
import { localSite } from '../site/site-service';

const t = dhis2Text.errors;

/** What a mapping line may name here: the figures (and the reasons known here), `pais`, the regions and the facility codes. */
export function knownKeys(ctx: AppContext): KnownKeys {
  const orgUnits = new Set<string>([COUNTRY_KEY]);
  for (const r of registryFacilities(ctx)) {
    orgUnits.add(orgUnitKey(r.region));
    orgUnits.add(r.code);
  }
  for (const s of ctx.sqlite.prepare("SELECT code, region FROM sites WHERE deleted = 0 AND kind IN ('facility', 'region')").all() as { code: string; region: string }[]) {
    orgUnits.add(orgUnitKey(s.region));
    orgUnits.add(orgUnitKey(s.code));
  }
  return { reasonCodes: new Set(reasonsHere(ctx).map((r) => r.code)), orgUnits };
}

interface InForce {
  readonly id: string;
  readonly fileName: string;
  readonly importedOn: string;
  readonly issuedBy: string;
}

/** The newest mapping imported here or received from above (never one of a site below). */
export function mappingInForce(ctx: ReadContext): { readonly import: InForce; readonly entries: MappingEntry[] } | null {
  const row = ctx.sqlite
    .prepare(
      `SELECT id, file_name AS fileName, imported_on AS importedOn, issuer_name AS issuedBy FROM dhis2_mapping_imports
        WHERE deleted = 0 AND owner_site_id NOT IN (${SITES_BELOW_SQL})
        ORDER BY imported_on DESC, created_at DESC LIMIT 1`,
    )
    .get() as InForce | undefined;
  if (!row) return null;
  const entries = ctx.sqlite
    .prepare("SELECT kind, key, uid, category_option_combo AS categoryOptionCombo, 0 AS line FROM dhis2_mapping_entries WHERE import_id = ? AND deleted = 0 ORDER BY kind, key")
    .all(row.id) as MappingEntry[];
  return { import: row, entries };
}

export function mappingView(ctx: AppContext): MappingView {
  const inForce = mappingInForce(ctx);
  return {
    inForce: inForce?.import ?? null,
    entries: (inForce?.entries ?? []).map(({ kind, key, uid, categoryOptionCombo }) => ({ kind, key, uid, categoryOptionCombo })),
    figures: Object.entries(DHIS2_FIGURES).map(([key, def]) => ({ key, label: def.label })),
    canImport: localSite(ctx)?.kind === 'national',
  };
}

export function importMapping(ctx: AppContext, input: z.output<typeof mappingImportSchema>): MappingImportSummary {
  const site = localSite(ctx);
  if (site?.kind !== 'national') throw new AppError('FORBIDDEN', t.onlyNational);
  const parsed = parseMappingCsv(decodeCsvBytes(Buffer.from(input.dataBase64, 'base64')), knownKeys(ctx));
  // Everything unknown is listed and nothing is kept: a mapping with a wrong line is never half-used.
  if (parsed.problems.length > 0) return { importId: null, entries: 0, problems: parsed.problems };
  if (parsed.entries.length === 0) throw fieldError('file', t.mappingEmpty);
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const id = newId(now);
    const stamp = issueStamp(ctx.db, site.id, now);
    ctx.sqlite
      .prepare('INSERT INTO dhis2_mapping_imports (id, owner_site_id, hlc, deleted, issuer_name, file_name, imported_on, entry_count, rejected_count, created_at, created_by) VALUES (?, ?, ?, 0, ?, ?, ?, ?, 0, ?, ?)')
      .run(id, site.id, stamp, site.name, input.fileName, todayIso(ctx), parsed.entries.length, now, ctx.session.current?.userId ?? null);
    const insert = ctx.sqlite.prepare('INSERT INTO dhis2_mapping_entries (id, owner_site_id, hlc, deleted, import_id, kind, key, uid, category_option_combo) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)');
    for (const e of parsed.entries) insert.run(newId(now), site.id, stamp, id, e.kind, e.key, e.uid, e.categoryOptionCombo);
    recordAudit(ctx, { action: 'dhis2.mappingImport', recordTable: 'dhis2_mapping_imports', recordId: id, detail: `${input.fileName}: ${parsed.entries.length} filas` });
    return { importId: id, entries: parsed.entries.length, problems: [] };
  });
}

/** The mapping in force as the same CSV it is imported from, to correct it in a spreadsheet. */
export function exportMapping(ctx: AppContext): ListExport {
  const inForce = mappingInForce(ctx);
  if (!inForce) throw fieldError('file', t.noMapping, 'NOT_FOUND');
  const rows = inForce.entries.map((e) => [e.kind === 'element' ? 'elemento' : 'unidad', e.key, e.uid, e.categoryOptionCombo]);
  return { fileName: `mapeo-dhis2-${inForce.import.importedOn}.csv`, csv: toCsv(['tipo', 'clave', 'uid', 'categoryOptionCombo'], rows), rowCount: rows.length };
}
