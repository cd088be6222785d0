import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../src-shared/common/text';
import { correctionText as t } from '../../src-shared/sync/correction-text';
import type { CorrectionForm } from '../../src-shared/sync/types';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, FormFooter, TextAreaField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

interface CorrectButtonProps {
  readonly table: string;
  readonly id: string;
  /** The record in words, for the button's accessible name: "María Quispe", "la entrega del 02/11/2026". */
  readonly what: string;
  readonly onCorrected: () => void;
}

/** DESIGN.md A.14: a coordinator's "Corregir" on a facility's record, opening the correction form. */
export function CorrectButton(props: CorrectButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-label={`${t.button}: ${props.what}`} onClick={() => setOpen(true)}>
        {t.button}
      </button>
      {open ? (
        <CorrectionDialog
          {...props}
          onClose={() => setOpen(false)}
          onCorrected={() => {
            setOpen(false);
            props.onCorrected();
          }}
        />
      ) : null}
    </>
  );
}

function CorrectionDialog({ table, id, what, onClose, onCorrected }: CorrectButtonProps & { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [record, setRecord] = useState<CorrectionForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void call('sync.correctionForm', { table, id }).then((result) => {
      if (result.ok) setRecord(result.value);
      else setError(result.error.message);
    });
  }, [table, id]);
  const titleId = `correct-${id}`;
  return (
    <dialog
      ref={ref}
      className="history-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc does not throw away what was typed: only "Cancelar" does.
        event.preventDefault();
      }}
    >
      <h2 id={titleId}>{t.title(what, record ? `${record.site.name} (${record.site.code})` : '…')}</h2>
      <FormError message={error} />
      {record ? (
        <CorrectionFields record={record} what={what} onCancel={onClose} onSaved={onCorrected} />
      ) : error ? (
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
      ) : null}
    </dialog>
  );
}

function CorrectionFields({ record, what, onCancel, onSaved }: { record: CorrectionForm; what: string; onCancel: () => void; onSaved: () => void }) {
  const initial: Record<string, string> = { ...Object.fromEntries(record.fields.map((f) => [f.column, f.value])), reason: '' };
  const form = useForm(t.title(what, record.site.name), initial);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const changes = Object.fromEntries(record.fields.filter((f) => form.values[f.column] !== f.value).map((f) => [f.column, form.values[f.column] ?? '']));
        form.saveWith(() => call('sync.correct', { table: record.table, id: record.id, changes, reason: form.values.reason ?? '' }), onSaved);
      }}
    >
      <p className="hint">{t.intro}</p>
      {record.fields.map((f) => (
        <TextField key={f.column} form={form} name={f.column} label={f.label} type={f.kind === 'date' ? 'date' : 'text'} width={f.kind === 'text' ? 'full' : 'short'} inputMode={f.kind === 'count' ? 'numeric' : 'text'} />
      ))}
      <TextAreaField form={form} name="reason" label={t.reason} hint={t.reasonHint} rows={2} />
      {record.previous.length > 0 ? (
        <details>
          <summary>{t.previous}</summary>
          <ul>
            {record.previous.map((p) => (
              <li key={p.correctedAt}>{t.previousLine(`${formatDateTime(p.correctedAt)}${p.by ? ` · ${p.by}` : ''}`, p.reason)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <FormFooter
        error={form.formError}
        submitting={form.submitting}
        submitLabel={t.save}
        secondary={
          <button type="button" onClick={() => (form.dirty ? setConfirmDiscard(true) : onCancel())}>
            {t.cancel}
          </button>
        }
      />
      {confirmDiscard ? <ConfirmDialog message={t.discard} confirmLabel={t.discardYes} cancelLabel={t.discardNo} danger onConfirm={onCancel} onCancel={() => setConfirmDiscard(false)} /> : null}
    </form>
  );
}
