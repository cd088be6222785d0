import type { UserRow } from '../../src-shared/contract/types';
import { newUserSchema } from '../../src-shared/users/schemas';
import { usersText } from '../../src-shared/users/text';
import { call } from '../api/client';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { ROLE_OPTIONS } from './role-options';

const t = usersText;
const INITIAL = { fullName: '', username: '', role: '', password: '', passwordConfirm: '' };

export function NewUserForm({ onCreated }: { onCreated: (user: UserRow) => void }) {
  const form = useForm(t.newUser, INITIAL);
  return (
    <form
      className="card stack narrow-form"
      aria-labelledby="new-user-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save(newUserSchema, (input) => call('users.create', input), onCreated);
      }}
    >
      <h2 id="new-user-title">{t.newUser}</h2>
      <TextField form={form} name="fullName" label={t.fullName} />
      <TextField form={form} name="username" label={t.username} hint={t.usernameHint} />
      <SelectField form={form} name="role" label={t.role} options={ROLE_OPTIONS} />
      <TextField form={form} name="password" label={t.password} hint={t.passwordHint} type="password" autoComplete="new-password" />
      <TextField form={form} name="passwordConfirm" label={t.passwordConfirm} type="password" autoComplete="new-password" />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.create} />
    </form>
  );
}
