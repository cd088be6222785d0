import { useCallback, useId, useMemo, useState } from 'react';
import type { z } from 'zod';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import type { ApiError, Result } from '../../src-shared/contract/define';
import { sessionText } from '../../src-shared/session/text';
import { useUnsavedChanges } from './unsaved';

export type FormValues = Record<string, string | boolean>;

export interface FormState<V extends FormValues> {
  readonly id: string;
  readonly values: V;
  readonly errors: Readonly<Record<string, string>>;
  readonly formError: string | null;
  readonly submitting: boolean;
  readonly dirty: boolean;
  readonly set: <K extends keyof V>(name: K, value: V[K]) => void;
  /** Validates with the same zod schema main uses, then runs `action`; server field errors land on fields. */
  readonly submit: <S extends z.ZodType>(schema: S, action: (input: z.input<S>) => Promise<Result<unknown>>) => Promise<boolean>;
  /** `submit`, and on success the form starts clean again and `onSaved` gets what main returned. */
  readonly save: <S extends z.ZodType, T>(
    schema: S,
    send: (input: z.input<S>) => Promise<Result<T>>,
    onSaved: (value: T) => void,
  ) => void;
  /**
   * For inputs the flat form values cannot hold (lists, nested objects): `send` builds and sends the
   * input itself; main validates it and its field errors land on the form. Starts clean on success.
   */
  readonly saveWith: <T>(send: () => Promise<Result<T>>, onSaved: (value: T) => void) => void;
  /** Checks only, for wizard steps. */
  readonly check: (schema: z.ZodType, prefix?: string) => boolean;
  readonly reset: (values?: V) => void;
  readonly showErrors: (error: ApiError, prefix?: string) => void;
}

function focusFirstError(formId: string, errors: Record<string, string>): void {
  const first = Object.keys(errors)[0];
  if (!first) return;
  requestAnimationFrame(() => document.getElementById(`${formId}-${first}`)?.focus());
}

/**
 * Form state that never throws away what was typed: invalid input stays on screen with a Spanish message
 * beside each field, and the form counts as unsaved until it is saved or cleared.
 */
export function useForm<V extends FormValues>(label: string, initial: V, options: { tracksUnsaved?: boolean } = {}): FormState<V> {
  const id = useId().replace(/:/g, '');
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(baseline), [values, baseline]);
  useUnsavedChanges(label, dirty && options.tracksUnsaved !== false);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => {
      if (!(name in current)) return current;
      return Object.fromEntries(Object.entries(current).filter(([field]) => field !== name));
    });
  }, []);

  const showErrors = useCallback(
    (error: ApiError, prefix = '') => {
      const fields: Record<string, string> = {};
      for (const [path, message] of Object.entries(error.fieldErrors ?? {})) {
        if (path.startsWith(prefix)) fields[path.slice(prefix.length)] = message;
      }
      // `_` is the record as a whole (a rule of the program, not one field): it shows at the foot.
      const whole = fields._;
      delete fields._;
      setErrors(fields);
      // A message already shown beside its field is not repeated at the foot of the form.
      setFormError(whole ?? (Object.values(fields).includes(error.message) ? sessionText.errors.validation : error.message));
      focusFirstError(id, fields);
    },
    [id],
  );

  const check = useCallback(
    (schema: z.ZodType, prefix = '') => {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        setErrors({});
        setFormError(null);
        return true;
      }
      const fields = fieldErrorsOf(parsed.error);
      const withPrefix = Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, v]));
      showErrors({ code: 'VALIDATION', message: sessionText.errors.validation, fieldErrors: withPrefix }, prefix);
      return false;
    },
    [values, showErrors],
  );

  const submit = useCallback(
    async <S extends z.ZodType>(schema: S, action: (input: z.input<S>) => Promise<Result<unknown>>) => {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        showErrors({ code: 'VALIDATION', message: sessionText.errors.validation, fieldErrors: fieldErrorsOf(parsed.error) });
        return false;
      }
      setSubmitting(true);
      try {
        // Main parses the same raw input again; send what was typed, not the parsed form.
        const result = await action(values as z.input<S>);
        if (!result.ok) {
          showErrors(result.error);
          return false;
        }
        setErrors({});
        setFormError(null);
        return true;
      } finally {
        setSubmitting(false);
      }
    },
    [values, showErrors],
  );

  const [initialValues] = useState(initial);
  const reset = useCallback(
    (next?: V) => {
      const fresh = next ?? initialValues;
      setBaseline(fresh);
      setValues(fresh);
      setErrors({});
      setFormError(null);
    },
    [initialValues],
  );

  const save = useCallback(
    <S extends z.ZodType, T>(schema: S, send: (input: z.input<S>) => Promise<Result<T>>, onSaved: (value: T) => void) => {
      void submit(schema, async (input) => {
        const result = await send(input);
        if (result.ok) {
          reset();
          onSaved(result.value);
        }
        return result;
      });
    },
    [submit, reset],
  );

  const saveWith = useCallback(
    <T,>(send: () => Promise<Result<T>>, onSaved: (value: T) => void) => {
      setSubmitting(true);
      void send()
        .then((result) => {
          if (!result.ok) {
            showErrors(result.error);
            return;
          }
          reset();
          onSaved(result.value);
        })
        .finally(() => setSubmitting(false));
    },
    [showErrors, reset],
  );

  return { id, values, errors, formError, submitting, dirty, set, submit, save, saveWith, check, reset, showErrors };
}
