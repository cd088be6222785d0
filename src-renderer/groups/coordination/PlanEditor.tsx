import { useState } from 'react';
import { appText } from '../../../src-shared/app/text';
import { dateFromInput, showIsoDate } from '../../../src-shared/common/dates';
import { PLAN_SECTIONS } from '../../../src-shared/groups/coordination-schemas';
import type { PlanView } from '../../../src-shared/groups/types';
import { groupsUi } from '../../../src-shared/groups/ui-text';
import { call } from '../../api/client';
import { FormFooter, TextAreaField, TextField } from '../../components/fields';
import { useForm } from '../../forms/use-form';

const t = groupsUi.coordination;

interface ScheduleLine {
  activity: string;
  startsOn: string;
  endsOn: string;
  responsible: string;
}
interface BudgetLine {
  item: string;
  amount: string;
  financing: string;
}

function initialValues(plan: PlanView | null) {
  const values: Record<string, string> = { title: plan?.title ?? '' };
  for (const section of PLAN_SECTIONS) values[section.key] = plan?.sections[section.key] ?? '';
  return values;
}

/** The plan's sections, schedule and budget; read-only once approved. */
export function PlanEditor({ plan, readOnly, onSaved }: { plan: PlanView | null; readOnly: boolean; onSaved: () => void }) {
  const form = useForm(t.planTitle, initialValues(plan));
  const [schedule, setSchedule] = useState<ScheduleLine[]>(
    plan?.schedule.map((l) => ({ ...l, startsOn: showIsoDate(l.startsOn), endsOn: showIsoDate(l.endsOn) })) ?? [],
  );
  const [budget, setBudget] = useState<BudgetLine[]>(plan?.budget.map((l) => ({ ...l, amount: String(l.amount) })) ?? []);
  const total = budget.reduce((sum, l) => sum + (Number(l.amount.replace(',', '.')) || 0), 0);
  const lineError = (prefix: string, index: number, field: string) => form.errors[`${prefix}.${index}.${field}`];

  const send = () =>
    call('groups.savePlan', {
      planId: plan?.id ?? null,
      title: form.values.title ?? '',
      sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.key, form.values[s.key] ?? ''])),
      schedule,
      budget: budget.map((l) => ({ ...l, amount: l.amount.replace(',', '.') })),
    });

  return (
    <form
      className="stack"
      aria-label={plan ? `${t.planTitle}: ${t.version(plan.version)}` : t.newPlan}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) form.saveWith(send, onSaved);
      }}
    >
      <fieldset className="stack" disabled={readOnly}>
        <TextField form={form} name="title" label={t.planName} />
        {PLAN_SECTIONS.map((section) => (
          <TextAreaField key={section.key} form={form} name={section.key} label={section.label} readOnly={readOnly} />
        ))}
        <h4>{t.schedule}</h4>
        <table className="data-table" aria-label={t.schedule}>
          <thead>
            <tr>
              <th scope="col">{t.activity}</th>
              <th scope="col">{t.startsOn}</th>
              <th scope="col">{t.endsOn}</th>
              <th scope="col">{t.responsible}</th>
              <th scope="col">
                <span className="visually-hidden">{t.removeLine}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((line, index) => (
              <tr key={index}>
                {(['activity', 'startsOn', 'endsOn', 'responsible'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${t[field]} ${index + 1}`}
                      className={field === 'startsOn' || field === 'endsOn' ? 'short' : undefined}
                      value={line[field]}
                      placeholder={field === 'startsOn' || field === 'endsOn' ? appText.datePlaceholder : undefined}
                      onChange={(event) => setSchedule(schedule.map((l, i) => (i === index ? { ...l, [field]: event.target.value } : l)))}
                      onBlur={(event) => {
                        if (field !== 'startsOn' && field !== 'endsOn') return;
                        const iso = dateFromInput(event.target.value);
                        if (iso) setSchedule(schedule.map((l, i) => (i === index ? { ...l, [field]: showIsoDate(iso) } : l)));
                      }}
                      aria-invalid={lineError('schedule', index, field) ? true : undefined}
                    />
                    {lineError('schedule', index, field) ? <span className="cell-error">{lineError('schedule', index, field)}</span> : null}
                  </td>
                ))}
                <td>
                  <button type="button" className="link-button" onClick={() => setSchedule(schedule.filter((_, i) => i !== index))}>
                    {t.removeLine}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => setSchedule([...schedule, { activity: '', startsOn: '', endsOn: '', responsible: '' }])}>
          {t.addLine}: {t.schedule}
        </button>
        <h4>{t.budget}</h4>
        <table className="data-table" aria-label={t.budget}>
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.amount}</th>
              <th scope="col">{t.financing}</th>
              <th scope="col">
                <span className="visually-hidden">{t.removeLine}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.map((line, index) => (
              <tr key={index}>
                {(['item', 'amount', 'financing'] as const).map((field) => (
                  <td key={field}>
                    <input
                      aria-label={`${t[field]} ${index + 1}`}
                      className={field === 'amount' ? 'short' : undefined}
                      inputMode={field === 'amount' ? 'decimal' : undefined}
                      value={line[field]}
                      onChange={(event) => setBudget(budget.map((l, i) => (i === index ? { ...l, [field]: event.target.value } : l)))}
                      aria-invalid={lineError('budget', index, field) ? true : undefined}
                    />
                    {lineError('budget', index, field) ? <span className="cell-error">{lineError('budget', index, field)}</span> : null}
                  </td>
                ))}
                <td>
                  <button type="button" className="link-button" onClick={() => setBudget(budget.filter((_, i) => i !== index))}>
                    {t.removeLine}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t.total(total.toLocaleString('es', { minimumFractionDigits: 2, maximumFractionDigits: 2 }))}</p>
        <button type="button" onClick={() => setBudget([...budget, { item: '', amount: '', financing: '' }])}>
          {t.addLine}: {t.budget}
        </button>
      </fieldset>
      {readOnly ? null : <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.savePlan} />}
    </form>
  );
}
