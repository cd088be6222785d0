import { useEffect, useState, type ReactNode } from 'react';
import type { ConsolidatedView } from '../../src-shared/sync/types';
import { syncUi } from '../../src-shared/sync/ui-text';
import { call } from '../api/client';
import { FormError } from '../components/fields';
import { BarChart } from '../groups/BarChart';
import { currentPeriod, PeriodForm, type PeriodQuery } from '../components/PeriodForm';
import { DataQualitySection } from './DataQualitySection';

const t = syncUi.consolidated;
const kg = (grams: number) => Math.round(grams / 100) / 10;

/** Microrred and red: the guide's two indicators and each facility's figures, as tables and charts. */
export function ConsolidatedPage({ active }: { active: boolean }) {
  const [query, setQuery] = useState<PeriodQuery>(currentPeriod());
  const [view, setView] = useState<ConsolidatedView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    void call('sync.consolidated', query).then((result) => {
      if (result.ok) {
        setView(result.value);
        setError(null);
      } else setError(result.error.message);
    });
  }, [active, query]);
  const i = view?.indicators;
  const names = view?.facilities.map((f) => f.name) ?? [];
  return (
    <section className="page wide-page" aria-labelledby="consolidated-title">
      <h1 id="consolidated-title">{t.title}</h1>
      <PeriodForm label={t.period} submitLabel={t.show} onSubmit={setQuery} />
      <DataQualitySection active={active} />
      <FormError message={error} />
      {view && i ? (
        view.facilities.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <>
            <section className="card" aria-labelledby="gt-indicators">
              <h2 id="gt-indicators">{t.indicatorsTitle}</h2>
              <div className="figures wide">
                <div className="figure">
                  <span className="figure-value">{t.ratio(i.facilitiesWithGroup.count, i.facilitiesWithGroup.of, i.facilitiesWithGroup.percent)}</span>
                  <span className="figure-label">
                    {t.facilitiesWithGroup} · {i.facilitiesWithGroup.meetsStandard === null ? '' : i.facilitiesWithGroup.meetsStandard ? t.meets : t.fails}
                  </span>
                </div>
                <div className="figure">
                  <span className="figure-value">{t.ratio(i.regionsWithTeam.count, i.regionsWithTeam.of, i.regionsWithTeam.percent)}</span>
                  <span className="figure-label">
                    {t.regionsWithTeam} · {i.regionsWithTeam.meetsStandard === null ? '' : i.regionsWithTeam.meetsStandard ? t.meets : t.fails}
                  </span>
                </div>
              </div>
            </section>
            <section className="card" aria-labelledby="groups-by-facility">
              <h2 id="groups-by-facility">{t.groupsTitle}</h2>
              <FacilityTable
                label={t.groupsTitle}
                facilities={view.facilities}
                columns={[t.columns.region, t.columns.births, t.columns.groups, t.columns.sessions, t.columns.facilitators]}
                cells={(f) => [f.region, f.attendsBirths ? t.yes : t.no, f.groupsWithSessions, f.sessionsHeld, f.facilitators]}
              />
              <BarChart label={t.chartSessions} labels={names} values={view.facilities.map((f) => f.sessionsHeld)} horizontal />
            </section>
            <section className="card" aria-labelledby="formula-by-facility">
              <h2 id="formula-by-facility">{t.formulaTitle}</h2>
              <FacilityTable
                label={t.formulaTitle}
                facilities={view.facilities}
                columns={[t.columns.deliveries, t.columns.kilograms, t.columns.infants, t.columns.stock]}
                cells={(f) => [f.deliveries, kg(f.gramsDelivered).toLocaleString('es'), f.infantsServed, kg(f.stockGrams).toLocaleString('es')]}
              />
              <BarChart label={t.chartKilograms} labels={names} values={view.facilities.map((f) => kg(f.gramsDelivered))} horizontal />
            </section>
          </>
        )
      ) : null}
    </section>
  );
}

type Facility = ConsolidatedView['facilities'][number];

/** One row per facility, named in its header cell, then the figures `cells` gives for it. */
function FacilityTable({ label, facilities, columns, cells }: { label: string; facilities: readonly Facility[]; columns: readonly string[]; cells: (f: Facility) => readonly ReactNode[] }) {
  return (
    <table className="data-table" aria-label={label}>
      <thead>
        <tr>
          {[t.columns.facility, ...columns].map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {facilities.map((f) => (
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
