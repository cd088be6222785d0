import { foldForSearch } from '../../src-shared/common/text';
import { toCsv } from '../../src-shared/common/csv';
import { addDays, showIsoDate } from '../../src-shared/common/dates';
import { gramsOf } from '../../src-shared/formula/entitlement';
import { LIST_COLUMNS, cellText } from '../../src-shared/formula/list-columns';
import { toXlsx } from '../export/xlsx';
import { LIST_EXPORT_MAX, LIST_PAGE_SIZE, type ListExport, type ListWorkbook, type ListKind, type ListPage, type ListQuery, type ListRow } from '../../src-shared/formula/lists';
import { reasonLabelIn } from '../../src-shared/formula/reasons';
import { reasonsHere } from './reasons-service';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { normalizeDigits } from '../../src-shared/site/countries';
import { inTransaction, type AppContext } from '../app/context';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { coverageListInForce } from './coverage-service';
import { entitlementOfRow } from './entitlement-of';
import { seesClinical } from './clinical';
import { formulaText } from '../../src-shared/formula/text-fields';

const t = formulaUi.lists;

/** A row before the text filter: its cells, and the names and DNIs the filter looks at. */
interface Candidate extends ListRow {
  readonly names: string;
  readonly nationalIds: readonly string[];
}

/** At a microrred or red: only the records of the chosen facility. */
function siteFilter(ownerColumn: string, query: ListQuery): { sql: string; params: string[] } {
  return query.siteId ? { sql: ` AND ${ownerColumn} = ?`, params: [query.siteId] } : { sql: '', params: [] };
}

/** The date range and the facility the records belong to. */
function dateRange(column: string, query: ListQuery, ownerColumn: string): { sql: string; params: string[] } {
  const site = siteFilter(ownerColumn, query);
  const parts: string[] = [];
  const params: string[] = [...site.params];
  if (query.from) {
    parts.push(`${column} >= ?`);
    params.push(query.from);
  }
  if (query.to) {
    parts.push(`${column} <= ?`);
    params.push(query.to);
  }
  return { sql: site.sql + parts.map((p) => ` AND ${p}`).join(''), params };
}

/** Local calendar day of a stored millisecond time, as aaaa-mm-dd (the day the user saw). */
function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of an aaaa-mm-dd day, in milliseconds (registration days are the days the user saw). */
function localMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime();
}

interface CaregiverRow {
  id: string;
  national_id: string;
  first_names: string;
  last_names: string;
  phone: string;
  address: string;
  created_at: number;
  infant_count: number;
}

/**
 * The caregivers a list query selects, entirely in SQL (issue 19): the name through the trigram index
 * (words under three letters as a pattern), a DNI as an index range, the registration days as a range of
 * local times, the facility and the coverage list; sorted by name (then id, so pages never overlap).
 */
