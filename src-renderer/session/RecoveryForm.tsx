import type { SessionInfo } from '../../src-shared/contract/types';
import { recoverSchema } from '../../src-shared/session/schemas';
import { sessionText } from '../../src-shared/session/text';
import { usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { FormFooter, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = sessionText.recovery;

/** Every password lost (18.4): the printed recovery key sets a new password for an admin. */
export function RecoveryForm({ onSignedIn, onBack }: { onSignedIn: (session: SessionInfo) => void; onBack: () => void }) {
  const form = useForm(t.title, { recoveryKey: '', username: '', password: '', passwordConfirm: '' });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(recoverSchema, async (input) => {
          const result = await call('session.recover', input);
          if (result.ok) onSignedIn(result.value);
          return result;
        });
      }}
    >
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <TextField form={form} name="recoveryKey" label={t.key} hint={t.keyHint} autoComplete="off" autoFocus />
      <TextField form={form} name="username" label={t.username} autoComplete="username" />
      <TextField form={form} name="password" label={t.password} hint={usersText.passwordHint} type="password" autoComplete="new-password" />
      <TextField form={form} name="passwordConfirm" label={t.passwordConfirm} type="password" autoComplete="new-password" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.submit} />
      <button type="button" className="link-button" onClick={onBack}>
        {t.back}
      </button>
    </form>
  );
}
