import { useState } from 'react';
import { LEAD_MOTHER_PROFILE, LEAD_MOTHER_PROFILE_KEYS, profilePoints, type LeadMotherProfile } from '../../src-shared/groups/lead-mothers';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = groupsUi.leadMothers;
const EMPTY_PROFILE = Object.fromEntries(LEAD_MOTHER_PROFILE_KEYS.map((key) => [key, false])) as Record<keyof LeadMotherProfile, boolean>;

export function NewLeadMotherForm({ onSaved }: { onSaved: () => void }) {
  const form = useForm(t.newTitle, { firstNames: '', lastNames: '', nationalId: '', phone: '', community: '', address: '', notes: '', selectedOn: '' });
  const [profile, setProfile] = useState(EMPTY_PROFILE);
  const points = profilePoints(profile);
  const [saved, setSaved] = useState<string | null>(null);
  // No advice on a blank form: only once something about the candidate was typed or ticked.
  const started = points > 0 || Object.values(form.values).some((value) => value.trim() !== '');
  return (
    <form
      className="stack narrow-form"
      aria-label={t.newTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const name = `${form.values.firstNames.trim()} ${form.values.lastNames.trim()}`;
        form.saveWith(
          () => call('groups.createLeadMother', { ...form.values, profile }),
          () => {
            setProfile(EMPTY_PROFILE);
            setSaved(t.savedCandidate(name));
            onSaved();
          },
        );
      }}
    >
      {saved && !started ? <Notice tone="success">{saved}</Notice> : null}
      <TextField form={form} name="firstNames" label={t.firstNames} />
      <TextField form={form} name="lastNames" label={t.lastNames} />
      <TextField form={form} name="nationalId" label={t.nationalId} inputMode="numeric" width="short" />
      <TextField form={form} name="community" label={t.community} />
      <TextField form={form} name="phone" label={t.phone} width="short" />
      <TextField form={form} name="address" label={t.address} />
      <TextField form={form} name="selectedOn" label={t.selectedOn} type="date" width="short" />
      <fieldset className="stack">
        <legend>{t.profileLegend}</legend>
        {LEAD_MOTHER_PROFILE.map((item) => (
          <label key={item.key} className="inline-check">
            <input type="checkbox" checked={profile[item.key]} onChange={(event) => setProfile({ ...profile, [item.key]: event.target.checked })} />
            {item.label}
          </label>
        ))}
      </fieldset>
      {started && points < 7 ? <Notice tone="warning">{t.profileAdvice(points)}</Notice> : null}
      <TextField form={form} name="notes" label={t.notes} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
