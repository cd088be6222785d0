import { useEffect, useState } from 'react';
import { formatDateTime } from '../../src-shared/common/text';
import type { SyncOverview } from '../../src-shared/sync/types';
import { siteKindLabel } from '../../src-shared/site/countries';
import { syncUi as t } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { FormError, Notice } from '../components/fields';
import { downloadBase64 } from '../components/download';
import { ExportProgressBar } from './ExportProgressBar';
import { useExportJob } from './useExportJob';
import { ConflictsSection } from './ConflictsSection';
import { EnrolSection } from './EnrolSection';
import { CoverageImport } from '../formula/CoverageImport';
import { ImportSection } from './ImportSection';
import { PrivacySection } from './PrivacySection';
import { ReasonsEditor } from './ReasonsEditor';

/** This site's identity, its parent and what is pending, enrolment, and (coordinators) importing bundles. */
export function SyncPage({ active, canImport, canConfigure }: { active: boolean; canImport: boolean; canConfigure: boolean }) {
  const [view, setView] = useState<SyncOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Which export the bar belongs to: up to the parent, or down to a child (by code). */
  const [exportTarget, setExportTarget] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [exportedDown, setExportedDown] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useEffect(() => {
    if (!active) return;
    void call('sync.overview', {}).then((result) => {
      if (result.ok) setView(result.value);
      else setError(result.error.message);
    });
  }, [active, version]);
  // A message from a step that failed goes once a step works (issue 15): it no longer describes the state.
  const succeeded = () => setError(null);
  const enrolmentFile = async () => {
    const result = await call('sync.enrolmentFile', {});
    if (result.ok) {
      succeeded();
      downloadBase64(result.value.fileName, result.value.dataBase64, 'application/json');
    } else setError(result.error.message);
  };
  const setPrivacy = async (channel: 'sync.setDeidentified' | 'sync.setHivDirection', on: boolean) => {
    const result = await call(channel, { on });
    if (result.ok) {
      succeeded();
      setView(result.value);
    } else setError(result.error.message);
  };
  const exportJob = useExportJob(
    (done) => {
      succeeded();
      if (done.direction === 'up') {
        setExported(t.exported(done.sequence, done.records));
        refresh();
      } else setExportedDown(t.exportedDown(done.receiverName, done.records));
    },
    (message) => setError(message),
  );
  const exportDown = (code: string) => {
    setExportTarget(code);
    setExportedDown(null);
    void exportJob.start(() => call('sync.exportDown', { siteCode: code }));
  };
  const exportBundle = () => {
    setExportTarget('up');
    setExported(null);
    void exportJob.start(() => call('sync.exportBundle', {}));
  };
  const progressFor = (target: string) => (exportJob.state?.status === 'running' && exportTarget === target ? <ExportProgressBar progress={exportJob.state.progress} /> : null);

  return (
    <section className="page" aria-labelledby="sync-title">
      <h1 id="sync-title">{t.title}</h1>
      <p>{t.intro}</p>
      <FormError message={error} />
      {view ? (
        <>
          <section className="card" aria-labelledby="this-site">
            <h2 id="this-site">{t.thisSite}</h2>
            <p>
              <strong>
                {view.site.name} ({view.site.code})
              </strong>{' '}
              · {siteKindLabel(view.site.country, view.site.kind)}
            </p>
            <p>
              {t.fingerprint}: <strong className="fingerprint">{view.site.fingerprint}</strong>
            </p>
            <p className="hint">{t.fingerprintHint}</p>
            <button type="button" onClick={() => void enrolmentFile()}>
              {t.downloadEnrolment}
            </button>
          </section>
          {view.site.kind !== 'national' ? (
            <section className="card" aria-labelledby="parent-title">
              <h2 id="parent-title">{t.parentTitle}</h2>
              {view.parent ? (
                <>
                  <p>{t.parentLine(view.parent.name, view.parent.code)}</p>
                  <p className="status-line">{t.unacknowledged(view.parent.unacknowledged)}</p>
                  <button type="button" className="primary" disabled={exportJob.busy} onClick={exportBundle}>
                    {t.exportBundle}
                  </button>
                  {progressFor('up')}
                  {exported ? <Notice tone="success">{exported}</Notice> : null}
                </>
              ) : (
                <Notice tone="warning">{t.noParent}</Notice>
              )}
            </section>
          ) : null}
          <PrivacySection view={view} canConfigure={canConfigure} onDeidentified={(on) => void setPrivacy('sync.setDeidentified', on)} onHivDirection={(on) => void setPrivacy('sync.setHivDirection', on)} />
          {canImport ? <ImportSection onImported={refresh} /> : view.site.kind !== 'facility' ? <Notice>{t.importNeedsCoordinator}</Notice> : null}
          <ConflictsSection version={version} />
          <EnrolSection canReplaceKey={canImport} onEnrolled={refresh} />
          {view.site.kind !== 'facility' ? (
            <section className="card" aria-labelledby="children-title">
              <h2 id="children-title">{t.childrenTitle}</h2>
              {exportedDown ? <Notice tone="success">{exportedDown}</Notice> : null}
              {canImport ? <p className="hint">{t.downIntro}</p> : null}
              {view.children.length === 0 ? (
                <p>{t.noChildren}</p>
              ) : (
                <table className="data-table" aria-label={t.childrenTitle}>
                  <thead>
                    <tr>
                      {Object.values(t.childColumns).map((label) => (
                        <th scope="col" key={label}>
                          {label}
                        </th>
                      ))}
                      {canImport ? <th scope="col" /> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {view.children.map((c) => (
                      <tr key={c.code}>
                        <th scope="row">
                          {c.name} ({c.code})
                        </th>
                        <td>{siteKindLabel(view.site.country, c.kind)}</td>
                        <td>{c.lastSequence}</td>
                        <td>{c.records}</td>
                        <td>{c.lastImportAt ? formatDateTime(c.lastImportAt) : t.never}</td>
                        <td className="fingerprint">{c.fingerprint}</td>
                        {canImport ? (
                          <td>
                            <button type="button" className="link-button" disabled={exportJob.busy} onClick={() => exportDown(c.code)}>
                              {t.exportDown(c.name)}
                            </button>
                            {progressFor(c.code)}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ) : null}
          {view.site.kind !== 'facility' && canImport ? (
            <section className="card" aria-labelledby="reference-title">
              <h2 id="reference-title">{t.referenceTitle}</h2>
              <p>{t.referenceIntro}</p>
              <ReasonsEditor />
              <CoverageImport />
            </section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
