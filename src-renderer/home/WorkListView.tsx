import { useState } from 'react';
import { showIsoDate } from '../../src-shared/common/dates';
import { homeText as t } from '../../src-shared/home/text';
import { DATE_COLUMNS, WORK_LIST_COLUMNS, type WorkCell, type WorkListKey } from '../../src-shared/home/work-lists';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { downloadBase64, downloadText, XLSX_MIME } from '../components/download';
import { FormError, Notice } from '../components/fields';
import { usePrint } from '../printing/use-print';

function shown(column: string, value: WorkCell): string {
  if (value === null) return '';
  return DATE_COLUMNS.has(column) && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? showIsoDate(value) : String(value);
}

function compare(a: WorkCell, b: WorkCell): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'es');
}

function OpenButton({ caregiverId, onOpen }: { readonly caregiverId: string; readonly onOpen: (caregiverId: string) => void }) {
  return (
    <button type="button" className="link-button" onClick={() => onOpen(caregiverId)}>
      {t.openRecord}
    </button>
  );
}

/** One work list: most urgent first as main sends it, sortable by any column, printable and exportable. */
export function WorkListView({ listKey, onClose, onOpenCaregiver }: { readonly listKey: WorkListKey; readonly onClose: () => void; readonly onOpenCaregiver: ((caregiverId: string) => void) | null }) {
  const list = useApiQuery('home.list', { key: listKey });
  const [sort, setSort] = useState<{ column: string; descending: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printing = usePrint();
  const columns = WORK_LIST_COLUMNS[listKey];
  const rows = [...(list.data?.rows ?? [])];
  const opens = onOpenCaregiver !== null && rows.some((row) => row.caregiverId !== undefined);
  if (sort) rows.sort((a, b) => (sort.descending ? -1 : 1) * compare(a.cells[sort.column] ?? null, b.cells[sort.column] ?? null));
  const exportCsv = async () => {
    const result = await call('home.exportList', { key: listKey });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setNotice(t.exported(result.value.rowCount, result.value.fileName));
  };
  const exportXlsx = async () => {
    const result = await call('home.exportListXlsx', { key: listKey });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value.fileName, result.value.dataBase64, XLSX_MIME);
    setNotice(t.exported(result.value.rowCount, result.value.fileName));
  };
  return (
    <section className="card" aria-labelledby="work-list-title">
      <h2 id="work-list-title">{t.lists[listKey]}</h2>
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
        <button type="button" onClick={() => void printing.print('print.workList', { key: listKey })}>
          {t.print}
        </button>
        <button type="button" onClick={() => void exportXlsx()}>
          {t.exportXlsx}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t.exportCsv}
        </button>
      </div>
      <FormError message={error ?? printing.error ?? list.error?.message ?? null} />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {printing.preview}
      {list.data?.truncated ? <Notice>{t.truncated(list.data.rows.length)}</Notice> : null}
      {list.data && rows.length === 0 ? <p>{t.nothing}</p> : null}
      {rows.length > 0 ? (
        <div className="sheet-scroll">
          <table className="data-table" aria-label={t.lists[listKey]}>
            <thead>
              <tr>
                {columns.map((column) => {
                  const label = t.columns[column] ?? column;
                  const current = sort?.column === column;
                  return (
                    <th scope="col" key={column} aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                      <button type="button" className="link-button" aria-label={t.sort(label)} onClick={() => setSort({ column, descending: current ? !sort.descending : false })}>
                        {label}
                        {current ? (sort.descending ? ' ▼' : ' ▲') : ''}
                      </button>
                    </th>
                  );
                })}
                {opens ? (
                  <th scope="col">
                    <span className="visually-hidden">{t.openRecord}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, n) => (
                <tr key={n}>
                  {columns.map((column) => (
                    <td key={column}>{shown(column, row.cells[column] ?? null)}</td>
                  ))}
                  {opens ? (
                    <td>
                      {row.caregiverId ? <OpenButton caregiverId={row.caregiverId} onOpen={onOpenCaregiver} /> : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
