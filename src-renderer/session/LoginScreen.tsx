import { appText } from '../../src-shared/app/text';
import type { SiteInfo } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import { LoginForm } from './LoginForm';

export function LoginScreen({ site, onSignedIn }: { site: SiteInfo; onSignedIn: () => void }) {
  return (
    <main className="centered-page">
      <section className="card narrow" aria-labelledby="login-title">
        <p className="brand">{appText.name}</p>
        <p className="site-name">{site.name}</p>
        <h1 id="login-title">{sessionText.loginTitle}</h1>
        <LoginForm onSignedIn={onSignedIn} />
      </section>
    </main>
  );
}
