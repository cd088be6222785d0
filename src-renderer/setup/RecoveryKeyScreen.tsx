import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import { setupText } from '../../src-shared/setup/text';
import { call } from '../api/client';
import { FormError } from '../components/fields';

const t = setupText.recovery;

/** The recovery key, shown once to the admin who set the site up or whose sign-in encrypted it (18.4). */
export function RecoveryKeyScreen({ recoveryKey, siteName, onKept }: { recoveryKey: string; siteName: string; onKept: () => void }) {
  const [kept, setKept] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (!kept) {
      setError(t.confirmFirst);
      return;
    }
    const result = await call('setup.recoveryKeyKept', {});
    if (result.ok) onKept();
    else setError(result.error.message);
  };
  return (
    <main className="centered-page">
      <section className="card wide recovery-sheet" aria-labelledby="recovery-title">
        <p className="brand">
          {appText.name} · {siteName}
        </p>
        <h1 id="recovery-title">{t.title}</h1>
        <p>{t.intro}</p>
        <p className="recovery-label">{t.keyLabel}</p>
        <p className="fingerprint recovery-key" aria-label={t.keyLabel}>
          {recoveryKey}
        </p>
        <p>
          <strong>{t.keep}</strong>
        </p>
        <div className="no-print stack">
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
          <label>
            <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} /> {t.confirm}
          </label>
          <FormError message={error} />
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t.continue}
          </button>
        </div>
      </section>
    </main>
  );
}
