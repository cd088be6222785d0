import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import { showIsoDate } from '../../src-shared/common/dates';
import type { RegistryImportSummary } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormFooter, Notice } from '../components/fields';
import { todayForInput } from '../formula/today';

const t = levelsUi.registry;

/** The official registry as CSV, with the report of every line it could not read. */
export function RegistryImport() {
  const [file, setFile] = useState<File | null>(null);
  const [listDate, setListDate] = useState(todayForInput());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<RegistryImportSummary | null>(null);

  const submit = async () => {
    if (!file) {
      setError(t.chooseFile);
      return;
    }
    setBusy(true);
    const result = await call('levels.importRegistry', { fileName: file.name, listDate, dataBase64: await readAsBase64(file) });
    setBusy(false);
    if (result.ok) {
      setSummary(result.value);
      setError(null);
    } else setError(result.error.fieldErrors?.file ?? result.error.fieldErrors?.listDate ?? result.error.message);
  };

  return (
    <section className="card" aria-labelledby="registry-import">
      <h2 id="registry-import">{t.importTitle}</h2>
      <form
        className="stack narrow-form"
        aria-label={t.importTitle}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="hint">{t.importHelp}</p>
        <label>
          {t.file}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t.listDate}
          <input type="text" className="short" maxLength={10} placeholder={appText.datePlaceholder} value={listDate} onChange={(event) => setListDate(event.target.value)} />
        </label>
        <FormFooter error={error} submitting={busy} submitLabel={t.import} />
      </form>
      {summary ? (
        <Notice tone={summary.rejected.length > 0 || summary.duplicates.length > 0 ? 'warning' : 'success'}>
          <p>{t.imported(summary.rowCount, summary.attendingBirths, showIsoDate(summary.listDate))}</p>
          {summary.duplicates.length > 0 ? (
            <>
              <p>{t.duplicates(summary.duplicates.length)}</p>
              <ul>
                {summary.duplicates.slice(0, 100).map((d) => (
                  <li key={d.line}>{t.duplicateLine(d.line, d.code, d.firstLine)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {summary.rejected.length > 0 ? (
            <>
              <p>{t.rejected(summary.rejected.length)}</p>
              <ul aria-label={t.rejected(summary.rejected.length)}>
                {summary.rejected.slice(0, 200).map((row) => (
                  <li key={row.line}>{t.line(row.line, row.reason)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
