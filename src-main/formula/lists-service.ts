import { toCsv } from '../../src-shared/common/csv';
import { showIsoDate } from '../../src-shared/common/dates';
import { LIST_COLUMNS, cellText } from '../../src-shared/formula/list-columns';
import { toXlsx } from '../export/xlsx';
import { LIST_EXPORT_MAX, LIST_PAGE_SIZE, type ListExport, type ListWorkbook, type ListPage, type ListQuery, type ListRow } from '../../src-shared/formula/lists';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { inTransaction, type AppContext } from '../app/context';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { LIST_SELECTIONS, type ListSelection } from './list-selections';

const t = formulaUi.lists;

type SqlRow = Record<string, string | number | null>;

/**
 * The rows of `ids`, in the list's order. A page is chosen on the keys alone and only its rows are read in
 * full, so the per-row subqueries (infants of a caregiver, grams of a prescription) run for 100 rows.
 */
function rowsOf(ctx: AppContext, selection: ListSelection, ids: readonly string[]): ListRow[] {
  if (ids.length === 0) return [];
  const rows = ctx.sqlite
    .prepare(`SELECT ${selection.columns} FROM ${selection.from} WHERE ${selection.key} IN (SELECT value FROM json_each(?)) ORDER BY ${selection.order}`)
    .all(JSON.stringify(ids)) as SqlRow[];
  return rows.map(selection.toRow);
}

function keysOf(ctx: AppContext, selection: ListSelection, limit: number, offset: number): string[] {
  return ctx.sqlite
    .prepare(`SELECT ${selection.key} FROM ${selection.filterFrom} WHERE ${selection.where} ORDER BY ${selection.order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...selection.params, limit, offset) as string[];
}

/** One page: counted, sorted and cut in SQL (issue 19). */
function pageOf(ctx: AppContext, selection: ListSelection, wanted: number): { rows: ListRow[]; total: number; page: number } {
  const last = (total: number) => Math.min(wanted, Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)));
  const total = ctx.sqlite.prepare(`SELECT COUNT(*) FROM ${selection.filterFrom} WHERE ${selection.where}`).pluck().get(...selection.params) as number;
  const page = last(total);
  return { rows: rowsOf(ctx, selection, keysOf(ctx, selection, LIST_PAGE_SIZE, (page - 1) * LIST_PAGE_SIZE)), total, page };
}

/** The whole list, up to the export's limit. */
function wholeList(ctx: AppContext, query: ListQuery): ListRow[] {
  const selection = LIST_SELECTIONS[query.kind](ctx, query);
  const rows = ctx.sqlite
    .prepare(`SELECT ${selection.columns} FROM ${selection.from} WHERE ${selection.where} ORDER BY ${selection.order} LIMIT ?`)
    .all(...selection.params, LIST_EXPORT_MAX) as SqlRow[];
  return rows.map(selection.toRow);
}

export function listRecords(ctx: AppContext, query: ListQuery): ListPage {
  const { rows, total, page } = pageOf(ctx, LIST_SELECTIONS[query.kind](ctx, query), query.page);
  return {
    kind: query.kind,
    rows,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)),
    sites: ctx.sqlite.prepare("SELECT id, name FROM sites WHERE kind = 'facility' AND deleted = 0 ORDER BY name").all() as { id: string; name: string }[],
  };
}

function auditExport(ctx: AppContext, query: ListQuery, rowCount: number): void {
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'formula.listExport', detail: t.exportDetail(t.tabs[query.kind], rowCount, query.from ? showIsoDate(query.from) : '', query.to ? showIsoDate(query.to) : '') });
  });
}

/** The whole filtered list as CSV; exporting personal data is written to the audit log. */
export function exportRecords(ctx: AppContext, query: ListQuery): ListExport {
  const rows = wholeList(ctx, query);
  const columns = LIST_COLUMNS[query.kind];
  const csv = toCsv(
    columns.map((c) => c.label),
    rows.map((row) => columns.map((c) => cellText(c, row.cells[c.key] ?? null))),
  );
  auditExport(ctx, query, rows.length);
  return { fileName: `${t.fileNames[query.kind]}-${todayIso(ctx)}.csv`, csv, rowCount: rows.length };
}

/** The list as a spreadsheet: DNI as text, dates as dates, counts as numbers (issue 15). */
export async function exportRecordsXlsx(ctx: AppContext, query: ListQuery): Promise<ListWorkbook> {
  const rows = wholeList(ctx, query);
  const columns = LIST_COLUMNS[query.kind];
  const data = await toXlsx(
    t.tabs[query.kind],
    columns.map((c) => ({ label: c.label, type: c.type })),
    rows.map((row) => columns.map((c) => row.cells[c.key] ?? null)),
  );
  auditExport(ctx, query, rows.length);
  return { fileName: `${t.fileNames[query.kind]}-${todayIso(ctx)}.xlsx`, dataBase64: data.toString('base64'), rowCount: rows.length };
}
