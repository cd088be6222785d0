import { useEffect, useRef, useState } from 'react';
import type { EditableField } from '../../src-shared/records/editable';
import { recordsText as t } from '../../src-shared/records/text';
import type { EditForm } from '../../src-shared/records/types';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, FormFooter, SelectField, TextAreaField, TextField } from '../components/fields';
import { useForm, type FormState } from '../forms/use-form';

interface EditButtonProps {
  readonly table: string;
  readonly id: string;
  /** The record in words, for the button's accessible name and the title: "Thiago Quispe". */
  readonly what: string;
  readonly onSaved?: () => void;
}

/** Issue 14.1: "Editar" on any record this site owns; the form opens with the record as it is. */
export function EditRecordButton(props: EditButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-label={`${t.edit}: ${props.what}`} onClick={() => setOpen(true)}>
        {t.edit}
      </button>
      {open ? (
        <EditDialog
          {...props}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            props.onSaved?.();
          }}
        />
      ) : null}
    </>
  );
}

function EditDialog({ table, id, what, onClose, onSaved }: EditButtonProps & { readonly onClose: () => void; readonly onSaved: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [record, setRecord] = useState<EditForm | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    void call('records.editForm', { table, id }).then((result) => {
      if (result.ok) setRecord(result.value);
      else setError(result.error.message);
    });
  }, [table, id]);
  const titleId = `edit-${id}`;
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
      <h2 id={titleId}>{t.editTitle(what)}</h2>
      <FormError message={error} />
      {record ? (
        <EditFields record={record} what={what} onCancel={onClose} onSaved={onSaved} />
      ) : error ? (
        <button type="button" onClick={onClose}>
          {t.cancel}
        </button>
      ) : null}
    </dialog>
  );
}

type Values = Record<string, string>;

function FlagsField({ form, field }: { form: FormState<Values>; field: EditableField }) {
  const current = (() => {
    try {
      return JSON.parse(form.values[field.column] ?? '{}') as Record<string, boolean>;
    } catch {
      return {};
    }
  })();
  const error = form.errors[field.column];
  return (
    <fieldset className={`field ${error ? 'has-error' : ''}`}>
      <legend>{field.label}</legend>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {(field.options ?? []).map((option) => (
        <label key={option.value} className="inline-check">
          <input type="checkbox" checked={current[option.value] === true} onChange={(event) => form.set(field.column, JSON.stringify({ ...current, [option.value]: event.target.checked }))} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function FieldOf({ form, field }: { form: FormState<Values>; field: EditableField }) {
  switch (field.kind) {
    case 'select':
      return <SelectField form={form} name={field.column} label={field.label} options={field.options ?? []} />;
    case 'longText':
      return <TextAreaField form={form} name={field.column} label={field.label} rows={3} />;
    case 'flags':
      return <FlagsField form={form} field={field} />;
    default:
      return (
        <TextField
          form={form}
          name={field.column}
          label={field.label}
          type={field.kind === 'date' ? 'date' : 'text'}
          width={field.kind === 'text' || field.kind === 'email' ? 'full' : 'short'}
          inputMode={field.kind === 'count' ? 'numeric' : 'text'}
        />
      );
  }
}

function EditFields({ record, what, onCancel, onSaved }: { record: EditForm; what: string; onCancel: () => void; onSaved: () => void }) {
  const initial: Values = { ...Object.fromEntries(record.fields.map((f) => [f.column, f.value])), reason: '' };
  const form = useForm(t.editTitle(what), initial);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const changed = record.fields.filter((f) => form.values[f.column] !== f.value);
  const reasonNeeded = changed.some((f) => f.drivesRule === true);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const changes = Object.fromEntries(changed.map((f) => [f.column, form.values[f.column] ?? '']));
        form.saveWith(() => call('records.edit', { table: record.table, id: record.id, changes, reason: form.values.reason ?? '' }), onSaved);
      }}
    >
      <p className="hint">{t.intro}</p>
      {record.fields.map((field) => (
        <FieldOf key={field.column} form={form} field={field} />
      ))}
      <TextAreaField form={form} name="reason" label={reasonNeeded ? t.reasonRequiredLabel : t.reason} hint={t.reasonHint} rows={2} />
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
