import type { ReactNode } from 'react';
import { dateFromInput, showIsoDate } from '../../src-shared/common/dates';
import { appText } from '../../src-shared/app/text';
import type { FormState, FormValues } from '../forms/use-form';

interface FieldProps<V extends FormValues> {
  readonly form: FormState<V>;
  readonly name: keyof V & string;
  readonly label: string;
  readonly hint?: string;
}

function Described({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField<V extends FormValues>(
  props: FieldProps<V> & {
    readonly type?: 'text' | 'password' | 'number' | 'date';
    readonly autoComplete?: string;
    readonly autoFocus?: boolean;
    readonly inputMode?: 'numeric' | 'text';
    readonly placeholder?: string;
    readonly width?: 'short' | 'full';
  },
) {
  const { form, name, label, hint } = props;
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  const value = form.values[name];
  const isDate = props.type === 'date';
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        className={props.width === 'short' ? 'short' : undefined}
        // Dates are typed as dd/mm/aaaa: a native date input would follow the browser's language instead.
        type={isDate ? 'text' : (props.type ?? 'text')}
        maxLength={isDate ? 10 : undefined}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={
          isDate
            ? (event) => {
                const iso = dateFromInput(event.target.value);
                if (iso && showIsoDate(iso) !== event.target.value) form.set(name, showIsoDate(iso) as V[typeof name]);
              }
            : undefined
        }
        autoComplete={props.autoComplete ?? 'off'}
        autoFocus={props.autoFocus}
        inputMode={props.inputMode}
        placeholder={props.placeholder ?? (isDate ? appText.datePlaceholder : undefined)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        spellCheck={false}
      />
    </div>
  );
}

export function SelectField<V extends FormValues>(
  props: FieldProps<V> & { readonly options: readonly { value: string; label: string }[]; readonly autoFocus?: boolean },
) {
  const { form, name, label, hint } = props;
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  const value = form.values[name];
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        autoFocus={props.autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField<V extends FormValues>(props: FieldProps<V>) {
  const { form, name, label, hint } = props;
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  return (
    <div className={`field checkbox ${error ? 'has-error' : ''}`}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={form.values[name] === true}
        onChange={(event) => form.set(name, event.target.checked as V[typeof name])}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function RadioGroup<V extends FormValues>(
  props: FieldProps<V> & { readonly options: readonly { value: string; label: string; help?: string }[] },
) {
  const { form, name, label, hint } = props;
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  return (
    <fieldset className={`field radio-group ${error ? 'has-error' : ''}`} aria-describedby={describedBy(id, hint, error)}>
      <legend>{label}</legend>
      <Described id={id} hint={hint} error={error} />
      {props.options.map((option, index) => (
        <label key={option.value} className="radio-option">
          <input
            id={index === 0 ? id : undefined}
            type="radio"
            name={`${form.id}-${name}`}
            value={option.value}
            checked={form.values[name] === option.value}
            onChange={() => form.set(name, option.value as V[typeof name])}
          />
          <span>
            <strong>{option.label}</strong>
            {option.help ? <span className="option-help">{option.help}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="form-error" role="alert">
      {message}
    </div>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  return (
    <div className={`notice ${tone}`} role="status">
      {children}
    </div>
  );
}

/** The end of every form: its error, an optional secondary button, and the submit button. */
export function FormFooter({
  error,
  submitting,
  submitLabel,
  secondary,
}: {
  error: string | null;
  submitting: boolean;
  submitLabel: string;
  secondary?: ReactNode;
}) {
  return (
    <>
      <FormError message={error} />
      <div className="button-row">
        {secondary}
        <button type="submit" className="primary" disabled={submitting}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

/** Several lines of text (plan sections, agreements). */
export function TextAreaField<V extends FormValues>(props: FieldProps<V> & { readonly rows?: number; readonly readOnly?: boolean }) {
  const { form, name, label, hint } = props;
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  const value = form.values[name];
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={props.rows ?? 3}
        readOnly={props.readOnly}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}
