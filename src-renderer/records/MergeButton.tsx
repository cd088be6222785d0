import { useEffect, useRef, useState } from 'react';
import type { ListKind } from '../../src-shared/formula/lists';
import { recordsText as t } from '../../src-shared/records/text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { FormError, Notice } from '../components/fields';

interface MergeProps {
  readonly table: 'caregivers' | 'infants';
  readonly survivorId: string;
  /** The record that stays, in words. */
  readonly what: string;
}

/** Issue 14.4, admin: picks the duplicate of this record and merges it in, with a reason. */
export function MergeButton(props: MergeProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-label={`${t.mergeButton}: ${props.what}`} onClick={() => setOpen(true)}>
        {t.mergeButton}
      </button>
      {open ? <MergeDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function MergeDialog({ table, survivorId, what, onClose }: MergeProps & { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [searched, setSearched] = useState<string | null>(null);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly string[] | null>(null);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const kind: ListKind = table;
  const found = useApiQuery('formula.list', searched === null ? null : { kind, text: searched, activeOnly: false });
  const candidates = (found.data?.rows ?? []).filter((row) => row.id !== survivorId);
  const merge = async () => {
    if (!chosen) return;
    const result = await call('records.merge', { table, survivorId, duplicateId: chosen.id, reason });
    if (result.ok) setWarnings(result.value.warnings);
    else setError(result.error.fieldErrors?.reason ?? result.error.fieldErrors?.duplicateId ?? result.error.message);
  };
  const titleId = `merge-${survivorId}`;
  return (
    <dialog ref={ref} className="history-dialog" aria-labelledby={titleId} onCancel={(event) => event.preventDefault()}>
      <h2 id={titleId}>{t.mergeTitle(what)}</h2>
      {warnings ? (
        <>
          <Notice tone="success">{t.merged}</Notice>
          {warnings.length > 0 ? (
            <Notice tone="warning">
              {t.mergeWarnings} {warnings.join(' ')}
            </Notice>
          ) : null}
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </>
      ) : (
        <div className="stack">
          <p className="hint">{t.mergeIntro}</p>
          <form
            className="button-row"
            onSubmit={(event) => {
              event.preventDefault();
              setSearched(text.trim());
            }}
          >
            <label>
              {t.mergeSearch} <input value={text} onChange={(event) => setText(event.target.value)} />
            </label>
            <button type="submit">{t.mergeFind}</button>
          </form>
          <ul className="result-list">
            {candidates.map((row) => {
              const name = `${String(row.cells.firstNames ?? '')} ${String(row.cells.lastNames ?? '')}`.trim() || String(row.cells.infantName ?? row.id);
              return (
                <li key={row.id}>
                  <button type="button" aria-pressed={chosen?.id === row.id} onClick={() => setChosen({ id: row.id, name })}>
                    {t.mergePick(`${name}${row.cells.nationalId ? ` (DNI ${String(row.cells.nationalId)})` : ''}`)}
                  </button>
                </li>
              );
            })}
          </ul>
          {chosen ? (
            <label className="stack">
              {t.mergeReason}
              <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
          ) : null}
          <FormError message={error} />
          <div className="button-row">
            <button type="button" className="danger" disabled={!chosen} onClick={() => void merge()}>
              {t.mergeConfirm}
            </button>
            <button type="button" onClick={onClose}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
