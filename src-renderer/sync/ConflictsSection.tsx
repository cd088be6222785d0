import { useEffect, useState } from 'react';
import { formatDateTime } from '../../src-shared/common/text';
import type { ConflictRow } from '../../src-shared/sync/types';
import { SYNC_TABLE_LABELS, syncUi as t } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { FormError } from '../components/fields';

const HIDDEN = new Set(['id', 'owner_site_id', 'deleted', 'created_at', 'created_by']);

/** Both versions of a record changed in two places at once, side by side, until a person reviews them. */
export function ConflictsSection({ version }: { version: number }) {
  const [rows, setRows] = useState<readonly ConflictRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void call('sync.conflicts', {}).then((result) => {
      if (result.ok) setRows(result.value);
      else setError(result.error.message);
    });
  }, [version]);
  const review = async (id: number) => {
    const result = await call('sync.markReviewed', { id });
    if (result.ok) setRows(result.value);
    else setError(result.error.message);
  };
  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t.conflictsTitle}</h2>
      <p className="hint">{t.conflictsIntro}</p>
      <FormError message={error} />
      {rows.length === 0 ? <p>{t.noConflicts}</p> : null}
      {rows.map((c) => {
        const fields = Object.keys(c.other).filter((f) => !HIDDEN.has(f) && c.kept?.[f] !== c.other[f]);
        return (
          <div key={c.id} className="stack">
            <h3>{t.conflictOf(SYNC_TABLE_LABELS[c.table] ?? c.table, formatDateTime(c.detectedAt))}</h3>
            <table className="data-table" aria-label={t.conflictOf(SYNC_TABLE_LABELS[c.table] ?? c.table, formatDateTime(c.detectedAt))}>
              <thead>
                <tr>
                  <th scope="col">{t.field}</th>
                  <th scope="col">{t.keptVersion}</th>
                  <th scope="col">{t.otherVersion}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f}>
                    <th scope="row">{f}</th>
                    <td>{String(c.kept?.[f] ?? '')}</td>
                    <td>{String(c.other[f] ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="button-row">
              <button type="button" onClick={() => void review(c.id)}>
                {t.markReviewed}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
