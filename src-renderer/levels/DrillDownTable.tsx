import { useState } from 'react';
import { TableHead } from '../components/TableHead';
import type { AreaIndicator2 } from '../../src-shared/levels/indicators';
import { AREA_LEVEL_LABELS, levelsUi } from '../../src-shared/levels/ui-text';

const t = levelsUi.consolidated;

function rowsOf(area: AreaIndicator2, depth: number, key: string): { area: AreaIndicator2; depth: number; key: string }[] {
  return [{ area, depth, key }, ...area.children.flatMap((child) => rowsOf(child, depth + 1, `${key}/${child.name}`))];
}

/** Indicator 2 of the site's area, then each region, red and microrred below it, indented; a microrred opens to its facilities. */
export function DrillDownTable({ root }: { root: AreaIndicator2 }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => setOpen((current) => (current.has(key) ? new Set([...current].filter((k) => k !== key)) : new Set([...current, key])));
  return (
    <table className="data-table" aria-label={t.drillTitle}>
      <TableHead columns={Object.values(t.drillColumns)} />
      <tbody>
        {rowsOf(root, 0, root.name).flatMap(({ area, depth, key }) => [
          <tr key={key} className={area.meetsStandard === false ? 'row-short' : undefined}>
            <th scope="row" style={{ paddingLeft: `${String(0.5 + depth * 1.2)}rem` }}>
              {area.name || '—'}
              {area.facilities.length > 0 ? (
                <>
                  {' '}
                  <button type="button" className="link-button" aria-expanded={open.has(key)} onClick={() => toggle(key)}>
                    {open.has(key) ? t.hideFacilities : t.showFacilities(area.facilities.length)}
                  </button>
                </>
              ) : null}
            </th>
            <td>{AREA_LEVEL_LABELS[area.level]}</td>
            <td>{area.numerator}</td>
            <td>{area.denominator}</td>
            <td>{area.percent === null ? t.noData : `${area.percent.toLocaleString('es')} %`}</td>
          </tr>,
          ...(open.has(key)
            ? area.facilities.map((f) => (
                <tr key={`${key}/${f.code}`} className={f.hasGroup ? undefined : 'row-short'}>
                  <td style={{ paddingLeft: `${String(0.5 + (depth + 1) * 1.2)}rem` }}>
                    {f.name} ({f.code})
                  </td>
                  <td>{t.facilityLevel}</td>
                  <td colSpan={3}>{f.hasGroup ? t.withGroup : t.withoutGroup}</td>
                </tr>
              ))
            : []),
        ])}
      </tbody>
    </table>
  );
}
