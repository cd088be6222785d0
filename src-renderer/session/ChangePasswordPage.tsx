import { useState } from 'react';
import { changePasswordSchema } from '../../src-shared/session/schemas';
import { sessionText } from '../../src-shared/session/text';
import { usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = sessionText;
const INITIAL = { currentPassword: '', password: '', passwordConfirm: '' };

/** "Mi contraseña", and the forced version after an administrator reset it. */
export function ChangePasswordPage({ forced, onChanged }: { forced: boolean; onChanged: () => void }) {
  const form = useForm(t.changePasswordTitle, INITIAL);
  const [done, setDone] = useState(false);
  return (
    <section className={forced ? 'card narrow' : 'page'} aria-labelledby="password-title">
      <h1 id="password-title">{t.changePasswordTitle}</h1>
      {forced ? <Notice tone="warning">{t.mustChangePassword}</Notice> : null}
      {done ? <Notice tone="success">{t.passwordChanged}</Notice> : null}
      <form
        className="stack narrow-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void form
            .submit(changePasswordSchema, (input) => call('session.changePassword', input))
            .then((ok) => {
              if (!ok) return;
              form.reset(INITIAL);
              setDone(true);
              onChanged();
            });
        }}
      >
        <TextField form={form} name="currentPassword" label={t.currentPassword} type="password" autoComplete="current-password" autoFocus={forced} />
        <TextField form={form} name="password" label={t.newPassword} hint={usersText.passwordHint} type="password" autoComplete="new-password" />
        <TextField form={form} name="passwordConfirm" label={t.newPasswordConfirm} type="password" autoComplete="new-password" />
        <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.savePassword} />
      </form>
    </section>
  );
}
