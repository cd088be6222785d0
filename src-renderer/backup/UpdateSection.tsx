import { useState } from 'react';
import type { UpdateCheck } from '../../src-shared/update/types';
import { updateText as t } from '../../src-shared/update/text';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';
import { useUnsavedForms } from '../forms/unsaved';

/** Issue 8: an update from a folder (USB stick), verified first, installed after a backup. */
export function UpdateSection() {
  const form = useForm(t.title, { folder: '' }, { tracksUnsaved: false });
  const unsaved = useUnsavedForms();
  const [found, setFound] = useState<UpdateCheck | null>(null);
  const [installing, setInstalling] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const install = async () => {
    setError(null);
    const result = await call('update.install', { folder: form.values.folder, unsavedForms: unsaved.length });
    if (result.ok) setInstalling(t.installing);
    else setError(result.error.message);
  };

  return (
    <form
      className="card stack narrow-form"
      aria-label={t.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFound(null);
        setError(null);
        form.saveWith(
          () => call('update.check', { folder: form.values.folder }),
          (check) => {
            form.reset({ folder: form.values.folder });
            setFound(check);
          },
        );
      }}
    >
      <h2>{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <TextField form={form} name="folder" label={t.folder} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.check} />
      {found ? (
        <div className="stack">
          <p>{t.current(found.installed)}</p>
          {found.newer ? <Notice tone="success">{t.found(found.version, found.releaseDate?.slice(0, 10) ?? '—')}</Notice> : <Notice>{t.upToDate(found.installed)}</Notice>}
          {found.newer && !found.desktop ? <Notice tone="warning">{t.desktopOnly}</Notice> : null}
          {found.newer && found.desktop && unsaved.length > 0 ? <Notice tone="warning">{t.unsaved}</Notice> : null}
          {found.newer && found.desktop ? (
            <button type="button" className="primary" disabled={unsaved.length > 0 || installing !== null} onClick={() => void install()}>
              {t.install(found.version)}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? <Notice tone="warning">{error}</Notice> : null}
      {installing ? <Notice tone="success">{installing}</Notice> : null}
    </form>
  );
}
