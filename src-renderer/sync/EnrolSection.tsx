import { useState } from 'react';
import type { EnrolmentPreview } from '../../src-shared/sync/types';
import { SITE_KIND_LABELS, syncUi as t } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormError, Notice } from '../components/fields';

/** Enrolment: the file says who, the fingerprint read over the phone proves it. */
export function EnrolSection({ canReplaceKey, onEnrolled }: { canReplaceKey: boolean; onEnrolled: () => void }) {
  const [file, setFile] = useState<{ fileName: string; dataBase64: string } | null>(null);
  const [preview, setPreview] = useState<EnrolmentPreview | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [replaceKey, setReplaceKey] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const choose = async (chosen: File | undefined) => {
    setError(null);
    setDone(null);
    setPreview(null);
    if (!chosen) return;
    const picked = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
    const result = await call('sync.previewEnrolment', { dataBase64: picked.dataBase64 });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setFile(picked);
    setPreview(result.value);
  };
  const enrol = async () => {
    if (!file) return;
    const result = await call('sync.enrol', { file, fingerprint, replaceKey });
    if (!result.ok) {
      setError(result.error.fieldErrors?.fingerprint ?? result.error.message);
      return;
    }
    setDone(t.enrolled(result.value.name, result.value.alreadyEnrolled));
    setFile(null);
    setPreview(null);
    setFingerprint('');
    onEnrolled();
  };
  return (
    <section className="card" aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t.enrolTitle}</h2>
      <p className="hint">{t.enrolIntro}</p>
      <form
        className="stack narrow-form"
        aria-label={t.enrolTitle}
        onSubmit={(event) => {
          event.preventDefault();
          void enrol();
        }}
      >
        <label className="stack">
          <strong>{t.enrolmentFile}</strong>
          <input type="file" accept=".json,application/json" onChange={(event) => void choose(event.target.files?.[0])} />
        </label>
        {preview ? (
          <>
            <p>
              <strong>{t.preview(preview.name, preview.code, SITE_KIND_LABELS[preview.kind])}</strong>
              <br />
              {preview.relation ? t.relation[preview.relation] : t.wrongLevel}
            </p>
            <label className="stack">
              <strong>{t.typedFingerprint}</strong>
              <input value={fingerprint} inputMode="numeric" autoComplete="off" onChange={(event) => setFingerprint(event.target.value)} />
            </label>
            {canReplaceKey ? (
              <label>
                <input type="checkbox" checked={replaceKey} onChange={(event) => setReplaceKey(event.target.checked)} /> {t.replaceKey}
              </label>
            ) : null}
            <div className="button-row">
              <button type="submit" className="primary" disabled={!preview.relation}>
                {t.enrol}
              </button>
            </div>
          </>
        ) : null}
        <FormError message={error} />
        {done ? <Notice tone="success">{done}</Notice> : null}
      </form>
    </section>
  );
}
