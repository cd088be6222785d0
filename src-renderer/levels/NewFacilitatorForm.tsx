import { useState } from 'react';
import { FACILITATOR_PROFILE, FACILITATOR_PROFILE_KEYS, facilitatorProfilePoints, type FacilitatorProfile } from '../../src-shared/levels/facilitator-profile';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { FormFooter, Notice, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { todayForInput } from '../formula/today';

const t = levelsUi.facilitators;
const EMPTY_PROFILE = Object.fromEntries(FACILITATOR_PROFILE_KEYS.map((key) => [key, false])) as Record<keyof FacilitatorProfile, boolean>;

/** A health professional the region identified with the Anexo N° 1 profile; the national level names the region. */
export function NewFacilitatorForm({ regions }: { regions: readonly string[] | null }) {
  const form = useForm(t.newTitle, { region: '', facilityCode: '', fullName: '', nationalId: '', profession: '', phone: '', email: '', registeredOn: todayForInput() });
  const [profile, setProfile] = useState(EMPTY_PROFILE);
  const [saved, setSaved] = useState<string | null>(null);
  const points = facilitatorProfilePoints(profile);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const name = form.values.fullName.trim();
        form.saveWith(
          () => call('levels.registerFacilitator', { ...form.values, profile }),
          () => {
            setProfile(EMPTY_PROFILE);
            setSaved(t.saved(name));
          },
        );
      }}
    >
      {saved && !form.dirty ? <Notice tone="success">{saved}</Notice> : null}
      {regions ? <SelectField form={form} name="region" label={t.region} options={[{ value: '', label: t.chooseRegion }, ...regions.map((r) => ({ value: r, label: r }))]} /> : null}
      <TextField form={form} name="fullName" label={t.fullName} />
      <TextField form={form} name="profession" label={t.profession} />
      <TextField form={form} name="facilityCode" label={t.facilityCode} hint={t.facilityHint} inputMode="numeric" width="short" />
      <TextField form={form} name="nationalId" label={t.nationalId} inputMode="numeric" width="short" />
      <TextField form={form} name="phone" label={t.phone} width="short" />
      <TextField form={form} name="email" label={t.email} />
      <TextField form={form} name="registeredOn" label={t.registeredOn} type="date" width="short" />
      <fieldset className="stack">
        <legend>{t.profileLegend}</legend>
        {FACILITATOR_PROFILE.map((item) => (
          <label key={item.key} className="inline-check">
            <input type="checkbox" checked={profile[item.key]} onChange={(event) => setProfile({ ...profile, [item.key]: event.target.checked })} />
            {item.label}
          </label>
        ))}
      </fieldset>
      {points > 0 && points < 10 ? <Notice tone="warning">{t.profileAdvice(points)}</Notice> : null}
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
