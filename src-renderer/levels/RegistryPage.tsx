import { useState } from 'react';
import { TableHead } from '../components/TableHead';
import { showIsoDate } from '../../src-shared/common/dates';
import { levelsUi } from '../../src-shared/levels/ui-text';
import { useApiQuery } from '../api/query';
import { FormError, Notice } from '../components/fields';
import { useCountryProfile } from '../shell/site-context';
import { DirectorySection } from './DirectorySection';
import { RegistryImport } from './RegistryImport';

const t = levelsUi.registry;

/** The official facility registry in force here, its figures by region, a search, and its import. */
export function RegistryPage({ active, canImport }: { active: boolean; canImport: boolean }) {
  const profile = useCountryProfile();
  const { data: view, error } = useApiQuery('levels.registry', active ? {} : null);
  const [query, setQuery] = useState('');
  const found = useApiQuery('levels.searchRegistry', active && view?.inForce ? { query } : null);
  return (
    <section className="page wide-page" aria-labelledby="registry-title">
      <h1 id="registry-title">{t.title}</h1>
      <p className="hint">{t.intro(profile.facilityCodeLabel)}</p>
      <FormError message={error?.message ?? null} />
      {view ? (
        <>
          {view.inForce ? (
            <Notice tone="info">
              <p>{t.inForce(view.inForce.fileName, showIsoDate(view.inForce.listDate), view.inForce.issuedBy, view.inForce.rowCount)}</p>
              <p>{t.attending(view.attendingBirths)}</p>
            </Notice>
          ) : (
            <Notice tone="warning">{t.none}</Notice>
          )}
          {view.byRegion.length > 0 ? (
            <section className="card" aria-labelledby="registry-regions">
              <h2 id="registry-regions">{t.byRegionTitle}</h2>
              <table className="data-table" aria-label={t.byRegionTitle}>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.region}</th>
                    <th scope="col">{t.columns.facilities}</th>
                    <th scope="col">{t.columns.attending}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.byRegion.map((r) => (
                    <tr key={r.region}>
                      <th scope="row">{r.region}</th>
                      <td>{r.facilities}</td>
                      <td>{r.attendingBirths}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {view.inForce ? (
            <section className="card" aria-labelledby="registry-search">
              <h2 id="registry-search">{t.searchTitle}</h2>
              <label>
                {t.search}
                <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
              </label>
              {found.data && found.data.length === 0 ? <p>{t.noMatch}</p> : null}
              {found.data && found.data.length > 0 ? (
                <table className="data-table" aria-label={t.searchTitle}>
                  <TableHead columns={Object.values(t.searchColumns)} />
                  <tbody>
                    {found.data.map((f) => (
                      <tr key={f.code}>
                        <td>{f.code}</td>
                        <th scope="row">{f.name}</th>
                        <td>{f.category}</td>
                        <td>
                          {f.network} / {f.microNetwork}
                        </td>
                        <td>
                          {f.district} / {f.province}
                        </td>
                        <td>{f.attendsBirths ? t.yes : t.no}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </section>
          ) : null}
          {view.canImport && canImport ? <RegistryImport /> : null}
          <DirectorySection active={active} canPublish={canImport} />
        </>
      ) : null}
    </section>
  );
}
