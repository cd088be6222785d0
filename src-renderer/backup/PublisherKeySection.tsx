import { useEffect, useState } from 'react';
import { publisherKeySchema, type PublisherKeyInfo } from '../../src-shared/update/types';
import { updateText as t } from '../../src-shared/update/text';
import { call } from '../api/client';
import { FormFooter, Notice, TextAreaField } from '../components/fields';
import { useForm } from '../forms/use-form';

/** Issue 17.10: the publisher key this PC trusts; an update signed by any other key is refused. */
export function PublisherKeySection() {
  const form = useForm(t.publisherKey, { key: '' });
  const [info, setInfo] = useState<PublisherKeyInfo | null>(null);
  useEffect(() => {
    void call('update.publisherKey', {}).then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);
  return (
    <form
      className="card stack narrow-form"
      aria-label={t.publisherKey}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.save(publisherKeySchema, (input) => call('update.setPublisherKey', input), setInfo);
      }}
    >
      <h2>{t.publisherKey}</h2>
      {info ? <Notice tone={info.fingerprint ? 'success' : 'warning'}>{info.fingerprint ? t.publisherKeyIs(info.fingerprint) : t.publisherKeyMissing}</Notice> : null}
      <p className="hint">{t.publisherKeyHint}</p>
      <TextAreaField form={form} name="key" label={t.publisherKey} rows={4} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.savePublisherKey} />
    </form>
  );
}
