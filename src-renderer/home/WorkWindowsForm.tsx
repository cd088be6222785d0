import { useState } from 'react';
import { homeText as t } from '../../src-shared/home/text';
import { workWindowsSchema } from '../../src-shared/home/work-lists';
import type { WorkWindows } from '../../src-shared/home/work-rules';
import { call } from '../api/client';
import { FormFooter, Notice, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

const KEYS = Object.keys(t.windows) as (keyof WorkWindows)[];

/** The admin sets this site's windows of the work lists (defaults from the issue). */
export function WorkWindowsForm({ windows }: { readonly windows: WorkWindows }) {
  const form = useForm(t.windowsTitle, Object.fromEntries(KEYS.map((k) => [k, String(windows[k])])) as Record<keyof WorkWindows, string>);
  const [saved, setSaved] = useState(false);
  return (
    <details>
      <summary>{t.windowsTitle}</summary>
      <form
        className="stack narrow-form"
        aria-label={t.windowsTitle}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          void form.submit(workWindowsSchema, async (input) => {
            const result = await call('home.saveWindows', input);
            if (result.ok) {
              form.reset(Object.fromEntries(KEYS.map((k) => [k, String(result.value[k])])) as Record<keyof WorkWindows, string>);
              setSaved(true);
            }
            return result;
          });
        }}
      >
        <p className="hint">{t.windowsHelp}</p>
        {KEYS.map((k) => (
          <TextField key={k} form={form} name={k} label={t.windows[k]} inputMode="numeric" width="short" />
        ))}
        {saved ? <Notice tone="success">{t.windowsSaved}</Notice> : null}
        <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.saveWindows} />
      </form>
    </details>
  );
}
