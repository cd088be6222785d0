import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDateTime, formatThousands } from '../../../src-shared/common/text';
import { addDays, dateFromInput, showIsoDate } from '../../../src-shared/common/dates';
import type { BatchLookup } from '../../../src-shared/contract/types';
import { formulaUi } from '../../../src-shared/formula/ui-text';
import { normalizeDigits } from '../../../src-shared/site/countries';
import { call } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError, Notice } from '../../components/fields';
import { useDraft } from '../../forms/use-draft';
import { useUnsavedChanges } from '../../forms/unsaved';
import { todayForInput, todayLocal } from '../today';
import { usePrint } from '../../printing/use-print';
import { focusCell, focusNext, parseCell } from './sheet-focus';
import { chosenInfant, draftCells, emptyRow, gramsAbove, isBlank, lookupKey, rowInput, rowsFromDraft, TYPED_COLUMNS, type SheetField, type SheetRow } from './sheet-rows';
import { SheetRowView } from './SheetRowView';
import { SavedLines } from './SavedLines';
import { linesToCorrect, sortOutcomes, type SavedLine } from './sheet-outcomes';

const t = formulaUi.batch;


type Lookups = ReadonlyMap<string, BatchLookup | 'pending'>;

/**
 * Rule 12: a week of paper sheets typed in one go. Each row is checked as it is typed (who the DNI is,
 * what remains) and on saving; the good rows are saved and leave the sheet, the others stay with their
 * messages. The sheet is autosaved as a draft, so a lock, a crash or a power cut loses nothing.
 */
