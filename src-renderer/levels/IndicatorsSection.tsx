import type { IndicatorResult } from '../../src-shared/levels/indicators';
import type { ConsolidatedView } from '../../src-shared/levels/types';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { DrillDownTable } from './DrillDownTable';
import { TeamTable } from './TeamTable';

const t = levelsUi.consolidated;

function Figure({ label, result }: { label: string; result: IndicatorResult }) {
  const verdict = result.meetsStandard === null ? t.noData : result.meetsStandard ? t.meets : t.fails;
  return (
    <div className={`figure ${result.meetsStandard === false ? 'figure-short' : ''}`}>
      <span className="figure-value">{t.ratio(result.numerator, result.denominator, result.percent)}</span>
      <span className="figure-label">
        {label} · <strong>{verdict}</strong>
      </span>
    </div>
  );
}

/** The guide's two indicators with their numerator, denominator, standard and shortfalls. */
export function IndicatorsSection({ view }: { view: ConsolidatedView }) {
  const { indicator1, indicator2 } = view;
  return (
    <section className="card" aria-labelledby="gt-indicators">
      <h2 id="gt-indicators">{t.indicatorsTitle}</h2>
      <div className="figures wide">
        {indicator1 ? <Figure label={t.indicator1} result={indicator1} /> : null}
        <Figure label={t.indicator2} result={indicator2} />
      </div>
      <p className="hint">{t.formedRule}</p>
      {indicator1 ? (
        <>
          <h3>{t.teamsTitle}</h3>
          <TeamTable teams={indicator1.regions} label={t.teamsTitle} />
        </>
      ) : null}
      <h3>{t.drillTitle}</h3>
      <DrillDownTable root={indicator2} />
      <details>
        <summary>
          {t.shortfallFacilities} ({indicator2.shortfalls.length})
        </summary>
        {indicator2.shortfalls.length === 0 ? (
          <p>{t.noShortfall}</p>
        ) : (
          <ul className="columns-list" aria-label={t.shortfallFacilities}>
            {indicator2.shortfalls.map((f) => (
              <li key={f.code}>
                {f.name} ({f.code}) — {f.network || '—'} / {f.microNetwork || '—'}
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
