import { useState } from 'react';
import { appText } from '../../src-shared/app/text';
import type { AppStatus, SessionInfo, SiteInfo } from '../../src-shared/contract/types';
import { sessionText } from '../../src-shared/session/text';
import { ROLE_LABELS } from '../../src-shared/users/text';
import { call } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useUnsavedForms } from '../forms/unsaved';
import { AuditPage } from '../audit/AuditPage';
import { PlanillaPage } from '../formula/batch/PlanillaPage';
import { FormulaPage } from '../formula/FormulaPage';
import { ListsPage } from '../formula/lists/ListsPage';
import { BackupsPage } from '../backup/BackupsPage';
import { StockPage } from '../formula/StockPage';
import { CoordinationPage } from '../groups/coordination/CoordinationPage';
import { GroupsPage } from '../groups/GroupsPage';
import { HisPage } from '../groups/HisPage';
import { LeadMothersPage } from '../groups/LeadMothersPage';
import { MonitoringPage } from '../groups/MonitoringPage';
import { FormsPage } from '../printing/FormsPage';
import { ConsolidatedPage } from '../sync/ConsolidatedPage';
import { FacilitatorsPage } from '../levels/FacilitatorsPage';
import { RegistryPage } from '../levels/RegistryPage';
import { FormulaProgramPage } from '../levels/FormulaProgramPage';
import { SyncPage } from '../sync/SyncPage';
import { HomePage } from '../home/HomePage';
import { ChangePasswordPage } from '../session/ChangePasswordPage';
import { SettingsPage } from '../settings/SettingsPage';
import { UsersPage } from '../users/UsersPage';
import { navFor, type PageId } from './navigation';
import { SiteContext } from './site-context';

interface AppShellProps {
  readonly status: AppStatus & { site: SiteInfo; session: SessionInfo };
  readonly onSessionChanged: () => void;
  readonly onLock: () => void;
}

/**
 * Every page stays mounted once opened (hidden when not shown), so moving around the menu or locking
 * the session never loses what was typed in a form.
 */
export function AppShell({ status, onSessionChanged, onLock }: AppShellProps) {
  const { site, session } = status;
  const items = navFor(session, site.kind);
  const [page, setPage] = useState<PageId>('home');
  const [opened, setOpened] = useState<ReadonlySet<PageId>>(new Set(['home']));
  const [confirmLogout, setConfirmLogout] = useState(false);
  const unsaved = useUnsavedForms();

  const open = (id: PageId) => {
    setPage(id);
    setOpened((current) => (current.has(id) ? current : new Set([...current, id])));
  };
  // A list row or a work list opens its caregiver on the Fórmula screen (at a facility, where it exists).
  const [formulaRequest, setFormulaRequest] = useState<{ readonly caregiverId: string; readonly seq: number } | null>(null);
  const canOpenCaregiver = items.some((item) => item.id === 'formula');
  const openCaregiver = canOpenCaregiver
    ? (caregiverId: string) => {
        setFormulaRequest((current) => ({ caregiverId, seq: (current?.seq ?? 0) + 1 }));
        open('formula');
      }
    : null;
  const logout = async () => {
    await call('session.logout', {});
    onSessionChanged();
  };

  const pages: Record<PageId, () => React.ReactNode> = {
    home: () => <HomePage onOpenCaregiver={openCaregiver} active={page === 'home'} site={site} session={session} items={items} onOpen={open} />,
    formula: () => <FormulaPage active={page === 'formula'} request={formulaRequest} canWrite={session.permissions.includes('formula.write')} />,
    batch: () => <PlanillaPage />,
    lists: () => <ListsPage onOpenCaregiver={openCaregiver} active={page === 'lists'} canCorrect={session.permissions.includes('records.correct')} canMerge={session.permissions.includes('users.manage')} />,
    stock: () => <StockPage active={page === 'stock'} canWrite={session.permissions.includes('formula.write')} />,
    coordination: () => <CoordinationPage active={page === 'coordination'} canWrite={session.permissions.includes('groups.write')} />,
    his: () => <HisPage active={page === 'his'} canEditCodes={session.permissions.includes('his.codes')} />,
    leadMothers: () => <LeadMothersPage active={page === 'leadMothers'} canWrite={session.permissions.includes('groups.write')} />,
    groups: () => <GroupsPage active={page === 'groups'} canWrite={session.permissions.includes('groups.write')} />,
    monitoring: () => <MonitoringPage active={page === 'monitoring'} />,
    sync: () => (
      <SyncPage active={page === 'sync'} canImport={session.permissions.includes('sync.import')} canConfigure={session.permissions.includes('settings.manage')} />
    ),
    consolidated: () => <ConsolidatedPage active={page === 'consolidated'} dhis2={site.kind === 'region' || site.kind === 'national'} canWrite={session.permissions.includes('levels.manage')} />,
    registry: () => <RegistryPage active={page === 'registry'} canImport={session.permissions.includes('levels.manage')} />,
    formulaProgram: () => <FormulaProgramPage active={page === 'formulaProgram'} canWrite={session.permissions.includes('levels.manage')} />,
    facilitators: () => <FacilitatorsPage active={page === 'facilitators'} canWrite={session.permissions.includes('levels.manage')} />,
    forms: () => <FormsPage formula={session.permissions.includes('formula.read')} groups={session.permissions.includes('groups.read')} />,
    users: () => <UsersPage currentUserId={session.userId} />,
    audit: () => <AuditPage active={page === 'audit'} />,
    settings: () => <SettingsPage site={site} onSaved={onSessionChanged} />,
    backups: () => <BackupsPage active={page === 'backups'} onRestored={onSessionChanged} />,
    myPassword: () => <ChangePasswordPage forced={false} onChanged={onSessionChanged} />,
  };

  return (
    <SiteContext.Provider value={site}>
    <div className="shell">
      <header className="topbar">
        <div className="topbar-site">
          <span className="brand">{appText.name}</span>
          <span className="site-name">{site.name}</span>
        </div>
        <div className="topbar-user">
          <span className="user-name">{appText.signedInAs(session.fullName, ROLE_LABELS[session.role])}</span>
          <button type="button" onClick={onLock}>
            {sessionText.lockNow}
          </button>
          <button type="button" onClick={() => (unsaved.length > 0 ? setConfirmLogout(true) : void logout())}>
            {sessionText.logout}
          </button>
        </div>
      </header>
      <nav className="sidebar" aria-label="Menú principal">
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={item.id === page ? 'nav-item current' : 'nav-item'}
                aria-current={item.id === page ? 'page' : undefined}
                onClick={() => open(item.id)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        {items
          .filter((item) => opened.has(item.id))
          .map((item) => (
            <div key={item.id} hidden={item.id !== page}>
              {pages[item.id]()}
            </div>
          ))}
      </main>
      {confirmLogout ? (
        <ConfirmDialog
          message={appText.unsavedLeave(unsaved.join(', '))}
          confirmLabel={sessionText.logout}
          cancelLabel={sessionText.cancel}
          danger
          onCancel={() => setConfirmLogout(false)}
          onConfirm={() => void logout()}
        />
      ) : null}
    </div>
    </SiteContext.Provider>
  );
}
