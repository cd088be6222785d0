import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import type { SiteInfo } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import { LoginForm } from './LoginForm';
import { RecoveryForm } from './RecoveryForm';

export function LoginScreen({ site, encrypted, onSignedIn }: { site: SiteInfo | null; encrypted: boolean; onSignedIn: () => void }) {
  const [recovering, setRecovering] = useState(false);
  return (
    <main className="centered-page">
      <section className="card narrow" aria-labelledby="login-title">
        <p className="brand">{appText.name}</p>
        {site ? <p className="site-name">{site.name}</p> : null}
        <h1 id="login-title">{sessionText.loginTitle}</h1>
        {encrypted ? <p className="hint">{sessionText.encryptedHint}</p> : null}
        {recovering ? (
          <RecoveryForm onSignedIn={onSignedIn} onBack={() => setRecovering(false)} />
        ) : (
          <>
            <LoginForm onSignedIn={onSignedIn} />
            {encrypted ? (
              <button type="button" className="link-button" onClick={() => setRecovering(true)}>
                {sessionText.recovery.open}
              </button>
            ) : null}
          </>
        )}
      </section>
    </main>
  );
}
