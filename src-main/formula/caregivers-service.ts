import { and, asc, eq, gte, inArray, like, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { foldForSearch } from '../../src-shared/common/text';
import type { CaregiverSummary, CoverageCheck, InfantSummary } from '../../src-shared/contract/types';
import type { newCaregiverSchema, newInfantSchema } from '../../src-shared/formula/schemas';
import { formulaText } from '../../src-shared/formula/text-fields';
import { COUNTRY_PROFILES, isValidNationalId, normalizeDigits } from '../../src-shared/site/countries';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { coverageTerm, lookupCoverage } from './coverage-service';
import { caregivers, infants } from './formula.schema';

const t = formulaText.errors;
const SEARCH_LIMIT = 50;

/** The country's ID rule (Perú 8 digits, Argentina 7–8), checked where the site's country is known. */
export function requireCountryId(ctx: AppContext, field: string, nationalId: string): void {
  const country = localSite(ctx)?.country ?? 'PE';
  if (!isValidNationalId(country, nationalId)) {
    const profile = COUNTRY_PROFILES[country];
    throw fieldError(field, t.nationalIdCountry(profile.nationalIdLabel, profile.nationalIdHint));
  }
}

function infantsOf(ctx: AppContext, caregiverIds: readonly string[]): Map<string, InfantSummary[]> {
  const byCaregiver = new Map<string, InfantSummary[]>();
  if (caregiverIds.length === 0) return byCaregiver;
  const rows = ctx.db
    .select()
    .from(infants)
    .where(and(inArray(infants.caregiverId, [...caregiverIds]), eq(infants.deleted, false)))
    .orderBy(asc(infants.birthDate))
    .all();
  for (const row of rows) {
    const list = byCaregiver.get(row.caregiverId) ?? [];
    list.push({ id: row.id, firstNames: row.firstNames, lastNames: row.lastNames, nationalId: row.nationalId, birthDate: row.birthDate });
    byCaregiver.set(row.caregiverId, list);
  }
  return byCaregiver;
}

function summaries(ctx: AppContext, rows: (typeof caregivers.$inferSelect)[]): CaregiverSummary[] {
  const children = infantsOf(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    nationalId: row.nationalId,
    firstNames: row.firstNames,
    lastNames: row.lastNames,
    birthDate: row.birthDate,
    sex: row.sex,
    phone: row.phone,
    email: row.email,
    address: row.address,
    infants: children.get(row.id) ?? [],
  }));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * By DNI (all digits: prefix match) or by name (each word, accent- and case-insensitive, anywhere in
 * "first last names").
 */
export function searchCaregivers(ctx: AppContext, query: string): CaregiverSummary[] {
  const siteId = requireLocalSiteId(ctx);
  const digits = normalizeDigits(query);
  const conditions: SQL[] = [eq(caregivers.ownerSiteId, siteId), eq(caregivers.deleted, false)];
  if (/^\d+$/.test(digits)) {
    // A range, not LIKE: SQLite's LIKE is case-insensitive and so cannot use the binary index.
    conditions.push(gte(caregivers.nationalId, digits), lt(caregivers.nationalId, `${digits}\u{10FFFF}`));
  } else {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    // Words of three letters or more through the trigram index (issue 19); shorter ones as a pattern.
    const indexed = words.filter((word) => word.length >= 3);
    if (indexed.length > 0) {
      const match = indexed.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND ');
      conditions.push(sql`${caregivers}.rowid IN (SELECT rowid FROM caregivers_name_search WHERE caregivers_name_search MATCH ${match})`);
    }
    for (const word of words.filter((w) => w.length < 3)) conditions.push(like(caregivers.searchName, `%${escapeLike(word)}%`));
  }
  const rows = ctx.db
    .select()
    .from(caregivers)
    .where(and(...conditions))
    .orderBy(asc(caregivers.lastNames), asc(caregivers.firstNames))
    .limit(SEARCH_LIMIT)
    .all();
  return summaries(ctx, rows);
}

export function findByNationalId(ctx: AppContext, nationalId: string) {
  const siteId = requireLocalSiteId(ctx);
  return ctx.db
    .select()
    .from(caregivers)
    .where(and(eq(caregivers.ownerSiteId, siteId), eq(caregivers.nationalId, nationalId), eq(caregivers.deleted, false)))
    .get();
}

