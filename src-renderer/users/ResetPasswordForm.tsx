import type { UserRow } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import { resetPasswordSchema } from '../../src-shared/users/schemas';
import { usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { FormFooter, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = usersText;

export function ResetPasswordForm({ user, onDone, onCancel }: { user: UserRow; onDone: () => void; onCancel: () => void }) {
  const form = useForm(t.resetPasswordTitle(user.fullName), { userId: user.id, password: '', passwordConfirm: '' });
  return (
    <form
      className="card stack narrow-form"
      aria-labelledby="reset-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(resetPasswordSchema, (input) => call('users.resetPassword', input)).then((ok) => {
          if (ok) {
            form.reset();
            onDone();
          }
        });
      }}
    >
      <h2 id="reset-title">{t.resetPasswordTitle(user.fullName)}</h2>
      <p className="hint">{t.resetPasswordHint}</p>
      <TextField form={form} name="password" label={t.password} hint={t.passwordHint} type="password" autoComplete="new-password" autoFocus />
      <TextField form={form} name="passwordConfirm" label={t.passwordConfirm} type="password" autoComplete="new-password" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.resetPassword} secondary={
          <button type="button" onClick={onCancel}>
            {sessionText.cancel}
          </button>
        } />
    </form>
  );
}
