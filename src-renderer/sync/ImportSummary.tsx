import type { ImportOutcome } from '../../src-shared/sync/types';
import { SYNC_TABLE_LABELS, syncUi as t } from '../../src-shared/sync/ui-text';
import { Notice } from '../components/fields';

const COLUMNS = ['new', 'updated', 'unchanged', 'conflicts', 'refused'] as const;

/** Per file what happened (or would happen), then one line per table. */
export function ImportSummary({ outcome, preview, title }: { readonly outcome: ImportOutcome; readonly preview: boolean; readonly title: string }) {
  const rows = Object.entries(outcome.summary);
  return (
    <>
      <ul className="plain-list stack" aria-label={title}>
        {outcome.files.map((f) => (
          <li key={f.fileName}>
            {f.ok ? (
              <Notice tone="success">
                {f.kind === 'ack' ? t.ackOk(f.fileName, f.senderName ?? '') : (preview ? t.fileChecked : t.fileOk)(f.fileName, f.senderName ?? '', f.sequence ?? 0)}
              </Notice>
            ) : (
              <Notice tone="warning">
                <strong>{t.fileRefused(f.fileName)}</strong> {f.message}
              </Notice>
            )}
          </li>
        ))}
      </ul>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p>{t.nothingImported}</p>
      ) : (
        <table className="data-table" aria-label={title}>
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
    </>
  );
}
