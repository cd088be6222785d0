import { useRef, useState } from 'react';
import type { ImportOutcome } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormError, Notice } from '../components/fields';
import { downloadBase64 } from '../components/download';
import { ImportSummary } from './ImportSummary';

type Files = readonly { readonly fileName: string; readonly dataBase64: string }[];

/**
 * The coordinator's day: several bundles at once, each checked first (nothing applied) with the summary
 * of what would change; *Importar* applies them, and the result stays in view.
 */
export function ImportSection({ onImported }: { onImported: () => void }) {
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [preview, setPreview] = useState<{ files: Files; outcome: ImportOutcome } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const choose = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy('checking');
    setOutcome(null);
    setPreview(null);
    const files = await Promise.all([...list].map(async (file) => ({ fileName: file.name, dataBase64: await readAsBase64(file) })));
    const checked = await call('sync.importBundles', { files, dryRun: true });
    setBusy(null);
    if (!checked.ok) {
      setError(checked.error.message);
      return;
    }
    // An old message goes once the same step works.
    setError(null);
    setPreview({ files, outcome: checked.value });
  };
  const apply = async () => {
    if (!preview) return;
    setBusy('importing');
    const applied = await call('sync.importBundles', { files: [...preview.files], dryRun: false });
    setBusy(null);
    if (!applied.ok) {
      setError(applied.error.message);
      return;
    }
    setError(null);
    setPreview(null);
    setOutcome(applied.value);
    if (picker.current) picker.current.value = '';
    onImported();
    requestAnimationFrame(() => result.current?.scrollIntoView({ block: 'start' }));
  };
  const ack = async (siteCode: string) => {
    const response = await call('sync.ackFile', { siteCode });
    if (response.ok) downloadBase64(response.value.fileName, response.value.dataBase64);
    else setError(response.error.message);
  };
  const senders = outcome ? [...new Map(outcome.files.filter((f) => f.ok && f.kind === 'data').map((f) => [f.senderCode ?? '', f.senderName ?? ''])).entries()] : [];
  const applicable = preview?.outcome.files.some((f) => f.ok) ?? false;
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t.importTitle}</h2>
      <p className="hint">{t.importIntro}</p>
      <label className="stack narrow-form">
        <strong>{t.chooseBundles}</strong>
        <input ref={picker} type="file" multiple disabled={busy !== null} onChange={(event) => void choose(event.target.files)} />
      </label>
      {busy ? (
        <p role="status">
          <progress /> {busy === 'checking' ? t.checking : t.importing}
        </p>
      ) : null}
      <FormError message={error} />
      {preview ? (
        <div className="stack">
          <Notice>{t.previewNote}</Notice>
          <ImportSummary outcome={preview.outcome} preview title={t.previewTitle} />
          <div className="button-row">
            <button type="button" className="primary" disabled={!applicable || busy !== null} onClick={() => void apply()}>
              {t.importNow}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setPreview(null)}>
              {t.importCancel}
            </button>
          </div>
        </div>
      ) : null}
      {outcome ? (
        <div ref={result} className="stack">
          <ImportSummary outcome={outcome} preview={false} title={t.summaryTitle} />
          <div className="button-row">
            {senders.map(([code, name]) => (
              <button type="button" key={code} onClick={() => void ack(code)}>
                {t.downloadAck(name)}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
