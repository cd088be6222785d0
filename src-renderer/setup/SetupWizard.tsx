import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import { adminStepSchema, siteKindStepSchema, siteStepSchema, type SetupInput } from '../../src-shared/setup/schemas';
import { setupText } from '../../src-shared/setup/text';
import { COUNTRY_PROFILES, SITE_KINDS, siteCodeLabel, siteKindLabel, type Country, type SiteKind } from '../../src-shared/site/countries';
import { usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { CheckboxField, FormError, RadioGroup, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = setupText;

const SITE_INITIAL = {
  kind: 'facility',
  country: '',
  name: '',
  code: '',
  region: '',
  network: '',
  microNetwork: '',
  attendsBirths: false,
};
const ADMIN_INITIAL = { fullName: '', username: '', password: '', passwordConfirm: '' };

export function SetupWizard({ onDone }: { onDone: () => void }) {
  const [step, setStep] = useState(0);
  const site = useForm(t.title, SITE_INITIAL);
  const admin = useForm(t.adminTitle, ADMIN_INITIAL);
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const country = (site.values.country || 'PE') as Country;
  const kind = site.values.kind as SiteKind;
  const profile = COUNTRY_PROFILES[country];

  const next = () => {
    const ok = step === 0 ? site.check(siteKindStepSchema) : step === 1 ? site.check(siteStepSchema) : admin.check(adminStepSchema);
    if (ok) setStep(step + 1);
  };

  const finish = async () => {
    setFinishing(true);
    setFinishError(null);
    const result = await call('setup.complete', { site: site.values, admin: admin.values } as SetupInput);
    setFinishing(false);
    if (result.ok) {
      site.reset(site.values);
      admin.reset(admin.values);
      onDone();
      return;
    }
    const fields = Object.keys(result.error.fieldErrors ?? {});
    if (fields.some((f) => f.startsWith('site.'))) {
      setStep(1);
      site.showErrors(result.error, 'site.');
    } else if (fields.some((f) => f.startsWith('admin.'))) {
      setStep(2);
      admin.showErrors(result.error, 'admin.');
    } else setFinishError(result.error.message);
  };

  const isFacility = kind === 'facility';
  const belowNetwork = kind === 'facility' || kind === 'microNetwork';
  return (
    <main className="centered-page">
      <section className="card wide" aria-labelledby="setup-title">
        <p className="brand">{appText.name}</p>
        <h1 id="setup-title">{t.title}</h1>
        <p>{t.intro}</p>
        <ol className="steps" aria-label={t.stepOf(step + 1, t.steps.length)}>
          {t.steps.map((label, index) => (
            <li key={label} className={index === step ? 'current' : index < step ? 'done' : ''} aria-current={index === step ? 'step' : undefined}>
              {label}
            </li>
          ))}
        </ol>
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (step < 3) next();
            else void finish();
          }}
        >
          {step === 0 ? (
            <>
              <RadioGroup
                form={site}
                name="country"
                label={t.country}
                options={[
                  { value: 'PE', label: COUNTRY_PROFILES.PE.name },
                  { value: 'AR', label: COUNTRY_PROFILES.AR.name },
                ]}
              />
              <RadioGroup
                form={site}
                name="kind"
                label={t.siteKind}
                hint={t.siteKindHelp}
                options={SITE_KINDS.map((value) => ({
                  value,
                  label: siteKindLabel(country, value),
                }))}
              />
            </>
          ) : null}
          {step === 1 ? (
            <>
              <h2>{siteKindLabel(country, kind)}</h2>
              <TextField form={site} name="name" label={isFacility ? t.name : t.coordinationName} autoFocus />
              <TextField
                form={site}
                name="code"
                label={isFacility ? profile.facilityCodeLabel : `${siteCodeLabel(country, kind)} (opcional)`}
                hint={isFacility ? profile.facilityCodeHint : undefined}
                inputMode="numeric"
                width="short"
              />
              {kind !== 'national' ? <TextField form={site} name="region" label={profile.regionLabel} /> : null}
              {belowNetwork ? <TextField form={site} name="network" label={profile.networkLabel} /> : null}
              {isFacility ? <TextField form={site} name="microNetwork" label={profile.microNetworkLabel} /> : null}
              {isFacility ? <CheckboxField form={site} name="attendsBirths" label={t.attendsBirths} /> : null}
            </>
          ) : null}
          {step === 2 ? (
            <>
              <h2>{t.adminTitle}</h2>
              <p>{t.adminHelp}</p>
              <TextField form={admin} name="fullName" label={usersText.fullName} autoFocus />
              <TextField form={admin} name="username" label={usersText.username} hint={usersText.usernameHint} autoComplete="username" />
              <TextField form={admin} name="password" label={usersText.password} hint={usersText.passwordHint} type="password" autoComplete="new-password" />
              <TextField form={admin} name="passwordConfirm" label={usersText.passwordConfirm} type="password" autoComplete="new-password" />
            </>
          ) : null}
          {step === 3 ? (
            <>
              <h2>{t.confirmTitle}</h2>
              <dl className="summary">
                <dt>{t.country}</dt>
                <dd>{profile.name}</dd>
                <dt>{t.siteKind}</dt>
                <dd>{siteKindLabel(country, kind)}</dd>
                <dt>{isFacility ? t.name : t.coordinationName}</dt>
                <dd>{site.values.name}</dd>
                {site.values.code ? (
                  <>
                    <dt>{siteCodeLabel(country, kind)}</dt>
                    <dd>{site.values.code}</dd>
                  </>
                ) : null}
                {kind !== 'national' ? (
                  <>
                    <dt>{profile.regionLabel}</dt>
                    <dd>{site.values.region}</dd>
                  </>
                ) : null}
                {belowNetwork ? (
                  <>
                    <dt>{profile.networkLabel}</dt>
                    <dd>{site.values.network}</dd>
                  </>
                ) : null}
                {isFacility ? (
                  <>
                    <dt>{profile.microNetworkLabel}</dt>
                    <dd>{site.values.microNetwork}</dd>
                    <dt>{t.attendsBirths}</dt>
                    <dd>{site.values.attendsBirths ? t.yes : t.no}</dd>
                  </>
                ) : null}
                <dt>{t.adminTitle}</dt>
                <dd>
                  {admin.values.fullName} ({admin.values.username.trim().toLowerCase()})
                </dd>
              </dl>
              <p>{t.confirmHelp}</p>
            </>
          ) : null}
          <FormError message={step === 3 ? finishError : (step === 2 ? admin : site).formError} />
          {/* Siguiente comes first for Tab from the last field; the row shows Atrás on its left. */}
          <div className="button-row forward-first">
            <button type="submit" className="primary" disabled={finishing}>
              {step < 3 ? t.next : finishing ? t.finishing : t.finish}
            </button>
            {step > 0 ? (
              <button type="button" onClick={() => setStep(step - 1)} disabled={finishing}>
                {t.back}
              </button>
            ) : null}
          </div>
        </form>
      </section>
    </main>
  );
}
