import { PRIVACY_CATEGORIES, PRIVACY_CATEGORY_LABELS, type PrivacyCategory } from '../../src-shared/sync/privacy';
import type { SyncOverview } from '../../src-shared/sync/types';
import { syncUi as t } from '../../src-shared/sync/ui-text';

interface PrivacySectionProps {
  readonly view: SyncOverview;
  readonly canConfigure: boolean;
  readonly onDeidentified: (on: boolean) => void;
  readonly onHivDirection: (on: boolean) => void;
}

function CategoryList({ categories, label }: { categories: readonly PrivacyCategory[]; label: string }) {
  return (
    <ul aria-label={label}>
      {categories.map((c) => (
        <li key={c}>{PRIVACY_CATEGORY_LABELS[c]}</li>
      ))}
    </ul>
  );
}

/** The privacy table as it applies to this site (issue 18.1): what goes up, what stays, what arrives here. */
export function PrivacySection({ view, canConfigure, onDeidentified, onHivDirection }: PrivacySectionProps) {
  const { privacy } = view;
  const staying = privacy.parentReceives ? PRIVACY_CATEGORIES.filter((c) => !privacy.parentReceives?.includes(c)) : [];
  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t.deidentifiedTitle}</h2>
      {view.parent && privacy.parentReceives ? (
        <>
          <h3>{t.sendsTitle(view.parent.name)}</h3>
          <CategoryList categories={privacy.parentReceives} label={t.sendsTitle(view.parent.name)} />
          {staying.length > 0 ? (
            <>
              <h3>{t.staysHere}</h3>
              <CategoryList categories={staying} label={t.staysHere} />
            </>
          ) : null}
        </>
      ) : null}
      {privacy.receives ? (
        <>
          <h3>{t.receivesTitle}</h3>
          <CategoryList categories={privacy.receives} label={t.receivesTitle} />
          <p className="hint">{t.receivesNothingMore}</p>
        </>
      ) : null}
      <p className="hint">{t.hivNote}</p>
      {canConfigure && privacy.receives ? (
        <>
          <label>
            <input type="checkbox" checked={view.deidentified} onChange={(event) => onDeidentified(event.target.checked)} /> {t.deidentified}
          </label>
          <p className="hint">{t.deidentifiedHint}</p>
        </>
      ) : null}
      {canConfigure && privacy.canBeHivDirection ? (
        <>
          <label>
            <input type="checkbox" checked={privacy.hivDirection} onChange={(event) => onHivDirection(event.target.checked)} /> {t.hivDirection}
          </label>
          <p className="hint">{t.hivDirectionHint}</p>
        </>
      ) : null}
    </section>
  );
}
