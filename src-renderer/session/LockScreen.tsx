import { useState } from 'react';
import type { SessionInfo } from '../../src-shared/contract/types';
import { unlockSchema } from '../../src-shared/session/schemas';
import { sessionText } from '../../src-shared/session/text';
import { call } from '../api/client';
import { FormFooter, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { useUnsavedForms } from '../forms/unsaved';
import { LoginForm } from './LoginForm';

const t = sessionText;

/** Covers the whole window (nothing of the open record shows) while the form underneath keeps its input. */
export function LockScreen({ session, onChanged }: { session: SessionInfo; onChanged: () => void }) {
  const [mode, setMode] = useState<'unlock' | 'confirmSwitch' | 'switch'>('unlock');
  const unsaved = useUnsavedForms();
  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <section className="card narrow">
        <h1 id="lock-title">{mode === 'switch' ? t.switchUserTitle : t.lockedTitle}</h1>
        {mode === 'unlock' ? (
          <>
            <p>{t.lockedHelp(session.fullName)}</p>
            <UnlockForm username={session.username} onUnlocked={onChanged} />
            <button
              type="button"
              className="link-button"
              onClick={() => setMode(unsaved.length > 0 ? 'confirmSwitch' : 'switch')}
            >
              {t.switchUser}
            </button>
          </>
        ) : null}
        {mode === 'confirmSwitch' ? (
          <div className="stack">
            <p className="warning-text" role="alert">
              {t.switchUserConfirm(unsaved.join(', '))}
            </p>
            <div className="button-row">
              <button type="button" className="primary" onClick={() => setMode('unlock')} autoFocus>
                {t.cancel}
              </button>
              <button type="button" className="danger" onClick={() => setMode('switch')}>
                {t.switchUserDiscard}
              </button>
            </div>
          </div>
        ) : null}
        {mode === 'switch' ? (
          <>
            <LoginForm onSignedIn={onChanged} />
            <button type="button" className="link-button" onClick={() => setMode('unlock')}>
              {t.cancel}
            </button>
          </>
        ) : null}
      </section>
    </div>
  );
}

function UnlockForm({ username, onUnlocked }: { username: string; onUnlocked: () => void }) {
  const form = useForm(t.lockedTitle, { password: '' });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(unlockSchema, async (input) => {
          const result = await call('session.unlock', input);
          if (result.ok) onUnlocked();
          else form.set('password', '');
          return result;
        });
      }}
    >
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      <TextField form={form} name="password" label={t.password} type="password" autoComplete="current-password" autoFocus />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.unlock} />
    </form>
  );
}
