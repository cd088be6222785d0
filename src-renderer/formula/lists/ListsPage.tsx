import { useState } from 'react';
import { formatThousands } from '../../../src-shared/common/text';
import { LIST_COLUMNS, cellText, type ListColumn } from '../../../src-shared/formula/list-columns';
import { LIST_KINDS, LIST_RECORD_TABLE, type ListCell, type ListKind, type ListPage, type ListQueryInput } from '../../../src-shared/formula/lists';
import { formulaUi } from '../../../src-shared/formula/ui-text';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { MergeButton } from '../../records/MergeButton';
import { ReviewDocumentsButton } from '../../attachments/ReviewDocumentsButton';
import { correctionText } from '../../../src-shared/sync/correction-text';
import { RecordHistory } from '../../audit/RecordHistory';
import { CorrectButton } from '../../sync/CorrectionDialog';
import { downloadBase64, downloadText, XLSX_MIME } from '../../components/download';
import { FormError, Notice } from '../../components/fields';
import { EMPTY_FILTERS, ListFilters, type Filters } from './ListFilters';

const t = formulaUi.lists;

interface Applied {
  readonly kind: ListKind;
  readonly filters: Filters;
  readonly page: number;
}

function queryOf({ kind, filters, page }: Applied): ListQueryInput {
  return { kind, ...filters, page };
}

function shown(column: ListColumn, value: ListCell): string {
  const text = cellText(column, value);
  return typeof text === 'number' ? formatThousands(text) : text;
}

/** How a row is named in its history's title: its first three cells. */
function describe(kind: ListKind, cells: Readonly<Record<string, ListCell>>): string {
  return LIST_COLUMNS[kind]
    .slice(0, 3)
    .map((c) => shown(c, cells[c.key] ?? null))
    .filter(Boolean)
    .join(' · ');
}

/** Caregivers, infants, prescriptions and deliveries, filtered, paged, exported to CSV; each row opens its history. */
export function ListsPage({ active, canCorrect, canMerge = false, onOpenCaregiver = null }: { active: boolean; canCorrect: boolean; canMerge?: boolean; onOpenCaregiver?: ((caregiverId: string) => void) | null }) {
  const [filters, setFilters] = useState<Readonly<Record<ListKind, Filters>>>({
    caregivers: EMPTY_FILTERS,
    infants: EMPTY_FILTERS,
    prescriptions: EMPTY_FILTERS,
    deliveries: EMPTY_FILTERS,
  });
  const [applied, setApplied] = useState<Applied>({ kind: 'caregivers', filters: EMPTY_FILTERS, page: 1 });
  // Asked of main while shown, and again after any save (a correction or a merge included).
  const listed = useApiQuery('formula.list', active ? queryOf(applied) : null);
  const result: ListPage | null = listed.data;
  const errors: Readonly<Record<string, string>> = listed.error?.fieldErrors ?? {};
  const [exportError, setError] = useState<string | null>(null);
  const error = exportError ?? listed.error?.message ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const kind = applied.kind;

  const choose = (next: ListKind) => {
    setNotice(null);
    setError(null);
    setApplied({ kind: next, filters: filters[next], page: 1 });
  };
  const apply = (next: Filters) => {
    setFilters((current) => ({ ...current, [kind]: next }));
    setNotice(null);
    setApplied({ kind, filters: next, page: 1 });
  };
  const exportCsv = async () => {
    const response = await call('formula.exportList', queryOf(applied));
    if (!response.ok) {
      setError(response.error.message);
      return;
    }
    downloadText(response.value.fileName, response.value.csv);
    setNotice(t.exported(response.value.rowCount, response.value.fileName));
  };
  const exportXlsx = async () => {
    const response = await call('formula.exportListXlsx', queryOf(applied));
    if (!response.ok) {
      setError(response.error.message);
      return;
    }
    downloadBase64(response.value.fileName, response.value.dataBase64, XLSX_MIME);
    setNotice(t.exported(response.value.rowCount, response.value.fileName));
  };

  const columns = LIST_COLUMNS[kind];
  const mergeable = canMerge && (kind === 'caregivers' || kind === 'infants');
  const current = result?.kind === kind ? result : null;
  return (
    <section className="page wide-page" aria-labelledby="lists-title">
      <h1 id="lists-title">{t.title}</h1>
      <div className="list-tabs">
        {LIST_KINDS.map((k) => (
          <button key={k} type="button" aria-pressed={k === kind} onClick={() => choose(k)}>
            {t.tabs[k]}
          </button>
        ))}
      </div>
      <ListFilters key={kind} kind={kind} initial={filters[kind]} errors={errors} onApply={apply} sites={result?.sites ?? []} />
      <FormError message={error} />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {current ? (
        <>
          <div className="button-row">
            <p className="status-line" aria-live="polite">
              {t.count(current.total)}
            </p>
            <button type="button" disabled={current.total === 0} onClick={() => void exportXlsx()}>
              {t.exportXlsx}
            </button>
            <button type="button" disabled={current.total === 0} onClick={() => void exportCsv()}>
              {t.export}
            </button>
          </div>
          {current.total === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div className="sheet-scroll">
              <table className="data-table list-table" aria-label={t.tabs[kind]}>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th scope="col" key={c.key}>
                        {c.label}
                      </th>
                    ))}
                    <th scope="col">{t.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.rows.map((row) => (
                    <tr key={row.id}>
                      {columns.map((c) => (
                        <td key={c.key} className={c.type === 'number' ? 'number' : c.type === 'date' ? 'nowrap' : undefined}>
                          {shown(c, row.cells[c.key] ?? null)}
                        </td>
                      ))}
                      {/* One cell of actions, stacked, so that the widest list fits 1366 px (issue 15). */}
                      <td>
                        <div className="row-actions">
                          {onOpenCaregiver ? (
                            <button type="button" className="link-button" aria-label={t.openRecordOf(describe(kind, row.cells))} onClick={() => onOpenCaregiver(row.caregiverId)}>
                              {t.openRecord}
                            </button>
                          ) : null}
                          <RecordHistory table={LIST_RECORD_TABLE[kind]} id={row.id} what={describe(kind, row.cells)} />
                          {canCorrect && kind === 'prescriptions' ? <ReviewDocumentsButton recordId={row.id} what={describe(kind, row.cells)} /> : null}
                          {mergeable ? <MergeButton table={kind === 'caregivers' ? 'caregivers' : 'infants'} survivorId={row.id} what={describe(kind, row.cells)} /> : null}
                          {canCorrect ? (
                            <CorrectButton table={LIST_RECORD_TABLE[kind]} id={row.id} what={describe(kind, row.cells)} onCorrected={() => setNotice(correctionText.saved)} />
                          ) : null}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {current.pageCount > 1 ? (
            <div className="button-row">
              <button type="button" disabled={current.page <= 1} onClick={() => setApplied({ ...applied, page: current.page - 1 })}>
                {t.previous}
              </button>
              <span>{t.pageOf(current.page, current.pageCount)}</span>
              <button type="button" disabled={current.page >= current.pageCount} onClick={() => setApplied({ ...applied, page: current.page + 1 })}>
                {t.next}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
