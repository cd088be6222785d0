import { useState } from 'react';
import type { ImportOutcome } from '../../src-shared/sync/types';
import { SYNC_TABLE_LABELS, syncUi as t } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormError, Notice } from '../components/fields';
import { downloadBase64 } from '../components/download';

const COLUMNS = ['new', 'updated', 'unchanged', 'conflicts', 'refused'] as const;

/** The coordinator's day: several bundles at once, each checked, and one summary per table to read. */
export function ImportSection({ onImported }: { onImported: () => void }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choose = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    setError(null);
    const files = await Promise.all([...list].map(async (file) => ({ fileName: file.name, dataBase64: await readAsBase64(file) })));
    const result = await call('sync.importBundles', { files, dryRun: false });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setOutcome(result.value);
    onImported();
  };
  const ack = async (siteCode: string) => {
    const result = await call('sync.ackFile', { siteCode });
    if (result.ok) downloadBase64(result.value.fileName, result.value.dataBase64);
    else setError(result.error.message);
  };
  const rows = outcome ? Object.entries(outcome.summary) : [];
  const senders = outcome ? [...new Map(outcome.files.filter((f) => f.ok && f.kind === 'data').map((f) => [f.senderCode ?? '', f.senderName ?? ''])).entries()] : [];
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t.importTitle}</h2>
      <p className="hint">{t.importIntro}</p>
      <label className="stack narrow-form">
        <strong>{t.chooseBundles}</strong>
        <input type="file" multiple disabled={busy} onChange={(event) => void choose(event.target.files)} />
      </label>
      {busy ? (
        <p role="status">
          <progress /> {t.importing}
        </p>
      ) : null}
      <FormError message={error} />
      {outcome ? (
        <>
          <ul className="plain-list stack" aria-label={t.summaryTitle}>
            {outcome.files.map((f) => (
              <li key={f.fileName}>
                {f.ok ? (
                  <Notice tone="success">{f.kind === 'ack' ? t.ackOk(f.fileName, f.senderName ?? '') : t.fileOk(f.fileName, f.senderName ?? '', f.sequence ?? 0)}</Notice>
                ) : (
                  <Notice tone="warning">
                    <strong>{t.fileRefused(f.fileName)}</strong> {f.message}
                  </Notice>
                )}
              </li>
            ))}
          </ul>
          <h3>{t.summaryTitle}</h3>
          {rows.length === 0 ? (
            <p>{t.nothingImported}</p>
          ) : (
            <table className="data-table" aria-label={t.summaryTitle}>
              <thead>
                <tr>
                  <th scope="col">{t.columns.table}</th>
                  {COLUMNS.map((c) => (
                    <th scope="col" key={c}>
                      {t.columns[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([table, s]) => (
                  <tr key={table}>
                    <th scope="row">{SYNC_TABLE_LABELS[table] ?? table}</th>
                    {COLUMNS.map((c) => (
                      <td key={c} className={c === 'conflicts' || c === 'refused' ? (s[c] > 0 ? 'attention' : undefined) : undefined}>
                        {s[c]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="button-row">
            {senders.map(([code, name]) => (
              <button type="button" key={code} onClick={() => void ack(code)}>
                {t.downloadAck(name)}
              </button>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
