import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { dhis2Text } from '../../src-shared/dhis2/text';
import type { Dhis2PushResult, MappingImportSummary } from '../../src-shared/dhis2/types';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { downloadText } from '../components/download';
import { FormError, Notice } from '../components/fields';
import { readAsBase64 } from '../attachments/read-file';

const t = dhis2Text.ui;

function currentSemester(now = new Date()): string {
  return `${now.getFullYear()}S${now.getMonth() < 6 ? 1 : 2}`;
}

/** The mapping in force (imported at national level) and, for a DHIS2 period, the file or the push with its dry run. */
export function Dhis2Section({ active, canWrite }: { active: boolean; canWrite: boolean }) {
  const { data: mapping } = useApiQuery('dhis2.mapping', active ? {} : null);
  const [period, setPeriod] = useState(currentSemester());
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [result, setResult] = useState<Dhis2PushResult | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (format: 'json' | 'csv') => {
    setError(null);
    const answer = await call('dhis2.export', { period, format });
    if (!answer.ok) { setError(answer.error.fieldErrors?.period ?? answer.error.message); return; }
    const e = answer.value;
    downloadText(e.fileName, e.content, format === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
    setNotes([t.exported(e.fileName, e.valueCount), ...(e.unmappedFigures.length ? [t.unmappedFigures(e.unmappedFigures.join(', '))] : []), ...(e.unmappedOrgUnits.length ? [t.unmappedOrgUnits(e.unmappedOrgUnits.join(', '))] : [])]);
    return undefined;
  };
  const push = async (dryRun: boolean) => {
    setError(null);
    setBusy(true);
    const answer = await call('dhis2.push', { period, dryRun });
    setBusy(false);
    if (!answer.ok) { setError(answer.error.fieldErrors?.period ?? answer.error.message); return; }
    setResult(answer.value);
    return undefined;
  };
  const dryRunDone = result?.dryRun === true && result.period === period.trim().toUpperCase() && result.summary.status !== 'ERROR';
  return (
    <section className="card" aria-labelledby="dhis2-title">
      <h2 id="dhis2-title">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <h3>{t.mappingTitle}</h3>
      {mapping?.inForce ? <p>{t.mappingInForce(mapping.inForce.fileName, showIsoDate(mapping.inForce.importedOn), mapping.inForce.issuedBy, mapping.entries.length)}</p> : <Notice tone="warning">{t.noMapping}</Notice>}
      {mapping?.canImport && canWrite ? <MappingImport /> : null}
      {mapping ? (
        <details>
          <summary>{t.keysTitle}</summary>
          <ul className="columns-list">
            {mapping.figures.map((f) => (
              <li key={f.key}>
                <code>{f.key}</code> — {f.label}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {mapping?.inForce ? (
        <>
          <div className="button-row">
            <label>
              {t.period}{' '}
              <input className="short" value={period} aria-describedby="dhis2-period-hint" onChange={(event) => setPeriod(event.target.value)} />
            </label>
            <span className="hint" id="dhis2-period-hint">
              {t.periodHint}
            </span>
          </div>
          <div className="button-row">
            <button type="button" onClick={() => void download('json')}>
              {t.downloadJson}
            </button>
            <button type="button" onClick={() => void download('csv')}>
              {t.downloadCsv}
            </button>
            <button type="button" onClick={() => void call('dhis2.exportMapping', {}).then((r) => (r.ok ? downloadText(r.value.fileName, r.value.csv) : setError(r.error.message)))}>
              {t.exportMapping}
            </button>
            {canWrite ? (
              <>
                <button type="button" disabled={busy} onClick={() => void push(true)}>
                  {t.dryRun}
                </button>
                <button type="button" className="primary" disabled={busy || !dryRunDone} onClick={() => void push(false)}>
                  {t.push}
                </button>
              </>
            ) : null}
          </div>
        </>
      ) : null}
      {busy ? <p role="status">{t.sending}</p> : null}
      <FormError message={error} />
      {notes.length > 0 ? (
        <Notice tone="info">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </Notice>
      ) : null}
      {result ? <PushSummary result={result} /> : null}
    </section>
  );
}

function PushSummary({ result }: { result: Dhis2PushResult }) {
  const s = result.summary;
  return (
    <section aria-label={t.summaryTitle(result.dryRun)}>
      <h3>{t.summaryTitle(result.dryRun)}</h3>
      <Notice tone={s.conflicts.length > 0 || s.status === 'ERROR' ? 'warning' : 'success'}>
        <p>{t.summary(s.status, s.imported, s.updated, s.ignored)}</p>
        {s.description ? <p>{s.description}</p> : null}
      </Notice>
      {s.conflicts.length > 0 ? (
        <table className="data-table" aria-label={t.conflictsTitle(s.conflicts.length)}>
          <caption>{t.conflictsTitle(s.conflicts.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.conflictColumns.object}</th>
              <th scope="col">{t.conflictColumns.value}</th>
            </tr>
          </thead>
          <tbody>
            {s.conflicts.map((c, i) => (
              <tr key={`${c.object}-${String(i)}`}>
                <td>{c.object}</td>
                <td>{c.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function MappingImport() {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<MappingImportSummary | null>(null);
  return (
    <form
      className="stack narrow-form"
      aria-label={t.importMapping}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) { setError(t.chooseFile); return; }
        void readAsBase64(file)
          .then((dataBase64) => call('dhis2.importMapping', { fileName: file.name, dataBase64 }))
          .then((answer) => {
            if (answer.ok) {
              setSummary(answer.value);
              setError(null);
            } else setError(answer.error.fieldErrors?.file ?? answer.error.message);
          });
        return undefined;
      }}
    >
      <p className="hint">{t.mappingHelp}</p>
      <label>
        {t.mappingFile}
        <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <FormError message={error} />
      <div className="button-row">
        <button type="submit" className="primary">
          {t.importMapping}
        </button>
      </div>
      {summary ? (
        summary.importId ? (
          <Notice tone="success">{t.mappingImported(summary.entries)}</Notice>
        ) : (
          <Notice tone="warning">
            <p>{t.mappingRefused(summary.problems.length)}</p>
            <ul aria-label={t.mappingRefused(summary.problems.length)}>
              {summary.problems.slice(0, 200).map((p) => (
                <li key={p.line}>{t.line(p.line, p.reason)}</li>
              ))}
            </ul>
          </Notice>
        )
      ) : null}
    </form>
  );
}
