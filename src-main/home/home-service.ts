import { showIsoDate } from '../../src-shared/common/dates';
import { toCsv } from '../../src-shared/common/csv';
import { homeText } from '../../src-shared/home/text';
import { DATE_COLUMNS, WORK_LIST_COLUMNS, WORK_LIST_LIMIT, WORK_LISTS_BY_ROLE, workWindowsSchema, type HomeWork, type WorkCell, type WorkList, type WorkListKey, type WorkRow } from '../../src-shared/home/work-lists';
import { WORK_WINDOWS_DEFAULTS, type WorkWindows } from '../../src-shared/home/work-rules';
import type { ListExport, ListWorkbook } from '../../src-shared/formula/lists';
import { toXlsx } from '../export/xlsx';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { writeSetting } from '../settings/local-settings';
import { coverageChanged, deliveriesDue, infantsTurningSix, lotsExpiring, openPrescriptions, prescriptionsEnding, sheetDrafts, type Candidate } from './formula-work';
import { adminStatus, birthFacilityWithoutGroup, bundlesRefused, conflicts, idleGroups, infantsAtTwoFacilities, lateFacilities, lockedUsers, plansAwaiting, repeatedAbsences, sessionsThisWeek, trainingMissing } from './site-work';

const WINDOWS_KEY = 'home.workWindows';

export function workWindows(ctx: AppContext): WorkWindows {
  const row = ctx.sqlite.prepare('SELECT value FROM local_settings WHERE key = ?').pluck().get(WINDOWS_KEY) as string | undefined;
  const parsed = row ? workWindowsSchema.safeParse(JSON.parse(row)) : null;
  return parsed?.success ? parsed.data : { ...WORK_WINDOWS_DEFAULTS };
}

export function saveWorkWindows(ctx: AppContext, windows: WorkWindows): WorkWindows {
  const before = workWindows(ctx);
  inTransaction(ctx, () => {
    writeSetting(ctx.db, WINDOWS_KEY, windows);
    const changes = (Object.keys(windows) as (keyof WorkWindows)[]).filter((k) => before[k] !== windows[k]).map((k) => `${homeText.windows[k]}: ${before[k]} → ${windows[k]}`);
    if (changes.length) recordAudit(ctx, { action: 'settings.update', recordTable: 'local_settings', detail: changes.join('; ') });
  });
  return workWindows(ctx);
}

/** What several lists of one page read: asked once per page, not once per list. */
function pageReader(ctx: AppContext): { open: () => readonly Candidate[] } {
  let open: readonly Candidate[] | null = null;
  return { open: () => (open ??= openPrescriptions(ctx)) };
}

function rowsOf(ctx: AppContext, key: WorkListKey, windows: WorkWindows, read = pageReader(ctx)): { rows: WorkRow[]; urgent: number } {
  const plain = (rows: WorkRow[]) => ({ rows, urgent: 0 });
  switch (key) {
    case 'deliveriesDue':
      return deliveriesDue(ctx, windows, read.open());
    case 'prescriptionsEnding':
      return plain(prescriptionsEnding(ctx, windows, read.open()));
    case 'infantsTurningSix':
      return plain(infantsTurningSix(ctx, windows));
    case 'coverageChanged':
      return plain(coverageChanged(ctx));
    case 'lotsExpiring':
      return plain(lotsExpiring(ctx, windows));
    case 'sheetDrafts':
      return plain(sheetDrafts(ctx));
    case 'sessionsThisWeek':
      return plain(sessionsThisWeek(ctx));
    case 'idleGroups':
      return plain(idleGroups(ctx, windows));
    case 'repeatedAbsences':
      return plain(repeatedAbsences(ctx));
    case 'trainingMissing':
      return plain(trainingMissing(ctx));
    case 'plansAwaiting':
      return plain(plansAwaiting(ctx));
    case 'birthFacilityWithoutGroup':
      return plain(birthFacilityWithoutGroup(ctx));
    case 'lockedUsers':
      return plain(lockedUsers(ctx));
    case 'lateFacilities':
      return plain(lateFacilities(ctx, windows));
    case 'conflicts':
      return plain(conflicts(ctx));
    case 'infantsAtTwoFacilities':
      return plain(infantsAtTwoFacilities(ctx));
    case 'bundlesRefused':
      return plain(bundlesRefused(ctx));
  }
}

function listsOfRole(ctx: AppContext): readonly WorkListKey[] {
  const role = ctx.session.current?.role;
  if (!role) throw new AppError('UNAUTHENTICATED', 'Inicie sesión.');
  return WORK_LISTS_BY_ROLE[role];
}

/** The signed-in person's day: a count per list of their role, and the admin's facts. */
export function homeWork(ctx: AppContext): HomeWork {
  const windows = workWindows(ctx);
  const keys = listsOfRole(ctx);
  const read = pageReader(ctx);
  return {
    counts: keys.map((key) => {
      const { rows, urgent } = rowsOf(ctx, key, windows, read);
      return { key, count: rows.length, urgent };
    }),
    status: ctx.session.current?.role === 'admin' ? adminStatus(ctx) : [],
  };
}

/** One list of the signed-in person's role (another role's list is refused: it may hold what they may not see). */
export function workList(ctx: AppContext, key: WorkListKey): WorkList {
  if (!listsOfRole(ctx).includes(key)) throw new AppError('FORBIDDEN', 'Su rol no permite ver esta lista.');
  const { rows } = rowsOf(ctx, key, workWindows(ctx));
  return { key, rows: rows.slice(0, WORK_LIST_LIMIT), truncated: rows.length > WORK_LIST_LIMIT };
}

export function cellText(column: string, value: WorkCell): string {
  if (value === null) return '';
  if (DATE_COLUMNS.has(column) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return showIsoDate(value);
  return String(value);
}

export function exportWorkList(ctx: AppContext, key: WorkListKey): ListExport {
  const list = workList(ctx, key);
  const columns = WORK_LIST_COLUMNS[key];
  const csv = toCsv(
    columns.map((c) => homeText.columns[c] ?? c),
    list.rows.map((row) => columns.map((c) => cellText(c, row.cells[c] ?? null))),
  );
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${homeText.lists[key]}: ${list.rows.length} filas` }));
  return { fileName: `${key}-${todayIso(ctx)}.csv`, csv, rowCount: list.rows.length };
}

/** The list as a spreadsheet; a column is numeric when every value in it is a number. */
export async function exportWorkListXlsx(ctx: AppContext, key: WorkListKey): Promise<ListWorkbook> {
  const list = workList(ctx, key);
  const columns = WORK_LIST_COLUMNS[key];
  const typeOf = (c: string): 'text' | 'date' | 'number' => {
    if (DATE_COLUMNS.has(c)) return 'date';
    const values = list.rows.map((r) => r.cells[c] ?? null).filter((v) => v !== null);
    return values.length > 0 && values.every((v) => typeof v === 'number') ? 'number' : 'text';
  };
  const data = await toXlsx(
    homeText.lists[key],
    columns.map((c) => ({ label: homeText.columns[c] ?? c, type: typeOf(c) })),
    list.rows.map((row) => columns.map((c) => row.cells[c] ?? null)),
  );
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${homeText.lists[key]}: ${list.rows.length} filas (xlsx)` }));
  return { fileName: `${key}-${todayIso(ctx)}.xlsx`, dataBase64: data.toString('base64'), rowCount: list.rows.length };
}
