import type { AreaIndicator2 } from '../../src-shared/levels/indicators';
import { AREA_LEVEL_LABELS, levelsUi } from '../../src-shared/levels/ui-text';

const t = levelsUi.consolidated;

function rowsOf(area: AreaIndicator2, depth: number): { area: AreaIndicator2; depth: number; key: string }[] {
  return [{ area, depth, key: `${area.level}:${area.name}:${String(depth)}` }, ...area.children.flatMap((child) => rowsOf(child, depth + 1).map((r) => ({ ...r, key: `${area.name}/${r.key}` })))];
}

/** Indicator 2 of the site's area, then each region, red and microrred below it, indented. */
export function DrillDownTable({ root }: { root: AreaIndicator2 }) {
  return (
    <table className="data-table" aria-label={t.drillTitle}>
      <thead>
        <tr>
          {Object.values(t.drillColumns).map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowsOf(root, 0).map(({ area, depth, key }) => (
          <tr key={key} className={area.meetsStandard === false ? 'row-short' : undefined}>
            <th scope="row" style={{ paddingLeft: `${String(0.5 + depth * 1.2)}rem` }}>
              {area.name || '—'}
            </th>
            <td>{AREA_LEVEL_LABELS[area.level]}</td>
            <td>{area.numerator}</td>
            <td>{area.denominator}</td>
            <td>{area.percent === null ? t.noData : `${area.percent.toLocaleString('es')} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