export function DeliveriesSheet() {
  const [rows, setRows] = useState<readonly SheetRow[]>(() => [emptyRow(todayForInput())]);
  const [lookups, setLookups] = useState<Lookups>(new Map());
  const requested = useRef(new Set<string>());
  const [saved, setSaved] = useState<readonly SavedLine[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const printing = usePrint();
  // The sheet for this week (Monday to Sunday), to write on when nobody can type.
  const printSheet = async () => {
    const today = todayLocal();
    const monday = addDays(today, -((new Date(`${today}T12:00:00`).getDay() + 6) % 7));
    await printing.print('print.weeklySheet', { weekStart: monday });
  };
  const tableRef = useRef<HTMLTableElement>(null);

  const blank = rows.every(isBlank);
  useUnsavedChanges(t.title, !blank);
  const draft = useMemo(() => ({ rows: rows.map(draftCells) }), [rows]);
  const { saveNow } = useDraft('formula.batch', draft, blank, (data, savedAt) => {
    const restored = rowsFromDraft(data);
    if (restored.length === 0) return;
    setRows(restored);
    setRestoredAt(savedAt);
    lookUp(restored);
  });

  function lookUp(list: readonly SheetRow[]) {
    for (const row of list) {
      const key = lookupKey(row);
      if (!key || requested.current.has(key)) continue;
      requested.current.add(key);
      setLookups((current) => new Map(current).set(key, 'pending'));
      const [nationalId = '', deliveryDate = ''] = key.split('|');
      void call('formula.batchLookup', { nationalId, deliveryDate }).then((result) => {
        setLookups((current) => {
          const next = new Map(current);
          if (result.ok) next.set(key, result.value);
          else next.delete(key);
          return next;
        });
        if (!result.ok) requested.current.delete(key);
      });
    }
  }

  const change = (rowKey: string, field: SheetField, value: string) => {
    const next = rows.map((row) => {
      if (row.key !== rowKey) return row;
      const errors = Object.fromEntries(Object.entries(row.errors).filter(([name]) => name !== field && name !== '_'));
      // A different person or day may mean a different infant, and another delivery to confirm.
      const other = field === 'caregiverNationalId' || field === 'deliveryDate';
      return { ...row, infantId: other ? '' : row.infantId, confirmRepeat: other ? '' : row.confirmRepeat, [field]: value, errors };
    });
    setRows(next);
    lookUp(next);
  };

  const addRow = (focusColumn = 0) => {
    const last = rows[rows.length - 1];
    const rowIndex = rows.length;
    // Rendered at once, so that the next keystroke already lands in the new row.
    flushSync(() => setRows([...rows, emptyRow(last?.deliveryDate ?? todayForInput())]));
    if (tableRef.current) focusCell(tableRef.current, rowIndex, focusColumn);
  };

  const removeRow = (rowKey: string) => {
    const next = rows.filter((row) => row.key !== rowKey);
    setRows(next.length > 0 ? next : [emptyRow(todayForInput())]);
  };

  const save = async () => {
    if (saving) return;
    const toSend = rows.filter((row) => !isBlank(row));
    if (toSend.length === 0) {
      setSummary(t.nothingToSave);
      return;
    }
    setSaving(true);
    const result = await call('formula.batchDeliveries', { rows: toSend.map(rowInput) });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const sorted = sortOutcomes(toSend, result.value, (row, outcome) => {
      const date = dateFromInput(row.deliveryDate);
      return t.savedRow(date ? showIsoDate(date) : row.deliveryDate, normalizeDigits(row.caregiverNationalId), outcome.infantName, formatThousands(outcome.gramsRemaining), outcome.alreadySaved);
    });
    let next: readonly SheetRow[] = [];
    // Rendered at once, so that focus can go to the first cell to correct.
    flushSync(() => {
      setRows((current) => (next = linesToCorrect(current, sorted, isBlank, (last) => emptyRow(last?.deliveryDate ?? todayForInput()))));
      setSaved((current) => [...sorted.lines, ...current]);
      setSummary(t.savedSummary(sorted.lines.length, sorted.failures.size));
      setRestoredAt(null);
      setLookups(new Map());
    });
    // The saved rows leave the draft at once: reopening after a crash must not offer them again.
    void saveNow({ rows: next.map(draftCells) }, next.every(isBlank));
    // What remains changed for the saved caregivers: ask again.
    requested.current.clear();
    lookUp(next);
    focusFirstToCorrect(next);
  };

  const focusFirstToCorrect = (list: readonly SheetRow[]) => {
    const table = tableRef.current;
    if (!table) return;
    const rowIndex = list.findIndex((row) => Object.keys(row.errors).length > 0);
    const failedRow = list[rowIndex];
    const column = failedRow ? TYPED_COLUMNS.findIndex((field) => field in failedRow.errors) : -1;
    if (failedRow && column >= 0 && focusCell(table, rowIndex, column)) return;
    focusCell(table, Math.max(rowIndex, 0), TYPED_COLUMNS.indexOf('caregiverNationalId'));
  };

  // Per row: the grams typed above it for the same prescription, not saved yet.
  const earlier = gramsAbove(rows, (row) => {
    const key = lookupKey(row);
    const chosen = chosenInfant(row, key ? lookups.get(key) : undefined);
    return chosen ? { id: chosen.prescriptionId, remaining: chosen.gramsRemaining } : null;
  });

  const onKeyDown = (event: React.KeyboardEvent<HTMLTableElement>) => {
    // Ctrl+Enter saves from anywhere in the sheet, a confirmation checkbox included.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
      return;
    }
    const cell = parseCell(event.target);
    const table = tableRef.current;
    if (!cell || !table) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!focusNext(table, cell.row, cell.column, rows.length)) addRow();
    } else if (event.key === 'ArrowDown' && !(event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      focusCell(table, cell.row + 1, cell.column);
    } else if (event.key === 'ArrowUp' && !(event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      focusCell(table, cell.row - 1, cell.column);
    }
  };

  return (
    <div className="stack">
      <h2>{t.title}</h2>
      <p className="lead">{t.help}</p>
      {restoredAt ? <Notice>{t.restored(formatDateTime(Date.parse(restoredAt)))}</Notice> : null}
      {summary ? <Notice tone="success">{summary}</Notice> : null}
      <FormError message={error} />
      <div className="sheet-scroll">
        <table className="data-table sheet" ref={tableRef} onKeyDown={onKeyDown} aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">#</th>
              {TYPED_COLUMNS.map((field) => (
                <th scope="col" key={field}>
                  {field === 'infantId' ? t.columns.infant : t.columns[field]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t.removeColumn}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const key = lookupKey(row);
              return (
                <SheetRowView
                  key={row.key}
                  row={row}
                  index={index}
                  lookup={key ? lookups.get(key) : undefined}
                  earlierGrams={earlier[index] ?? 0}
                  onChange={(field, value) => change(row.key, field, value)}
                  onRemove={() => removeRow(row.key)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="button" onClick={() => addRow()}>
          {t.addRow}
        </button>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" className="danger" disabled={blank} onClick={() => setConfirmDiscard(true)}>
          {t.discard}
        </button>
        <button type="button" onClick={() => void printSheet()}>
          {t.printSheet}
        </button>
      </div>
      <FormError message={printing.error} />
      {printing.preview}
      <SavedLines title={t.savedTitle} lines={saved} />
      {confirmDiscard ? (
        <ConfirmDialog
          message={t.confirmDiscard}
          confirmLabel={t.discard}
          cancelLabel={t.cancel}
          danger
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            setRows([emptyRow(todayForInput())]);
          }}
        />
      ) : null}
    </div>
  );
}
