import { showIsoDate } from '../../src-shared/common/dates';
import { formatThousands } from '../../src-shared/common/text';
import { syncUi } from '../../src-shared/sync/ui-text';
import { useApiQuery } from '../api/query';
import { FormError, Notice } from '../components/fields';

const t = syncUi.dataQuality;

/** Issue 14.4: infants with prescriptions at several facilities, which no facility's cap can see. */
export function DataQualitySection({ active }: { active: boolean }) {
  const query = useApiQuery('sync.dataQuality', active ? {} : null);
  const list = query.data?.infantsAtSeveralFacilities ?? [];
  return (
    <section className="card" aria-labelledby="data-quality">
      <h2 id="data-quality">{t.title}</h2>
      <p className="hint">{t.intro}</p>
      <FormError message={query.error?.message ?? null} />
      {query.data && list.length === 0 ? <p>{t.none}</p> : null}
      {list.length > 0 ? (
        <table className="data-table" aria-label={t.title}>
          <thead>
            <tr>
              <th scope="col">{t.nationalId}</th>
              <th scope="col">{t.infant}</th>
              <th scope="col">{t.facility}</th>
              <th scope="col">{t.prescriptions}</th>
              <th scope="col">{t.grams}</th>
            </tr>
          </thead>
          <tbody>
            {list.flatMap((infant) =>
              infant.records.map((record, index) => (
                <tr key={`${infant.nationalId}-${record.site}`} className={infant.overCap ? 'follow-up' : undefined}>
                  {index === 0 ? (
                    <th scope="rowgroup" rowSpan={infant.records.length}>
                      {infant.nationalId}
                      {infant.overCap ? <Notice tone="warning">{t.overCap(formatThousands(infant.totalGrams))}</Notice> : null}
                    </th>
                  ) : null}
                  <td>
                    {record.name} <span className="hint">{showIsoDate(record.birthDate)}</span>
                  </td>
                  <td>{record.site}</td>
                  <td className="number">{record.prescriptions}</td>
                  <td className="number">{formatThousands(record.grams)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
