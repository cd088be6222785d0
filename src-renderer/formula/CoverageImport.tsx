import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import { showIsoDate } from '../../src-shared/common/dates';
import type { CoverageImportSummary } from '../../src-shared/contract/types';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { FormFooter, Notice } from '../components/fields';
import { todayForInput } from './today';
import { useCountryProfile } from '../shell/site-context';

const t = formulaUi.coverage;

/** Rule 4 offline: the coverage list from the higher level, with its date and the lines it could not read. */
export function CoverageImport() {
  const profile = useCountryProfile();
  const [file, setFile] = useState<File | null>(null);
  const [listDate, setListDate] = useState(todayForInput());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<CoverageImportSummary | null>(null);

  const submit = async () => {
    if (!file) {
      setError(t.chooseFile);
      return;
    }
    setBusy(true);
    const result = await call('formula.importCoverage', { fileName: file.name, listDate, dataBase64: await readAsBase64(file) });
    setBusy(false);
    if (result.ok) {
      setSummary(result.value);
      setError(null);
    } else setError(result.error.fieldErrors?.file ?? result.error.fieldErrors?.listDate ?? result.error.message);
  };

  return (
    <details className="card">
      <summary>{t.title}</summary>
      <form
        className="stack narrow-form"
        aria-label={t.title}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="hint">{t.help(profile.coverageTerm)}</p>
        <label>
          {t.file}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t.listDate}
          <input
            type="text"
            className="short"
            maxLength={10}
            placeholder={appText.datePlaceholder}
            value={listDate}
            onChange={(event) => setListDate(event.target.value)}
          />
        </label>
        <FormFooter error={error} submitting={busy} submitLabel={t.import} />
      </form>
      {summary ? (
        <Notice tone="success">
          <p>{t.imported(summary.rowCount, showIsoDate(summary.listDate))}</p>
          {summary.duplicateCount > 0 ? <p>{t.duplicates(summary.duplicateCount)}</p> : null}
          {summary.rejected.length > 0 ? (
            <>
              <p>{t.rejected(summary.rejected.length)}</p>
              <ul>
                {summary.rejected.slice(0, 50).map((row) => (
                  <li key={row.line}>{t.line(row.line, row.reason)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Notice>
      ) : null}
    </details>
  );
}
