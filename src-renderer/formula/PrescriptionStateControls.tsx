import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import type { PrescriptionStatus } from '../../src-shared/contract/types';
import { prescriptionStateSchema } from '../../src-shared/formula/schemas';
import { CLOSE_CAUSE_LABELS, PRESCRIPTION_STATE_LABELS } from '../../src-shared/formula/text';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { todayForInput } from './today';

type Change = 'suspended' | 'active' | 'closed';

/** The prescription's state in words, as the lists and the panel show it. */
export function stateLine(status: PrescriptionStatus): string {
  const label = PRESCRIPTION_STATE_LABELS[status.status];
  if (status.status === 'active' || !status.statusOn) return label;
  const cause = status.closeCause ? ` (${CLOSE_CAUSE_LABELS[status.closeCause]})` : '';
  return `${label}${cause} desde el ${showIsoDate(status.statusOn)}${status.statusNote ? `: ${status.statusNote}` : ''}`;
}

/** Seed 004's lifecycle on the prescription: suspend, resume or close, with a date and a reason. */
export function PrescriptionStateControls({ status }: { status: PrescriptionStatus }) {
  const [change, setChange] = useState<Change | null>(null);
  if (status.status === 'closed') return null;
  const options: Change[] = status.status === 'active' ? ['suspended', 'closed'] : ['active', 'closed'];
  return (
    <div className="stack">
      <div className="button-row">
        {options.map((to) => (
          <button key={to} type="button" aria-pressed={change === to} onClick={() => setChange(change === to ? null : to)}>
            {t.stateAction[to]}
          </button>
        ))}
      </div>
      {change ? <StateForm key={change} status={status} to={change} onDone={() => setChange(null)} /> : null}
    </div>
  );
}

function StateForm({ status, to, onDone }: { status: PrescriptionStatus; to: Change; onDone: () => void }) {
  const form = useForm(t.stateAction[to], { prescriptionId: status.id, to, on: todayForInput(), note: '', cause: '' });
  const causes = [{ value: '', label: t.chooseCause }, ...(['breastfeeding', 'ended', 'movedAway', 'other'] as const).map((c) => ({ value: c, label: CLOSE_CAUSE_LABELS[c] }))];
  return (
    <form
      className="stack narrow-form"
      aria-label={t.stateAction[to]}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save(prescriptionStateSchema, (input) => call('formula.setPrescriptionState', input), onDone);
      }}
    >
      <TextField form={form} name="on" label={t.stateDate[to]} type="date" width="short" />
      {to === 'closed' ? <SelectField form={form} name="cause" label={t.closeCause} options={causes} /> : null}
      <TextField form={form} name="note" label={to === 'active' ? t.stateNoteOptional : t.stateNote} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.stateAction[to]} />
    </form>
  );
}
