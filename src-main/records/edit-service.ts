import { foldForSearch } from '../../src-shared/common/text';
import { EDITABLE, fieldsOf, isEditableTable, needsReason, readEdit, typedValueOf, type EditableField, type EditableTableName, type StoredValue } from '../../src-shared/records/editable';
import { recordsText as t } from '../../src-shared/records/text';
import type { EditForm } from '../../src-shared/records/types';
import { hasPermission } from '../../src-shared/users/roles';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp } from '../db/new-record';
import { requireLocalSiteId } from '../site/site-service';
import { seesClinical } from '../formula/clinical';
import { checkTableRules } from './table-rules';

/** A record this site owns and the signed-in role may edit: the table's rules of who edits what. */
function ownRecord(ctx: AppContext, table: string, id: string): { table: EditableTableName; row: Record<string, StoredValue> } {
  if (!isEditableTable(table)) throw new AppError('VALIDATION', t.notEditable(table));
  const role = ctx.session.current?.role;
  if (!role || !hasPermission(role, EDITABLE[table].permission)) throw new AppError('FORBIDDEN', t.forbidden);
  const row = ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id = ? AND deleted = 0`).get(id) as Record<string, StoredValue> | undefined;
  if (!row) throw new AppError('NOT_FOUND', t.notFound);
  if (row.owner_site_id !== requireLocalSiteId(ctx)) throw new AppError('FORBIDDEN', t.notOwn);
  return { table, row };
}

/** The fields this person may see and edit: clinical ones only with the clinical permission (18.3). */
function visibleFields(ctx: AppContext, table: EditableTableName): readonly EditableField[] {
  const clinical = seesClinical(ctx);
  return fieldsOf(table).filter((field) => clinical || field.clinical !== true);
}

/** What the edit form opens with: every editable field this person may see, as it is now. */
export function editForm(ctx: AppContext, table: string, id: string): EditForm {
  const record = ownRecord(ctx, table, id);
  return {
    table: record.table,
    id,
    title: EDITABLE[record.table].label,
    fields: visibleFields(ctx, record.table).map((field) => ({ ...field, value: typedValueOf(field, record.row[field.column] ?? null) })),
  };
}

export interface EditInput {
  readonly table: string;
  readonly id: string;
  /** Only the fields that changed, as typed. */
  readonly changes: Readonly<Record<string, string>>;
  readonly reason: string;
}

/** Columns kept in step with a changed field (the folded name the search looks at). */
function derived(table: EditableTableName, row: Record<string, StoredValue>, changes: Record<string, StoredValue>): Record<string, StoredValue> {
  if ((table === 'caregivers' || table === 'group_members') && ('first_names' in changes || 'last_names' in changes)) {
    return { search_name: foldForSearch(`${String(changes.first_names ?? row.first_names)} ${String(changes.last_names ?? row.last_names)}`) };
  }
  // Total replacement is 4,000 g a month whatever was typed for a partial one.
  if (table === 'prescriptions' && changes.replacement === 'total') return { grams_per_month: 4000 };
  return {};
}

/**
 * Edits a record of this site (issue 14.1): only the fields that changed, read with the same rules as the
 * form; a reason when a field that drives a rule changes; the program's rules checked again; one audit
 * entry with every field old → new. The new state syncs as any change does.
 */
export function editRecord(ctx: AppContext, input: EditInput): EditForm {
  const { table, row } = ownRecord(ctx, input.table, input.id);
  const clinical = new Set(fieldsOf(table).filter((field) => field.clinical === true).map((field) => field.column));
  if (!seesClinical(ctx) && Object.keys(input.changes).some((column) => clinical.has(column))) throw new AppError('FORBIDDEN', t.clinicalOnly);
  const { changes, errors } = readEdit(table, input.changes, row, todayIso(ctx));
  if (Object.keys(errors).length > 0) throw new AppError('VALIDATION', t.invalid, errors);
  const columns = Object.keys(changes);
  if (columns.length === 0) throw new AppError('VALIDATION', t.noChanges, { _: t.noChanges });
  const reason = input.reason.trim();
  if (needsReason(table, columns) && reason === '') throw new AppError('VALIDATION', t.reasonRequired, { reason: t.reasonRequired });
  inTransaction(ctx, () => {
    // Inside the transaction: what the rules look at cannot change between the check and the write.
    checkTableRules(ctx, table, input.id, row, changes);
    const written = { ...changes, ...derived(table, row, changes) };
    const names = Object.keys(written);
    ctx.sqlite.prepare(`UPDATE ${table} SET ${names.map((c) => `${c} = ?`).join(', ')}, hlc = ? WHERE id = ?`).run(...names.map((c) => written[c] ?? null), changeStamp(ctx).hlc, input.id);
    const labels = new Map(fieldsOf(table).map((field) => [field.column, field]));
    const inFormOrder = fieldsOf(table).map((field) => field.column).filter((column) => columns.includes(column));
    const lineOf = (column: string) => {
      const field = labels.get(column);
      const show = (value: StoredValue) => (field ? typedValueOf(field, value) : String(value ?? ''));
      return t.changeLine(field?.label ?? column, show(row[column] ?? null), show(changes[column] ?? null));
    };
    // Clinical changes go in an entry of their own, which only who sees clinical data can read (18.3).
    const isClinical = (column: string) => labels.get(column)?.clinical === true;
    const plain = inFormOrder.filter((column) => !isClinical(column));
    const clinical = inFormOrder.filter(isClinical);
    if (plain.length > 0) recordAudit(ctx, { action: 'record.edit', recordTable: table, recordId: input.id, detail: t.auditDetail(plain.map(lineOf).join('; '), reason) });
    if (clinical.length > 0) recordAudit(ctx, { action: 'record.editClinical', recordTable: table, recordId: input.id, detail: t.auditDetail(clinical.map(lineOf).join('; '), reason) });
  });
  return editForm(ctx, table, input.id);
}