function caregiverSelection(ctx: AppContext, query: ListQuery): { sql: string; params: (string | number)[] } {
  const digits = normalizeDigits(query.text);
  const byDni = query.text !== '' && /^\d+$/.test(digits);
  const words = byDni ? [] : foldForSearch(query.text).split(/\s+/).filter(Boolean);
  const parts: string[] = ['c.deleted = 0'];
  const params: (string | number)[] = [];
  if (byDni) {
    parts.push('c.national_id >= ? AND c.national_id < ?');
    params.push(digits, `${digits}\u{10FFFF}`);
  }
  const indexed = words.filter((word) => word.length >= 3);
  if (indexed.length > 0) {
    parts.push('c.rowid IN (SELECT rowid FROM caregivers_name_search WHERE caregivers_name_search MATCH ?)');
    params.push(indexed.map((word) => `"${word.replace(/"/g, '""')}"`).join(' AND '));
  }
  for (const word of words.filter((w) => w.length < 3)) {
    parts.push("c.search_name LIKE ? ESCAPE '\\'");
    params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  if (query.from) {
    parts.push('c.created_at >= ?');
    params.push(localMidnight(query.from));
  }
  if (query.to) {
    parts.push('c.created_at < ?');
    params.push(localMidnight(addDays(query.to, 1)));
  }
  if (query.siteId) {
    parts.push('c.owner_site_id = ?');
    params.push(query.siteId);
  }
  if (query.coveredOnly) {
    parts.push('c.national_id IN (SELECT national_id FROM coverage_entries WHERE import_id = ? AND deleted = 0)');
    params.push(coverageListInForce(ctx)?.id ?? '');
  }
  return { sql: parts.join(' AND '), params };
}

const CAREGIVER_COLUMNS = `c.id, c.national_id, c.first_names, c.last_names, c.phone, c.address, c.created_at,
       (SELECT COUNT(*) FROM infants i WHERE i.caregiver_id = c.id AND i.deleted = 0) AS infant_count`;

function caregiverCandidate(r: CaregiverRow): Candidate {
  return {
    id: r.id,
    caregiverId: r.id,
    names: `${r.first_names} ${r.last_names}`,
    nationalIds: [r.national_id],
    cells: { nationalId: r.national_id, lastNames: r.last_names, firstNames: r.first_names, phone: r.phone, address: r.address, infants: r.infant_count, registered: dayOf(r.created_at) },
  };
}

function caregiverCandidates(ctx: AppContext, query: ListQuery): Candidate[] {
  const where = caregiverSelection(ctx, query);
  const rows = ctx.sqlite.prepare(`SELECT ${CAREGIVER_COLUMNS} FROM caregivers c WHERE ${where.sql} ORDER BY c.last_names, c.first_names, c.id`).all(...where.params) as CaregiverRow[];
  return rows.map(caregiverCandidate);
}

/** One page of caregivers: counted, sorted and cut in SQL — only the page's rows are read and mapped. */
function caregiverPage(ctx: AppContext, query: ListQuery): { rows: Candidate[]; total: number; page: number } {
  const where = caregiverSelection(ctx, query);
  const total = ctx.sqlite.prepare(`SELECT COUNT(*) FROM caregivers c WHERE ${where.sql}`).pluck().get(...where.params) as number;
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)));
  const rows = ctx.sqlite
    .prepare(`SELECT ${CAREGIVER_COLUMNS} FROM caregivers c WHERE ${where.sql} ORDER BY c.last_names, c.first_names, c.id LIMIT ? OFFSET ?`)
    .all(...where.params, LIST_PAGE_SIZE, (page - 1) * LIST_PAGE_SIZE) as CaregiverRow[];
  return { rows: rows.map(caregiverCandidate), total, page };
}

function infantCandidates(ctx: AppContext, query: ListQuery): Candidate[] {
  const range = dateRange('i.birth_date', query, 'i.owner_site_id');
  const rows = ctx.sqlite
    .prepare(
      `SELECT i.id, c.id AS caregiver_id, i.first_names, i.last_names, i.national_id, i.birth_date, c.national_id AS caregiver_dni,
              c.first_names || ' ' || c.last_names AS caregiver
         FROM infants i JOIN caregivers c ON c.id = i.caregiver_id
        WHERE i.deleted = 0 AND c.deleted = 0${range.sql} ORDER BY i.last_names, i.first_names`,
    )
    .all(...range.params) as { id: string; caregiver_id: string; first_names: string; last_names: string; national_id: string | null; birth_date: string; caregiver_dni: string; caregiver: string }[];
  return rows.map((r) => ({
    id: r.id,
    caregiverId: r.caregiver_id,
    names: `${r.first_names} ${r.last_names} ${r.caregiver}`,
    nationalIds: [r.caregiver_dni, r.national_id ?? ''],
    cells: {
      lastNames: r.last_names,
      firstNames: r.first_names,
      nationalId: r.national_id ?? '',
      birthDate: r.birth_date,
      caregiver: r.caregiver,
      caregiverNationalId: r.caregiver_dni,
    },
  }));
}

