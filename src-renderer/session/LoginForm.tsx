import type { SessionInfo } from '../../src-shared/contract/types';
import { loginSchema } from '../../src-shared/session/schemas';
import { sessionText } from '../../src-shared/session/text';
import { call } from '../api/client';
import { FormFooter, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const t = sessionText;

export function LoginForm({ onSignedIn, submitLabel }: { onSignedIn: (session: SessionInfo) => void; submitLabel?: string }) {
  const form = useForm(t.loginTitle, { username: '', password: '' });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(loginSchema, async (input) => {
          const result = await call('session.login', input);
          if (result.ok) onSignedIn(result.value);
          else form.set('password', '');
          return result;
        });
      }}
    >
      <TextField form={form} name="username" label={t.username} autoComplete="username" autoFocus />
      <TextField form={form} name="password" label={t.password} type="password" autoComplete="current-password" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={form.submitting ? t.loggingIn : (submitLabel ?? t.login)} />
    </form>
  );
}
