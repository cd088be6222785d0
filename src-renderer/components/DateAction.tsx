import { useState } from 'react';
import type { Result } from '../../src-shared/contract/define';
import { appText } from '../../src-shared/app/text';
import { todayForInput } from '../formula/today';
import { FormError } from './fields';

interface DateActionProps<T> {
  /** The link that opens it ("Registrar salida"). */
  readonly open: string;
  /** The date field's label ("Fecha de salida de Ana Quispe"). */
  readonly label: string;
  readonly confirm: string;
  /** The field whose error main reports for the date. */
  readonly field: string;
  readonly send: (date: string) => Promise<Result<T>>;
  readonly onSaved: (value: T) => void;
}

/** A one-date action in a table row (a member leaves, a designation ends): today unless changed. */
export function DateAction<T>({ open: openLabel, label, confirm, field, send, onSaved }: DateActionProps<T>) {
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayForInput());
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {openLabel}
      </button>
    );
  }
  const save = async () => {
    const result = await send(date);
    if (result.ok) onSaved(result.value);
    else setError(result.error.fieldErrors?.[field] ?? result.error.message);
  };
  return (
    <div className="stack">
      <label>
        {label} <input className="short" maxLength={10} placeholder={appText.datePlaceholder} value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <FormError message={error} />
      <button type="button" onClick={() => void save()}>
        {confirm}
      </button>
    </div>
  );
}
