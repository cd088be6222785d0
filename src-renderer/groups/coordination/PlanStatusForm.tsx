import type { PlanView } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { call } from '../../api/client';
import { FormFooter, TextField } from '../../components/fields';
import { useForm } from '../../forms/use-form';
import { todayForInput } from '../../formula/today';

const t = groupsUi.coordination;

/** Records the next step: consensus with the key actors, then approval by the facility authority. */
export function PlanStatusForm({ plan, onSaved }: { plan: PlanView; onSaved: () => void }) {
  const next = plan.status === 'draft' ? 'agreed' : 'approved';
  const label = next === 'agreed' ? t.markAgreed : t.approve;
  const form = useForm(label, { date: todayForInput(), approvedBy: '' }, { tracksUnsaved: false });
  return (
    <form
      className="stack narrow-form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(() => call('groups.setPlanStatus', { planId: plan.id, status: next, ...form.values }), onSaved);
      }}
    >
      <h4>{label}</h4>
      <TextField form={form} name="date" label={t.statusDate} type="date" width="short" />
      {next === 'approved' ? <TextField form={form} name="approvedBy" label={t.approvedBy} /> : null}
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={label} />
    </form>
  );
}
