import { useEffect, useState } from 'react';
import type { SiteInfo } from '../../src-shared/contract/types';
import { settingsSchema } from '../../src-shared/settings/schemas';
import { settingsText } from '../../src-shared/settings/text';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { EditRecordButton } from '../records/EditRecordButton';
import { RegistrarClinicalToggle } from './RegistrarClinicalToggle';
import { Dhis2ServerForm } from '../dhis2/Dhis2ServerForm';

const t = settingsText;

export function SettingsPage({ site, onSaved }: { site: SiteInfo; onSaved: () => void }) {
  const form = useForm(t.title, { idleMinutes: '', absenceThreshold: '', scanInboxFolder: '' });
  const [saved, setSaved] = useState(false);
  const { reset } = form;
  useEffect(() => {
    void call('settings.get', {}).then((result) => {
      if (result.ok) reset({ idleMinutes: String(result.value.idleMinutes), absenceThreshold: String(result.value.absenceThreshold), scanInboxFolder: result.value.scanInboxFolder });
    });
  }, [reset]);
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t.title}</h1>
      {saved ? <Notice tone="success">{t.saved}</Notice> : null}
      <form
        className="stack narrow-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form
            .submit(settingsSchema, (input) => call('settings.update', input))
            .then((ok) => {
              if (!ok) return;
              form.reset(form.values);
              setSaved(true);
              onSaved();
            });
        }}
      >
        <TextField form={form} name="idleMinutes" label={t.idleMinutes} hint={t.idleHelp} inputMode="numeric" width="short" />
        <TextField form={form} name="absenceThreshold" label={t.absenceThreshold} hint={t.absenceThresholdHelp} inputMode="numeric" width="short" />
        <TextField form={form} name="scanInboxFolder" label={t.scanInboxFolder} hint={t.scanInboxHelp} />
        <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
      </form>
      <RegistrarClinicalToggle />
      {site.kind === 'region' || site.kind === 'national' ? <Dhis2ServerForm /> : null}
      <div className="card">
        <h2>{t.siteTitle}</h2>
        <dl className="summary">
          <dt>{t.siteName}</dt>
          <dd>
            {site.name} <EditRecordButton table="sites" id={site.id} what={site.name} onSaved={onSaved} />
          </dd>
          <dt>{t.keyFingerprint}</dt>
          <dd className="fingerprint">{site.signingKeyFingerprint}</dd>
        </dl>
        <p className="hint">{t.keyFingerprintHelp}</p>
      </div>
    </section>
  );
}
