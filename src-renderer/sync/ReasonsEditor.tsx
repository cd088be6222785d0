import { useEffect, useState } from 'react';
import type { ListedReason } from '../../src-shared/formula/reasons';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { CheckboxField, FormError, FormFooter, Notice, RadioGroup, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = formulaUi.reasons;
const SIDE_OPTIONS = [
  { value: 'caregiver', label: t.sides.caregiver },
  { value: 'infant', label: t.sides.infant },
];

/** DESIGN.md rule 2 at a microrred or red: the reason list the facilities receive. */
export function ReasonsEditor() {
  const [reasons, setReasons] = useState<readonly ListedReason[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void call('formula.reasons', {}).then((result) => (result.ok ? setReasons(result.value) : setError(result.error.message)));
  }, []);
  const saved = (list: readonly ListedReason[]) => {
    setReasons(list);
    setEditing(null);
    setNotice(t.saved);
  };
  return (
    <div className="stack">
      <h3>{t.title}</h3>
      <p className="hint">{t.intro}</p>
      <FormError message={error} />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {reasons ? (
        <table className="data-table" aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">{t.columns.label}</th>
              <th scope="col">{t.columns.side}</th>
              <th scope="col">{t.columns.state}</th>
              <th scope="col">
                <span className="visually-hidden">{t.editShort}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reasons.map((r) =>
              editing === r.code ? (
                <tr key={r.code}>
                  <td colSpan={4}>
                    <ReasonForm reason={r} onSaved={saved} onCancel={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={r.code}>
                  <td>{r.label}</td>
                  <td>{t.sides[r.side]}</td>
                  <td>{r.active ? t.active : t.withdrawn}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={t.edit(r.label)} onClick={() => setEditing(r.code)}>
                      {t.editShort}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      ) : null}
      {editing === null ? <ReasonForm reason={null} onSaved={saved} onCancel={null} /> : null}
    </div>
  );
}

function ReasonForm({ reason, onSaved, onCancel }: { reason: ListedReason | null; onSaved: (list: readonly ListedReason[]) => void; onCancel: (() => void) | null }) {
  const form = useForm(reason ? t.edit(reason.label) : t.add, { label: reason?.label ?? '', side: reason?.side ?? 'caregiver', active: reason?.active ?? true });
  return (
    <form
      className="card stack narrow-form"
      aria-label={reason ? t.edit(reason.label) : t.add}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('formula.saveReason', { ...(reason ? { code: reason.code } : {}), label: form.values.label, side: form.values.side === 'infant' ? 'infant' : 'caregiver', active: form.values.active }),
          (list) => {
            if (!reason) form.reset({ label: '', side: 'caregiver', active: true });
            onSaved(list);
          },
        );
      }}
    >
      <TextField form={form} name="label" label={t.name} />
      {reason ? null : <RadioGroup form={form} name="side" label={t.side} options={SIDE_OPTIONS} />}
      <CheckboxField form={form} name="active" label={t.inForce} />
      <FormFooter
        error={form.formError}
        submitting={form.submitting}
        submitLabel={reason ? t.save : t.add}
        secondary={
          onCancel ? (
            <button type="button" onClick={onCancel}>
              {t.cancel}
            </button>
          ) : undefined
        }
      />
    </form>
  );
}
