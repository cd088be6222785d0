import { useState, type ReactNode } from 'react';
import { TableHead } from '../components/TableHead';
import { showIsoDate } from '../../src-shared/common/dates';
import type { ConsolidatedView } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { useApiQuery } from '../api/query';
import { FormError, Notice } from '../components/fields';
import { BarChart } from '../groups/BarChart';
import { currentPeriod, PeriodForm, type PeriodQuery } from '../components/PeriodForm';
import { IndicatorsSection } from '../levels/IndicatorsSection';
import { DataQualitySection } from './DataQualitySection';
import { Dhis2Section } from '../dhis2/Dhis2Section';
import { usePrint } from '../printing/use-print';
import { call } from '../api/client';
import { downloadText } from '../components/download';
import { homeText } from '../../src-shared/home/text';

const t = levelsUi.consolidated;
const kg = (grams: number) => Math.round(grams / 100) / 10;

/** Every coordination level: the guide's two indicators over the registry, the drill-down, each facility's figures. */
export function ConsolidatedPage({ active, dhis2, canWrite }: { active: boolean; dhis2: boolean; canWrite: boolean }) {
  const [query, setQuery] = useState<PeriodQuery>(currentPeriod());
  const { data: view, error, loading } = useApiQuery('sync.consolidated', active ? query : null);
  const printing = usePrint();
  const [exported, setExported] = useState<{ message: string; error: boolean } | null>(null);
  const exportCsv = async (table: 'indicators' | 'facilities') => {
    const result = await call('levels.exportConsolidated', { ...query, table });
    if (!result.ok) {
      setExported({ message: result.error.message, error: true });
      return;
    }
    downloadText(result.value.fileName, result.value.csv);
    setExported({ message: homeText.exported(result.value.rowCount, result.value.fileName), error: false });
  };
  return (
    <section className="page wide-page" aria-labelledby="consolidated-title" aria-busy={loading}>
      <h1 id="consolidated-title">{t.title}</h1>
      <PeriodForm label={t.period} submitLabel={t.show} onSubmit={setQuery}>
        <button type="button" onClick={() => void printing.print('print.consolidated', query)}>
          {levelsUi.report.print}
        </button>
        <button type="button" onClick={() => void exportCsv('indicators')}>
          {levelsUi.report.csvIndicators}
        </button>
        <button type="button" onClick={() => void exportCsv('facilities')}>
          {levelsUi.report.csvFacilities}
        </button>
      </PeriodForm>
      <FormError message={printing.error} />
      {printing.preview}
      {exported ? exported.error ? <FormError message={exported.message} /> : <Notice tone="success">{exported.message}</Notice> : null}
      {loading && !view ? (
        <p className="loading" role="status">
          <progress aria-hidden="true" /> {t.loading}
        </p>
      ) : null}
      <FormError message={error?.message ?? null} />
      {view ? <ConsolidatedBody view={view} /> : null}
      {dhis2 ? <Dhis2Section active={active} canWrite={canWrite} /> : null}
      <DataQualitySection active={active} />
    </section>
  );
}

/** A bar per facility is readable up to this many (and its drawing stays quick). */
const CHART_MOST = 40;

function ConsolidatedBody({ view }: { view: ConsolidatedView }) {
  const names = view.facilities.map((f) => f.name);
  const charted = view.facilities.length <= CHART_MOST;
  return (
    <>
      <p className="lead">{t.scope(view.scope.level, view.scope.name, view.periodLabel)}</p>
      {view.registry ? <p className="hint">{t.registry(view.registry.fileName, showIsoDate(view.registry.listDate))}</p> : <Notice tone="warning">{t.noRegistry}</Notice>}
      {view.registry && view.scope.level !== 'country' && view.indicator2.denominator === 0 ? <Notice tone="warning">{t.scopeEmpty(view.scope.name)}</Notice> : null}
      <IndicatorsSection view={view} />
      {view.facilities.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <section className="card" aria-labelledby="figures-by-facility">
          <h2 id="figures-by-facility">{t.facilitiesTitle}</h2>
          <FacilityTable
            view={view}
            label={t.groupsTable}
            columns={[t.columns.births, t.columns.registry, t.columns.groups, t.columns.sessions, t.columns.attendance, t.columns.leadMothers, t.columns.staff]}
            cells={(f) => [
              f.attendsBirths ? t.yes : t.no,
              f.inRegistry ? t.yes : t.no,
              f.groupsFormed,
              f.sessionsHeld,
              f.attendancePercent === null ? '—' : `${f.attendancePercent.toLocaleString('es')} %`,
              f.leadMothersTrained,
              f.designatedStaff,
            ]}
          />
          {charted ? <BarChart label={t.chartSessions} labels={names} values={view.facilities.map((f) => f.sessionsHeld)} horizontal /> : <p className="hint">{t.chartsOmitted(view.facilities.length, CHART_MOST)}</p>}
          <FacilityTable
            view={view}
            label={t.formulaTable}
            columns={[t.columns.deliveries, t.columns.kilograms, t.columns.infants, t.columns.stock]}
            cells={(f) => [f.deliveries, kg(f.gramsDelivered).toLocaleString('es'), f.infantsServed, kg(f.stockGrams).toLocaleString('es')]}
          />
          {charted ? <BarChart label={t.chartKilograms} labels={names} values={view.facilities.map((f) => kg(f.gramsDelivered))} horizontal /> : null}
        </section>
      )}
    </>
  );
}

type Facility = ConsolidatedView['facilities'][number];

/** One row per facility, named in its header cell, then the figures `cells` gives for it. */
function FacilityTable({ view, label, columns, cells }: { view: ConsolidatedView; label: string; columns: readonly string[]; cells: (f: Facility) => readonly ReactNode[] }) {
  return (
    <table className="data-table" aria-label={label}>
      <TableHead columns={[t.columns.facility, ...columns]} />
      <tbody>
        {view.facilities.map((f) => (
          <tr key={f.siteId}>
            <th scope="row">
              {f.name} ({f.code})
            </th>
            {cells(f).map((cell, i) => (
              <td key={columns[i] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
