import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDateTime } from '../../../src-shared/common/text';
import { ADMISSION_COLUMNS, admissibleOnSheet, type AdmissionColumn } from '../../../src-shared/formula/admissions';
import { admissionsUi as t } from '../../../src-shared/formula/admissions-text';
import { normalizeDigits } from '../../../src-shared/site/countries';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError, Notice } from '../../components/fields';
import { useDraft } from '../../forms/use-draft';
import { useUnsavedChanges } from '../../forms/unsaved';
import { AdmissionCard, admissionCell } from './AdmissionCard';
import { SavedLines } from './SavedLines';
import { linesToCorrect, sortOutcomes, type SavedLine } from './sheet-outcomes';
import { admissionDraft, admissionInput, admissionsFromDraft, emptyAdmission, isBlankAdmission, type AdmissionRow } from './admission-rows';


function focusAdmission(container: HTMLElement, row: number, position: number): boolean {
  const cell = container.querySelector<HTMLElement>(`[data-admission="${admissionCell(row, position)}"]`);
  if (!cell) return false;
  cell.focus();
  if (cell instanceof HTMLInputElement) cell.select();
  return true;
}

/** The next enabled cell in the sheet's order (a disabled grams cell is skipped); false at the very end. */
function focusNextAdmission(container: HTMLElement, from: string): boolean {
  const cells = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-admission]')].filter((c) => !c.disabled);
  const at = cells.findIndex((c) => c.dataset.admission === from);
  const next = cells[at + 1];
  if (at < 0 || !next) return false;
  next.focus();
  if (next instanceof HTMLInputElement) next.select();
  return true;
}

/**
 * Issue 14.10 (seed 004: admissions may be written on paper and typed at the end of the week): caregiver,
 * infant and prescription per admission, checked in main with the forms' rules. Saved admissions leave
 * the sheet and wait for their scanned prescription; the others stay with their messages. Autosaved as a
 * draft like the deliveries sheet.
 */
export function AdmissionsSheet() {
  const [rows, setRows] = useState<readonly AdmissionRow[]>(() => [emptyAdmission()]);
  const [saved, setSaved] = useState<readonly SavedLine[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const sheetRef = useRef<HTMLDivElement>(null);
  const reasons = useApiQuery('formula.reasons', {});
  const sheetReasons = (reasons.data ?? []).filter((r) => r.active && admissibleOnSheet(r));

  const blank = rows.every(isBlankAdmission);
  useUnsavedChanges(t.title, !blank);
  const draft = useMemo(() => ({ rows: rows.map(admissionDraft) }), [rows]);
  const { saveNow } = useDraft('formula.admissions', draft, blank, (data, savedAt) => {
    const restored = admissionsFromDraft(data);
    if (restored.length === 0) return;
    setRows(restored);
    setRestoredAt(savedAt);
  });

  const change = (rowKey: string, field: AdmissionColumn, value: string) => {
    setRows((current) =>
      current.map((row) => {
        if (row.key !== rowKey) return row;
        const errors = Object.fromEntries(Object.entries(row.errors).filter(([name]) => name !== field && (ADMISSION_COLUMNS as readonly string[]).includes(name)));
        return { ...row, [field]: value, errors };
      }),
    );
  };

  const addRow = () => {
    const rowIndex = rows.length;
    flushSync(() => setRows([...rows, emptyAdmission(rows[rows.length - 1])]));
    if (sheetRef.current) focusAdmission(sheetRef.current, rowIndex, 0);
  };

  const removeRow = (rowKey: string) => {
    const next = rows.filter((row) => row.key !== rowKey);
    setRows(next.length > 0 ? next : [emptyAdmission()]);
  };

  const save = async () => {
    if (saving) return;
    const toSend = rows.filter((row) => !isBlankAdmission(row));
    if (toSend.length === 0) {
      setSummary(t.nothingToSave);
      return;
    }
    setSaving(true);
    const result = await call('formula.batchAdmissions', { rows: toSend.map(admissionInput) });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    const sorted = sortOutcomes(toSend, result.value, (row, outcome) => t.savedRow(outcome.infantName, normalizeDigits(row.caregiverNationalId), outcome.alreadySaved));
    let next: readonly AdmissionRow[] = [];
    flushSync(() => {
      setRows((current) => (next = linesToCorrect(current, sorted, isBlankAdmission, emptyAdmission)));
      setSaved((current) => [...sorted.lines, ...current]);
      setSummary(t.savedSummary(sorted.lines.length, sorted.failures.size));
      setRestoredAt(null);
    });
    // The saved admissions leave the draft at once: reopening after a crash must not offer them again.
    void saveNow({ rows: next.map(admissionDraft) }, next.every(isBlankAdmission));
    focusFirstToCorrect(next);
  };

  const focusFirstToCorrect = (list: readonly AdmissionRow[]) => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    const rowIndex = list.findIndex((row) => Object.keys(row.errors).length > 0);
    const failedRow = list[rowIndex];
    const position = failedRow ? ADMISSION_COLUMNS.findIndex((field) => field in failedRow.errors) : -1;
    if (failedRow && focusAdmission(sheet, rowIndex, Math.max(position, 0))) return;
    focusAdmission(sheet, list.length - 1, 0);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLElement) || !event.target.dataset.admission) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) void save();
    else if (sheetRef.current && !focusNextAdmission(sheetRef.current, event.target.dataset.admission)) addRow();
  };

  return (
    <div className="stack">
      <h2>{t.title}</h2>
      <p className="lead">{t.help}</p>
      <p className="hint">{t.formOnlyReasons}</p>
      {restoredAt ? <Notice>{t.restored(formatDateTime(Date.parse(restoredAt)))}</Notice> : null}
      {summary ? <Notice tone="success">{summary}</Notice> : null}
      <FormError message={error ?? reasons.error?.message ?? null} />
      <div className="admission-sheet" ref={sheetRef} onKeyDown={onKeyDown} role="group" aria-label={t.title}>
        {rows.map((row, index) => (
          <AdmissionCard key={row.key} row={row} index={index} reasons={sheetReasons} onChange={(field, value) => change(row.key, field, value)} onRemove={() => removeRow(row.key)} />
        ))}
      </div>
      <div className="button-row">
        <button type="button" onClick={addRow}>
          {t.addRow}
        </button>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" className="danger" disabled={blank} onClick={() => setConfirmDiscard(true)}>
          {t.discard}
        </button>
      </div>
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
            setRows([emptyAdmission()]);
          }}
        />
      ) : null}
    </div>
  );
}
