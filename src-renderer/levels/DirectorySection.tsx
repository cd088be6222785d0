import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { homeText } from '../../src-shared/home/text';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { downloadText } from '../components/download';
import { FormError, Notice } from '../components/fields';
import { usePrint } from '../printing/use-print';

const t = levelsUi.directory;

/** The directory of groups as this site holds it: printed and exported anywhere, published by a region. */
export function DirectorySection({ active, canPublish }: { active: boolean; canPublish: boolean }) {
  const { data: view, error } = useApiQuery('levels.directory', active ? {} : null);
  const printing = usePrint();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const publish = async () => {
    const result = await call('levels.publishDirectory', {});
    setMessage(result.ok ? { text: t.published(result.value.entries.length), error: false } : { text: result.error.message, error: true });
  };
  const exportCsv = async () => {
    const result = await call('levels.exportDirectory', {});
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setMessage({ text: homeText.exported(result.value.rowCount, result.value.fileName), error: false });
  };
  const d = view?.directory ?? null;
  return (
    <section className="card" aria-labelledby="group-directory">
      <h2 id="group-directory">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <FormError message={error?.message ?? printing.error} />
      {view ? <p>{d ? `${t.publishedBy(d.region, d.issuedBy, showIsoDate(d.publishedOn))} ${t.count(view.entries.length)}` : t.none}</p> : null}
      <div className="button-row">
        {canPublish && view?.canPublish ? (
          <button type="button" className="primary" onClick={() => void publish()}>
            {t.publish}
          </button>
        ) : null}
        <button type="button" disabled={!d} onClick={() => void printing.print('print.directory', {})}>
          {t.print}
        </button>
        <button type="button" disabled={!d} onClick={() => void exportCsv()}>
          {t.csv}
        </button>
      </div>
      {message ? message.error ? <FormError message={message.text} /> : <Notice tone="success">{message.text}</Notice> : null}
      {printing.preview}
    </section>
  );
}