function prescriptionCandidates(ctx: AppContext, query: ListQuery): Candidate[] {
  const range = dateRange('p.prescription_date', query, 'p.owner_site_id');
  const rows = ctx.sqlite
    .prepare(
      `SELECT p.*, c.id AS caregiver_id, i.birth_date AS infant_birth_date, i.first_names || ' ' || i.last_names AS infant, c.national_id AS caregiver_dni,
              c.first_names || ' ' || c.last_names AS caregiver,
              COALESCE((SELECT SUM(d.cans_800) FROM deliveries d WHERE d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL), 0) AS c800,
              COALESCE((SELECT SUM(d.cans_1kg) FROM deliveries d WHERE d.prescription_id = p.id AND d.deleted = 0 AND d.voided_at IS NULL), 0) AS c1kg
         FROM prescriptions p JOIN infants i ON i.id = p.infant_id JOIN caregivers c ON c.id = i.caregiver_id
        WHERE p.deleted = 0 AND i.deleted = 0 AND c.deleted = 0${range.sql} ORDER BY p.prescription_date DESC`,
    )
    .all(...range.params) as Record<string, string | number | null>[];
  const today = todayIso(ctx);
  const reasons = reasonsHere(ctx);
  const clinical = seesClinical(ctx);
  const out: Candidate[] = [];
  for (const r of rows) {
    // A prescription the rules no longer accept shows without figures.
    const entitlement = entitlementOfRow(r);
    const months = entitlement?.months ?? null;
    const allowed = entitlement?.gramsAllowed ?? null;
    const lastDay = entitlement ? addDays(entitlement.deliverUntilExclusive, -1) : null;
    const delivered = gramsOf({ cans800: Number(r.c800), cans1kg: Number(r.c1kg) });
    const remaining = allowed === null ? null : Math.max(0, allowed - delivered);
    const active = lastDay !== null && remaining !== null && remaining > 0 && today <= lastDay;
    if (query.activeOnly && !active) continue;
    out.push({
      id: String(r.id),
      caregiverId: String(r.caregiver_id),
      names: `${String(r.infant)} ${String(r.caregiver)}`,
      nationalIds: [String(r.caregiver_dni)],
      cells: {
        prescriptionDate: String(r.prescription_date),
        infant: String(r.infant),
        caregiverNationalId: String(r.caregiver_dni),
        reason: clinical ? reasonLabelIn(String(r.reason_code), reasons, formulaText.reasonWithheld) : formulaText.clinicalReserved,
        months,
        gramsAllowed: allowed,
        gramsDelivered: delivered,
        gramsRemaining: remaining,
        lastDeliveryDay: lastDay,
        status: active ? t.active : t.ended,
      },
    });
  }
  return out;
}

interface DeliveryRow {
  id: string;
  caregiver_id: string;
  delivery_date: string;
  cans_800: number;
  cans_1kg: number;
  received_by_name: string;
  received_by_national_id: string;
  source: 'form' | 'batch';
  voided_at: number | null;
  void_reason: string | null;
  infant: string;
  caregiver_dni: string;
  caregiver: string;
}

/** The deliveries of the dates and facility asked, newest first (then by id, so pages never overlap). */
function deliverySelection(query: ListQuery): { sql: string; params: string[] } {
  const range = dateRange('d.delivery_date', query, 'd.owner_site_id');
  return {
    sql: `SELECT d.id, c.id AS caregiver_id, d.delivery_date, d.cans_800, d.cans_1kg, d.received_by_name, d.received_by_national_id, d.source, d.voided_at, d.void_reason,
              i.first_names || ' ' || i.last_names AS infant, c.national_id AS caregiver_dni, c.first_names || ' ' || c.last_names AS caregiver
         FROM deliveries d JOIN prescriptions p ON p.id = d.prescription_id JOIN infants i ON i.id = p.infant_id JOIN caregivers c ON c.id = i.caregiver_id
        WHERE d.deleted = 0${query.includeVoided ? '' : ' AND d.voided_at IS NULL'}${range.sql}
        ORDER BY d.delivery_date DESC, d.created_at DESC, d.id`,
    params: range.params,
  };
}

function deliveryCandidate(r: DeliveryRow): Candidate {
  return {
    id: r.id,
    caregiverId: r.caregiver_id,
    names: `${r.infant} ${r.caregiver} ${r.received_by_name}`,
    nationalIds: [r.caregiver_dni, r.received_by_national_id],
    cells: {
      deliveryDate: r.delivery_date,
      caregiverNationalId: r.caregiver_dni,
      caregiver: r.caregiver,
      infant: r.infant,
      cans800: r.cans_800,
      cans1kg: r.cans_1kg,
      grams: gramsOf({ cans800: r.cans_800, cans1kg: r.cans_1kg }),
      receivedBy: [r.received_by_name, r.received_by_national_id].filter(Boolean).join(' · '),
      source: r.source === 'batch' ? t.sourceBatch : t.sourceForm,
      voided: r.voided_at === null ? '' : t.voidedBecause(r.void_reason ?? ''),
    },
  };
}

function deliveryCandidates(ctx: AppContext, query: ListQuery): Candidate[] {
  const selection = deliverySelection(query);
  return (ctx.sqlite.prepare(selection.sql).all(...selection.params) as DeliveryRow[]).map(deliveryCandidate);
}

