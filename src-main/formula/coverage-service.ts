import { and, desc, eq, lte, notInArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { CoverageImportSummary } from '../../src-shared/contract/types';
import { decodeCsvBytes, parseCoverageCsv } from '../../src-shared/formula/coverage-csv';
import type { coverageImportSchema } from '../../src-shared/formula/schemas';
import { formulaText } from '../../src-shared/formula/text-fields';
import { COUNTRY_PROFILES } from '../../src-shared/site/countries';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { fieldError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { coverageEntries, coverageImports } from './formula.schema';
import { todayIso } from '../app/today';
import { sitesBelowQuery } from '../sync/peers';

/**
 * The list in force: the newest one kept here or received from above, each the whole list as the higher
 * level sent it. A list dated after today (a typing slip, or a received one) never hides the others
 * (issue 17.5), and a list of a facility below a coordination site is that facility's, not this site's.
 */
export function coverageListInForce(ctx: AppContext) {
  return ctx.db
    .select()
    .from(coverageImports)
    .where(and(eq(coverageImports.deleted, false), lte(coverageImports.listDate, todayIso(ctx)), notInArray(coverageImports.ownerSiteId, sitesBelowQuery(ctx))))
    .orderBy(desc(coverageImports.listDate), desc(coverageImports.createdAt))
    .limit(1)
    .get();
}

export function lookupCoverage(ctx: AppContext, nationalId: string): { covered: boolean; coverage: string | null; listDate: string | null } {
  const list = coverageListInForce(ctx);
  if (!list) return { covered: false, coverage: null, listDate: null };
  const entry = ctx.db
    .select({ coverage: coverageEntries.coverage })
    .from(coverageEntries)
    .where(and(eq(coverageEntries.importId, list.id), eq(coverageEntries.nationalId, nationalId), eq(coverageEntries.deleted, false)))
    .get();
  return { covered: entry !== undefined, coverage: entry ? entry.coverage || null : null, listDate: list.listDate };
}

export function importCoverageList(ctx: AppContext, input: z.output<typeof coverageImportSchema>): CoverageImportSummary {
  const site = localSite(ctx);
  const siteId = requireLocalSiteId(ctx);
  if (input.listDate > todayIso(ctx)) throw fieldError('listDate', formulaText.errors.coverageListInFuture);
  const parsed = parseCoverageCsv(decodeCsvBytes(Buffer.from(input.dataBase64, 'base64')), site?.country ?? 'PE');
  if (parsed.rows.length === 0) throw fieldError('file', formulaText.errors.coverageEmpty);
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const importId = newId(now);
    // One change: the import and its rows share a stamp (each row's own later edits get their own).
    const stamp = issueStamp(ctx.db, siteId, now);
    ctx.db
      .insert(coverageImports)
      .values({
        id: importId,
        ownerSiteId: siteId,
        hlc: stamp,
        deleted: false,
        fileName: input.fileName,
        listDate: input.listDate,
        rowCount: parsed.rows.length,
        rejectedCount: parsed.rejected.length,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    const insert = ctx.sqlite.prepare(
      'INSERT INTO coverage_entries (id, owner_site_id, hlc, deleted, import_id, national_id, name, coverage) VALUES (?, ?, ?, 0, ?, ?, ?, ?)',
    );
    for (const row of parsed.rows) {
      insert.run(newId(now), siteId, stamp, importId, row.nationalId, row.name, row.coverage);
    }
    recordAudit(ctx, {
      action: 'formula.coverageImport',
      recordTable: 'coverage_imports',
      recordId: importId,
      detail: `${input.fileName}: ${parsed.rows.length} personas, ${parsed.rejected.length} filas rechazadas`,
    });
    return {
      importId,
      listDate: input.listDate,
      rowCount: parsed.rows.length,
      duplicateCount: parsed.duplicates.length,
      rejected: parsed.rejected,
    };
  });
}

/**
 * Rule 4 at every prescription and delivery (issue 14.6): a caregiver who appears in the list in force
 * (a later padrón may add them) gets no new prescription and no delivery; the message is the program's.
 */
export function requireNotCovered(ctx: AppContext, caregiverNationalId: string, field: string): void {
  const coverage = lookupCoverage(ctx, caregiverNationalId);
  if (coverage.covered) throw fieldError(field, formulaText.coveredNow(coverage.coverage, coverage.listDate, coverageTerm(ctx)), 'FORBIDDEN');
}

/** This country's word for coverage, for the program's messages. */
export function coverageTerm(ctx: AppContext): string {
  return COUNTRY_PROFILES[localSite(ctx)?.country ?? 'PE'].coverageTerm;
}
