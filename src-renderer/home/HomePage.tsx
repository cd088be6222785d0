import { appText } from '../../src-shared/app/text';
import type { SessionInfo, SiteInfo } from '../../src-shared/contract/types';
import { COUNTRY_PROFILES, siteCodeLabel, siteKindLabel } from '../../src-shared/site/countries';
import { ROLE_LABELS } from '../../src-shared/users/text';
import type { PageId } from '../shell/navigation';
import { WorkToday } from './WorkToday';

const t = appText.home;

interface HomePageProps {
  readonly site: SiteInfo;
  readonly session: SessionInfo;
  readonly items: readonly { id: PageId; label: string }[];
  readonly onOpen: (id: PageId) => void;
  readonly active: boolean;
  readonly onOpenCaregiver: ((caregiverId: string) => void) | null;
}

export function HomePage({ site, session, items, onOpen, active, onOpenCaregiver }: HomePageProps) {
  const profile = COUNTRY_PROFILES[site.country];
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t.welcome(session.fullName)}</h1>
      <p className="lead">{t.offline}</p>
      <WorkToday onOpenCaregiver={onOpenCaregiver} active={active} canSetWindows={session.permissions.includes('settings.manage')} />
      <div className="card">
        <h2>{t.siteTitle}</h2>
        <dl className="summary">
          <dt>{t.kind}</dt>
          <dd>{siteKindLabel(site.country, site.kind)}</dd>
          <dt>{t.name}</dt>
          <dd>{site.name}</dd>
          {site.code ? (
            <>
              <dt>{siteCodeLabel(site.country, site.kind)}</dt>
              <dd>{site.code}</dd>
            </>
          ) : null}
          {site.region ? (
            <>
              <dt>{profile.regionLabel}</dt>
              <dd>{site.region}</dd>
            </>
          ) : null}
          {site.network ? (
            <>
              <dt>{profile.networkLabel}</dt>
              <dd>{site.network}</dd>
            </>
          ) : null}
          {site.microNetwork ? (
            <>
              <dt>{profile.microNetworkLabel}</dt>
              <dd>{site.microNetwork}</dd>
            </>
          ) : null}
          {site.kind === 'facility' ? (
            <>
              <dt>{t.attendsBirths}</dt>
              <dd>{site.attendsBirths ? t.yes : t.no}</dd>
            </>
          ) : null}
          <dt>{t.yourRole}</dt>
          <dd>{ROLE_LABELS[session.role]}</dd>
        </dl>
      </div>
      <div className="card">
        <h2>{t.whatYouCanDo}</h2>
        <ul className="link-list">
          {items
            .filter((item) => item.id !== 'home')
            .map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                  {item.label}
                </button>
              </li>
            ))}
        </ul>
      </div>
    </section>
  );
}