/** Without a name or DNI to match, a page of deliveries is counted and cut in SQL (issue 19). */
function deliveryPage(ctx: AppContext, query: ListQuery): { rows: Candidate[]; total: number; page: number } {
  const selection = deliverySelection(query);
  const total = ctx.sqlite.prepare(`SELECT COUNT(*) FROM (${selection.sql})`).pluck().get(...selection.params) as number;
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)));
  const rows = ctx.sqlite.prepare(`${selection.sql} LIMIT ? OFFSET ?`).all(...selection.params, LIST_PAGE_SIZE, (page - 1) * LIST_PAGE_SIZE) as DeliveryRow[];
  return { rows: rows.map(deliveryCandidate), total, page };
}

const CANDIDATES: Record<ListKind, (ctx: AppContext, query: ListQuery) => Candidate[]> = {
  caregivers: caregiverCandidates,
  infants: infantCandidates,
  prescriptions: prescriptionCandidates,
  deliveries: deliveryCandidates,
};

/** The text filter: the first digits of a DNI, or every word somewhere in the names (accents and case aside). */
function matcher(text: string): (candidate: Candidate) => boolean {
  if (!text) return () => true;
  const digits = normalizeDigits(text);
  if (/^\d+$/.test(digits)) return (c) => c.nationalIds.some((id) => id.startsWith(digits));
  const words = foldForSearch(text).split(/\s+/).filter(Boolean);
  return (c) => {
    const names = foldForSearch(c.names);
    return words.every((word) => names.includes(word));
  };
}

function filtered(ctx: AppContext, query: ListQuery): Candidate[] {
  return CANDIDATES[query.kind](ctx, query).filter(matcher(query.text));
}

const strip = ({ id, caregiverId, cells }: Candidate): ListRow => ({ id, caregiverId, cells });

export function listRecords(ctx: AppContext, query: ListQuery): ListPage {
  const sliced = (): { rows: Candidate[]; total: number; page: number } => {
    const rows = filtered(ctx, query);
    const page = Math.min(query.page, Math.max(1, Math.ceil(rows.length / LIST_PAGE_SIZE)));
    return { rows: rows.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), total: rows.length, page };
  };
  const { rows, total, page } = query.kind === 'caregivers' ? caregiverPage(ctx, query) : query.kind === 'deliveries' && query.text === '' ? deliveryPage(ctx, query) : sliced();
  return {
    kind: query.kind,
    rows: rows.map(strip),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)),
    sites: ctx.sqlite.prepare("SELECT id, name FROM sites WHERE kind = 'facility' AND deleted = 0 ORDER BY name").all() as { id: string; name: string }[],
  };
}

/** The whole filtered list as CSV; exporting personal data is written to the audit log. */
export function exportRecords(ctx: AppContext, query: ListQuery): ListExport {
  const rows = filtered(ctx, query).slice(0, LIST_EXPORT_MAX);
  const columns = LIST_COLUMNS[query.kind];
  const csv = toCsv(
    columns.map((c) => c.label),
    rows.map((row) => columns.map((c) => cellText(c, row.cells[c.key] ?? null))),
  );
  const fileName = `${t.fileNames[query.kind]}-${todayIso(ctx)}.csv`;
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'formula.listExport', detail: t.exportDetail(t.tabs[query.kind], rows.length, query.from ? showIsoDate(query.from) : '', query.to ? showIsoDate(query.to) : '') });
  });
  return { fileName, csv, rowCount: rows.length };
}

/** The list as a spreadsheet: DNI as text, dates as dates, counts as numbers (issue 15). */
export async function exportRecordsXlsx(ctx: AppContext, query: ListQuery): Promise<ListWorkbook> {
  const rows = filtered(ctx, query).slice(0, LIST_EXPORT_MAX);
  const columns = LIST_COLUMNS[query.kind];
  const data = await toXlsx(
    t.tabs[query.kind],
    columns.map((c) => ({ label: c.label, type: c.type })),
    rows.map((row) => columns.map((c) => row.cells[c.key] ?? null)),
  );
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'formula.listExport', detail: t.exportDetail(t.tabs[query.kind], rows.length, query.from ? showIsoDate(query.from) : '', query.to ? showIsoDate(query.to) : '') });
  });
  return { fileName: `${t.fileNames[query.kind]}-${todayIso(ctx)}.xlsx`, dataBase64: data.toString('base64'), rowCount: rows.length };
}