export function getCaregiver(ctx: AppContext, id: string): CaregiverSummary {
  const row = ctx.db
    .select()
    .from(caregivers)
    .where(and(eq(caregivers.id, id), eq(caregivers.deleted, false)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', t.caregiverNotFound);
  const [summary] = summaries(ctx, [row]);
  if (!summary) throw new AppError('NOT_FOUND', t.caregiverNotFound);
  return summary;
}

/** Rule 4 and the program's search: an existing caregiver opens, a covered one is refused. */
export function checkCoverage(ctx: AppContext, nationalId: string): CoverageCheck {
  requireCountryId(ctx, 'nationalId', nationalId);
  const existing = findByNationalId(ctx, nationalId);
  const coverage = lookupCoverage(ctx, nationalId);
  return { nationalId, ...coverage, existing: existing ? (summaries(ctx, [existing])[0] ?? null) : null };
}

export function createCaregiver(ctx: AppContext, input: z.output<typeof newCaregiverSchema>): CaregiverSummary {
  requireCountryId(ctx, 'nationalId', input.nationalId);
  const siteId = requireLocalSiteId(ctx);
  if (input.birthDate && input.birthDate > todayIso(ctx)) throw fieldError('birthDate', t.birthInFuture);
  const coverage = lookupCoverage(ctx, input.nationalId);
  if (coverage.covered) throw fieldError('nationalId', formulaText.coveredRefusal(coverageTerm(ctx)), 'FORBIDDEN');
  const id = inTransaction(ctx, () => {
    const existing = findByNationalId(ctx, input.nationalId);
    // The same person typed twice goes to the record that exists.
    if (existing) return existing.id;
    const now = ctx.now();
    const created = newId(now);
    ctx.db
      .insert(caregivers)
      .values({
        id: created,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        nationalId: input.nationalId,
        firstNames: input.firstNames,
        lastNames: input.lastNames,
        searchName: foldForSearch(`${input.firstNames} ${input.lastNames}`),
        birthDate: input.birthDate || null,
        sex: input.sex,
        phone: input.phone,
        email: input.email,
        address: input.address,
        coverageCheckedAt: now,
        coverageListDate: coverage.listDate,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, {
      action: 'formula.caregiverCreate',
      recordTable: 'caregivers',
      recordId: created,
      detail: `padrón revisado: ${coverage.listDate ?? 'sin padrón importado'}`,
    });
    return created;
  });
  return getCaregiver(ctx, id);
}

/**
 * The same infant DNI twice at a facility is refused (issue 14.4): the message names where it is
 * registered, so the registrar opens that record instead.
 */
export function requireInfantIdFree(ctx: AppContext, nationalId: string, exceptInfantId: string | null): void {
  const found = ctx.db
    .select({ id: infants.id, firstNames: infants.firstNames, lastNames: infants.lastNames, caregiverNationalId: caregivers.nationalId, caregiverFirst: caregivers.firstNames, caregiverLast: caregivers.lastNames })
    .from(infants)
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(and(eq(infants.ownerSiteId, requireLocalSiteId(ctx)), eq(infants.nationalId, nationalId), eq(infants.deleted, false)))
    .all()
    .find((row) => row.id !== exceptInfantId);
  if (found) {
    throw new AppError('CONFLICT', t.infantDuplicate(`${found.firstNames} ${found.lastNames}`, `${found.caregiverFirst} ${found.caregiverLast}`, found.caregiverNationalId), {
      nationalId: t.infantDuplicate(`${found.firstNames} ${found.lastNames}`, `${found.caregiverFirst} ${found.caregiverLast}`, found.caregiverNationalId),
    });
  }
}

/**
 * An infant of this site with the same folded names and birth date, where one of the two has no DNI to
 * tell them apart: a likely duplicate, warned before saving (two different DNIs are two people).
 */
function likelyDuplicate(ctx: AppContext, input: { firstNames: string; lastNames: string; birthDate: string; nationalId: string }) {
  const folded = foldForSearch(`${input.firstNames} ${input.lastNames}`);
  return ctx.db
    .select({ firstNames: infants.firstNames, lastNames: infants.lastNames, nationalId: infants.nationalId, caregiverNationalId: caregivers.nationalId })
    .from(infants)
    .innerJoin(caregivers, eq(caregivers.id, infants.caregiverId))
    .where(and(eq(infants.ownerSiteId, requireLocalSiteId(ctx)), eq(infants.birthDate, input.birthDate), eq(infants.deleted, false)))
    .all()
    .find((row) => foldForSearch(`${row.firstNames} ${row.lastNames}`) === folded && (!input.nationalId || !row.nationalId));
}

export function createInfant(ctx: AppContext, input: z.output<typeof newInfantSchema>): CaregiverSummary {
  const siteId = requireLocalSiteId(ctx);
  if (input.nationalId) requireCountryId(ctx, 'nationalId', input.nationalId);
  if (input.birthDate > todayIso(ctx)) throw fieldError('birthDate', t.birthInFuture);
  getCaregiver(ctx, input.caregiverId);
  if (!input.confirmLikelyDuplicate) {
    const twin = likelyDuplicate(ctx, input);
    if (twin) throw new AppError('CONFLICT', t.infantLikelyDuplicate(`${twin.firstNames} ${twin.lastNames}`, twin.caregiverNationalId), { confirmLikelyDuplicate: t.infantLikelyDuplicate(`${twin.firstNames} ${twin.lastNames}`, twin.caregiverNationalId) });
  }
  inTransaction(ctx, () => {
    if (input.nationalId) requireInfantIdFree(ctx, input.nationalId, null);
    const now = ctx.now();
    const id = newId(now);
    ctx.db
      .insert(infants)
      .values({
        id,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        caregiverId: input.caregiverId,
        firstNames: input.firstNames,
        lastNames: input.lastNames,
        nationalId: input.nationalId || null,
        birthDate: input.birthDate,
        sex: input.sex,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, { action: 'formula.infantCreate', recordTable: 'infants', recordId: id });
  });
  return getCaregiver(ctx, input.caregiverId);
}
