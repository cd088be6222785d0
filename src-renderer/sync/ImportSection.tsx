import { useRef, useState } from 'react';
import type { ImportJobState, ImportOutcome } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';
import { call, dataChanged } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormError, Notice } from '../components/fields';
import { downloadBase64 } from '../components/download';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportSummary } from './ImportSummary';
import { usePolledJob } from './usePolledJob';

type Files = readonly { readonly fileName: string; readonly dataBase64: string }[];

/**
 * The coordinator's day: several bundles at once, each checked first (nothing applied) with the summary
 * of what would change; *Importar* applies them, and the result stays in view. Main works through the
 * bundles in steps (issue 19): the bar counts the bundles checked or imported.
 */
export function ImportSection({ onImported }: { onImported: () => void }) {
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<{ files: Files; outcome: ImportOutcome } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = useRef<Files>([]);
  const picker = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const job = usePolledJob<ImportJobState>(
    (jobId) => call('sync.importProgress', { jobId }),
    (done) => {
      // An old message goes once the same step works.
      setError(null);
      if (done.dryRun) {
        setPreview({ files: chosen.current, outcome: done.outcome });
        return;
      }
      setPreview(null);
      setOutcome(done.outcome);
      if (picker.current) picker.current.value = '';
      dataChanged();
      onImported();
      requestAnimationFrame(() => result.current?.scrollIntoView({ block: 'start' }));
    },
    setError,
  );
  const running = job.state?.status === 'running' ? job.state.progress : null;
  const busy = reading || job.busy;
  const begin = (files: Files, dryRun: boolean) =>
    job.start(() => call('sync.importBundles', { files: [...files], dryRun }), (started) => ({ status: 'running', progress: started.progress }));
  const choose = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setReading(true);
    setOutcome(null);
    setPreview(null);
    const files = await Promise.all([...list].map(async (file) => ({ fileName: file.name, dataBase64: await readAsBase64(file) })));
    setReading(false);
    chosen.current = files;
    await begin(files, true);
  };
  const apply = async () => {
    if (!preview) return;
    await begin(preview.files, false);
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
        <input ref={picker} type="file" multiple disabled={busy} onChange={(event) => void choose(event.target.files)} />
      </label>
      {reading ? (
        <p role="status">
          <progress /> {t.checking}
        </p>
      ) : null}
      {/* The preview stays in view while its bundles are imported: without one, they are being checked. */}
      {running ? <ImportProgressBar progress={running} phase={preview ? 'importing' : 'checking'} /> : null}
      <FormError message={error} />
      {preview ? (
        <div className="stack">
          <Notice>{t.previewNote}</Notice>
          <ImportSummary outcome={preview.outcome} preview title={t.previewTitle} />
          <div className="button-row">
            <button type="button" className="primary" disabled={!applicable || busy} onClick={() => void apply()}>
              {t.importNow}
            </button>
            <button type="button" disabled={busy} onClick={() => setPreview(null)}>
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
