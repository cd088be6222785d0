import { useEffect, useRef, useState } from 'react';
import { AUDIT_ACTION_LABELS, RECORD_TABLE_LABELS } from '../../src-shared/audit/actions';
import type { HistoryTable } from '../../src-shared/audit/history';
import { auditText } from '../../src-shared/audit/text';
import { formatDateTime } from '../../src-shared/common/text';
import type { AuditEntry } from '../../src-shared/contract/types';
import { call } from '../api/client';
import { FormError } from '../components/fields';

const t = auditText.history;

interface RecordHistoryProps {
  readonly table: HistoryTable;
  readonly id: string;
  /** What the record is, in words: "María José Quispe", "la receta del 02/11/2026". */
  readonly what: string;
}

/** A "Historial" button that opens who did what to this record (and what hangs from it), from the audit log. */
export function RecordHistory({ table, id, what }: RecordHistoryProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-label={t.openFor(what)} onClick={() => setOpen(true)}>
        {t.open}
      </button>
      {open ? <HistoryDialog table={table} id={id} what={what} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function HistoryDialog({ table, id, what, onClose }: RecordHistoryProps & { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void call('audit.recordHistory', { table, id }).then((result) => {
      if (result.ok) setEntries(result.value);
      else setError(result.error.message || t.loadFailed);
    });
  }, [table, id]);
  const titleId = `history-${id}`;
  return (
    <dialog
      ref={ref}
      className="history-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{t.title(what)}</h2>
      <FormError message={error} />
      {entries && entries.length === 0 ? <p>{t.empty}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{auditText.when}</th>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.what}</th>
              <th scope="col">{auditText.detail}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatDateTime(entry.at)}</td>
                <td>{entry.username ?? '—'}</td>
                <td>
                  {AUDIT_ACTION_LABELS[entry.action]}
                  {entry.recordTable && entry.recordTable !== table ? (
                    <span className="hint"> · {RECORD_TABLE_LABELS[entry.recordTable] ?? entry.recordTable}</span>
                  ) : null}
                </td>
                <td>{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="button-row">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
