import { useEffect, useState } from 'react';
import { dhis2ServerSchema } from '../../src-shared/dhis2/schemas';
import { dhis2Text } from '../../src-shared/dhis2/text';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = dhis2Text.ui;

/** The admin keeps the DHIS2 server and its user (the password only ever written, never shown). */
export function Dhis2ServerForm() {
  const form = useForm(t.serverTitle, { url: '', username: '', password: '' });
  const [saved, setSaved] = useState(false);
  const [passwordSet, setPasswordSet] = useState(false);
  const { reset } = form;
  useEffect(() => {
    void call('dhis2.server', {}).then((result) => {
      if (result.ok) {
        reset({ url: result.value.url, username: result.value.username, password: '' });
        setPasswordSet(result.value.passwordSet);
      }
    });
  }, [reset]);
  return (
    <section className="card" aria-labelledby="dhis2-server">
      <h2 id="dhis2-server">{t.serverTitle}</h2>
      <p className="hint">{t.serverHelp}</p>
      {saved && !form.dirty ? <Notice tone="success">{t.serverSaved}</Notice> : null}
      <form
        className="stack narrow-form"
        aria-label={t.serverTitle}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.save(dhis2ServerSchema, (input) => call('dhis2.saveServer', input), (info) => {
            form.reset({ url: info.url, username: info.username, password: '' });
            setPasswordSet(info.passwordSet);
            setSaved(true);
          });
        }}
      >
        <TextField form={form} name="url" label={t.url} placeholder="https://dhis2.ejemplo.org" />
        <TextField form={form} name="username" label={t.username} width="short" autoComplete="off" />
        <TextField form={form} name="password" label={t.password} type="password" width="short" autoComplete="new-password" {...(passwordSet ? { hint: t.passwordKept } : {})} />
        <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveServer} />
      </form>
    </section>
  );
}
