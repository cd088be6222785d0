import { useState } from 'react';
import type { FacilitatorRow } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = levelsUi.facilitators;

/** A number typed in a form: empty or not a number stays NaN, so main answers with the field's message. */
export const typedNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim()));

const choices = (facilitators: readonly FacilitatorRow[], empty: string) => [{ value: '', label: empty }, ...facilitators.map((f) => ({ value: f.id, label: `${f.fullName} — ${f.region}` }))];

/** Training a facilitator received (dates and hours), recorded by the region that registered them. */
export function TrainingForm({ facilitators }: { facilitators: readonly FacilitatorRow[] }) {
  const form = useForm(t.trainingTitle, { facilitatorId: '', title: '', provider: '', startDate: '', endDate: '', hours: '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.trainingTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('levels.addFacilitatorTraining', { ...form.values, hours: typedNumber(form.values.hours) }),
          () => setSaved(true),
        );
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{t.trainingSaved}</Notice> : null}
      <SelectField form={form} name="facilitatorId" label={t.facilitator} options={choices(facilitators, t.chooseFacilitator)} />
      <TextField form={form} name="title" label={t.trainingName} />
      <TextField form={form} name="provider" label={t.provider} />
      <TextField form={form} name="startDate" label={t.startDate} type="date" width="short" />
      <TextField form={form} name="endDate" label={t.endDate} type="date" width="short" />
      <TextField form={form} name="hours" label={t.hoursField} inputMode="numeric" width="short" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveTraining} />
    </form>
  );
}

/** A facilitator leaves the team from a date (with the reason), or comes back. */
export function ActiveForm({ facilitators }: { facilitators: readonly FacilitatorRow[] }) {
  const form = useForm(t.activeTitle, { facilitatorId: '', inactiveSince: '', reason: '' });
  const [saved, setSaved] = useState(false);
  const send = (inactive: boolean) =>
    form.saveWith(
      () => call('levels.setFacilitatorActive', { facilitatorId: form.values.facilitatorId, inactiveSince: inactive ? form.values.inactiveSince : null, reason: form.values.reason }),
      () => setSaved(true),
    );
  return (
    <form
      className="stack narrow-form"
      aria-label={t.activeTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(true);
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{t.changed}</Notice> : null}
      <SelectField form={form} name="facilitatorId" label={t.facilitator} options={choices(facilitators, t.chooseFacilitator)} />
      <TextField form={form} name="inactiveSince" label={t.inactiveSince} type="date" width="short" />
      <TextField form={form} name="reason" label={t.reason} />
      <FormFooter
        error={form.formError}
        submitting={form.submitting}
        submitLabel={t.deactivate}
        secondary={
          <button type="button" onClick={() => send(false)} disabled={form.submitting}>
            {t.reactivate}
          </button>
        }
      />
    </form>
  );
}

/** A supervision visit to a facility: what was found and agreed. */
export function VisitForm({ facilitators }: { facilitators: readonly FacilitatorRow[] }) {
  const form = useForm(t.newVisitTitle, { visitDate: '', facilityCode: '', facilitatorId: '', supervisor: '', findings: '', agreements: '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newVisitTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.saveWith(
          () => call('levels.addSupervisionVisit', { ...form.values, facilitatorId: form.values.facilitatorId === '' ? null : form.values.facilitatorId }),
          () => setSaved(true),
        );
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{t.visitSaved}</Notice> : null}
      <TextField form={form} name="visitDate" label={t.visitDate} type="date" width="short" />
      <TextField form={form} name="facilityCode" label={t.visitFacility} inputMode="numeric" width="short" />
      <SelectField form={form} name="facilitatorId" label={t.visitFacilitator} options={choices(facilitators, t.noneChosen)} />
      <TextField form={form} name="supervisor" label={t.supervisor} />
      <TextField form={form} name="findings" label={t.findings} />
      <TextField form={form} name="agreements" label={t.agreements} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveVisit} />
    </form>
  );
}
