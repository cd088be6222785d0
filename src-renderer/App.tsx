import { useCallback, useEffect, useState } from 'react';
import { appText } from '../src-shared/app/text';
import type { AppStatus } from '../src-shared/contract/types';
import { call, onSessionError } from './api/client';
import { UnsavedProvider } from './forms/unsaved';
import { ChangePasswordPage } from './session/ChangePasswordPage';
import { LockScreen } from './session/LockScreen';
import { LoginScreen } from './session/LoginScreen';
import { useIdleLock } from './session/use-idle-lock';
import { RecoveryKeyScreen } from './setup/RecoveryKeyScreen';
import { SetupWizard } from './setup/SetupWizard';
import { AppShell } from './shell/AppShell';

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      call('app.status', {}).then((result) => {
        if (result.ok) {
          setStatus(result.value);
          setLoadError(null);
        } else setLoadError(result.error.message);
      }),
    [],
  );

  useEffect(() => {
    void refresh();
    return onSessionError(() => void refresh());
  }, [refresh]);

  if (!status) {
    return (
      <main className="centered-page">
        <p role={loadError ? 'alert' : 'status'}>{loadError ?? appText.loading}</p>
      </main>
    );
  }
  if (!status.site && !status.encrypted) return <SetupWizard onDone={() => void refresh()} />;
  if (!status.session || !status.site) return <LoginScreen site={status.site} encrypted={status.encrypted} onSignedIn={() => void refresh()} />;
  if (status.recoveryKey) return <RecoveryKeyScreen recoveryKey={status.recoveryKey} siteName={status.site.name} onKept={() => void refresh()} />;
  return (
    <UnsavedProvider>
      <SignedIn status={{ ...status, site: status.site, session: status.session }} refresh={refresh} />
    </UnsavedProvider>
  );
}

type SignedInStatus = AppStatus & { site: NonNullable<AppStatus['site']>; session: NonNullable<AppStatus['session']> };

function SignedIn({ status, refresh }: { status: SignedInStatus; refresh: () => Promise<void> }) {
  const { session } = status;
  const lock = useCallback(() => {
    void call('session.lock', {}).then(() => refresh());
  }, [refresh]);
  useIdleLock(status.idleMinutes, !session.locked, lock);

  const content = session.mustChangePassword ? (
    <main className="centered-page">
      <ChangePasswordPage forced onChanged={() => void refresh()} />
    </main>
  ) : (
    // Keyed by user: signing in as someone else starts from clean forms (after the lock screen asked).
    <AppShell key={session.userId} status={status} onSessionChanged={() => void refresh()} onLock={lock} />
  );
  return (
    <>
      <div inert={session.locked} aria-hidden={session.locked || undefined} className={session.locked ? 'behind-lock' : undefined}>
        {content}
      </div>
      {session.locked ? <LockScreen session={session} onChanged={() => void refresh()} /> : null}
    </>
  );
}
