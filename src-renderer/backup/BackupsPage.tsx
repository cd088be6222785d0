import { useEffect, useState } from 'react';
import { backupUi as t } from '../../src-shared/backup/text';
import type { BackupRow, BackupsView } from '../../src-shared/backup/types';
import { formatDateTime, formatThousands } from '../../src-shared/common/text';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormError, FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { PublisherKeySection } from './PublisherKeySection';
import { UpdateSection } from './UpdateSection';

/** The admin's backups (issue 8): the copies kept, one taken now, the second folder, a restore. */
export function BackupsPage({ active, onRestored }: { active: boolean; onRestored: () => void }) {
  const [view, setView] = useState<BackupsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [toRestore, setToRestore] = useState<BackupRow | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  useEffect(() => {
    if (!active) return;
    void call('backups.list', {}).then((result) => (result.ok ? setView(result.value) : setError(result.error.message)));
  }, [active]);

  const takeNow = async () => {
    setBusy(true);
    const result = await call('backups.take', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setView(result.value);
    const newest = result.value.backups[0];
    setNotices([...(newest ? [t.taken(formatDateTime(newest.takenAt))] : []), ...result.value.warnings]);
  };
  const restore = async (backup: BackupRow) => {
    setToRestore(null);
    setBusy(true);
    const result = await call('backups.restore', { id: backup.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setRestored(t.restored(formatDateTime(result.value.takenAt)));
  };

  if (restored) {
    return (
      <section className="page" aria-labelledby="backups-title">
        <h1 id="backups-title">{t.title}</h1>
        <Notice tone="success">{restored}</Notice>
        <button type="button" className="primary" autoFocus onClick={onRestored}>
          {t.toSignIn}
        </button>
      </section>
    );
  }

  return (
    <section className="page wide-page" aria-labelledby="backups-title">
      <h1 id="backups-title">{t.title}</h1>
      <p>{t.intro}</p>
      <FormError message={error} />
      {notices.map((n) => (
        <Notice key={n} tone={n.startsWith('Copia hecha') ? 'success' : 'warning'}>
          {n}
        </Notice>
      ))}
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void takeNow()}>
          {busy ? t.taking : t.takeNow}
        </button>
        {busy ? <progress aria-label={t.taking} /> : null}
      </div>
      {view ? (
        <>
          <h2>{t.listTitle}</h2>
          {view.backups.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <table className="data-table" aria-label={t.listTitle}>
              <thead>
                <tr>
                  {Object.values(t.columns).map((label) => (
                    <th scope="col" key={label}>
                      {label}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t.restoreShort}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.backups.map((b) => (
                  <tr key={b.id}>
                    <td className="nowrap">{formatDateTime(b.takenAt)}</td>
                    <td>{t.reasons[b.reason]}</td>
                    <td>{t.contents(b.counts)}</td>
                    <td className="number">{formatThousands(Math.ceil(b.bytes / 1024))} KB</td>
                    <td>{b.intact ? t.intact : t.damaged}</td>
                    <td>
                      {b.intact ? (
                        <button type="button" className="link-button" disabled={busy} aria-label={t.restore(formatDateTime(b.takenAt))} onClick={() => setToRestore(b)}>
                          {t.restoreShort}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <SecondFolderForm current={view.secondFolder} onSaved={setView} />
          <PublisherKeySection />
          <UpdateSection />
        </>
      ) : null}
      {toRestore ? (
        <ConfirmDialog
          message={t.confirmRestore(formatDateTime(toRestore.takenAt), t.contents(toRestore.counts))}
          confirmLabel={t.confirmYes}
          cancelLabel={t.confirmNo}
          danger
          onConfirm={() => void restore(toRestore)}
          onCancel={() => setToRestore(null)}
        />
      ) : null}
    </section>
  );
}

function SecondFolderForm({ current, onSaved }: { current: string | null; onSaved: (view: BackupsView) => void }) {
  const form = useForm(t.secondTitle, { folder: current ?? '' });
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="card stack narrow-form"
      aria-label={t.secondTitle}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        form.saveWith(
          () => call('backups.setSecondFolder', { folder: form.values.folder }),
          (view) => {
            setSaved(true);
            onSaved(view);
          },
        );
      }}
    >
      <h2>{t.secondTitle}</h2>
      <p className="hint">{t.secondHint}</p>
      {saved ? <Notice tone="success">{t.secondSaved}</Notice> : null}
      <TextField form={form} name="folder" label={t.secondFolder} hint={current ? undefined : t.secondNone} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.secondSave} />
    </form>
  );
}
