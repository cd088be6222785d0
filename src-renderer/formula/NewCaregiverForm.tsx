import type { CaregiverSummary, CoverageCheck } from '../../src-shared/contract/types';
import { showIsoDate } from '../../src-shared/common/dates';
import { newCaregiverSchema } from '../../src-shared/formula/schemas';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { CheckboxField, FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { useCountryProfile } from '../shell/site-context';

export function NewCaregiverForm({ check, onSaved }: { check: CoverageCheck; onSaved: (caregiver: CaregiverSummary) => void }) {
  const profile = useCountryProfile();
  const form = useForm(t.newCaregiver, {
    nationalId: check.nationalId,
    firstNames: '',
    lastNames: '',
    birthDate: '',
    sex: '',
    phone: '',
    email: '',
    address: '',
    coverageChecked: false,
  });
  return (
    <form
      className="card stack narrow-form"
      aria-label={t.newCaregiver}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save(newCaregiverSchema, (input) => call('formula.createCaregiver', input), onSaved);
      }}
    >
      <h2>{t.newCaregiver}</h2>
      <Notice>{t.coverageOk(check.listDate ? showIsoDate(check.listDate) : null)}</Notice>
      <TextField form={form} name="nationalId" label={t.nationalId} width="short" inputMode="numeric" />
      <TextField form={form} name="firstNames" label={t.firstNames} autoFocus />
      <TextField form={form} name="lastNames" label={t.lastNames} />
      <TextField form={form} name="birthDate" label={t.birthDate} type="date" width="short" />
      <SelectField form={form} name="sex" label={t.sex} options={t.sexOptions} />
      <TextField form={form} name="phone" label={t.phone} inputMode="numeric" />
      <TextField form={form} name="email" label={t.email} />
      <TextField form={form} name="address" label={t.address} />
      <CheckboxField form={form} name="coverageChecked" label={t.coverageChecked(profile.coverageTerm)} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
