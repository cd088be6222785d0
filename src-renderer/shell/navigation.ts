import { appText } from '../../src-shared/app/text';
import { backupUi } from '../../src-shared/backup/text';
import { formulaUi } from '../../src-shared/formula/ui-text';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { printUi } from '../../src-shared/printing/ui-text';
import { syncUi } from '../../src-shared/sync/ui-text';
import { levelsUi } from '../../src-shared/levels/ui-text';
import type { SessionInfo } from '../../src-shared/contract/types';
import type { SiteKind } from '../../src-shared/site/countries';
import type { Permission } from '../../src-shared/users/roles';

export type PageId =
  | 'home'
  | 'formula'
  | 'batch'
  | 'lists'
  | 'coordination'
  | 'leadMothers'
  | 'groups'
  | 'monitoring'
  | 'his'
  | 'forms'
  | 'sync'
  | 'consolidated'
  | 'registry'
  | 'facilitators'
  | 'formulaProgram'
  | 'stock'
  | 'users'
  | 'audit'
  | 'settings'
  | 'backups'
  | 'myPassword';

interface NavItem {
  readonly id: PageId;
  readonly label: string;
  readonly needs?: Permission;
  /** Shown when the user has any of these. */
  readonly needsAny?: readonly Permission[];
  /** Data entry of a facility: a microrred or red registers no caregiver, stock or group (issue 15). */
  readonly facilityOnly?: boolean;
  /** Work of the regional and national levels only (issue 16): the registry and the facilitators. */
  readonly aboveRed?: boolean;
}

const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', label: appText.nav.home },
  { id: 'formula', label: formulaUi.nav, needs: 'formula.read', facilityOnly: true },
  { id: 'batch', label: formulaUi.batch.nav, needs: 'formula.write', facilityOnly: true },
  { id: 'lists', label: formulaUi.lists.nav, needs: 'formula.read' },
  { id: 'stock', label: formulaUi.stock.nav, needs: 'formula.read', facilityOnly: true },
  { id: 'coordination', label: groupsUi.coordination.nav, needs: 'groups.read' },
  { id: 'leadMothers', label: groupsUi.nav.leadMothers, needs: 'groups.read', facilityOnly: true },
  { id: 'groups', label: groupsUi.nav.groups, needs: 'groups.read', facilityOnly: true },
  { id: 'monitoring', label: groupsUi.nav.monitoring, needs: 'groups.read' },
  { id: 'his', label: groupsUi.his.nav, needs: 'groups.read' },
  { id: 'forms', label: printUi.forms.nav, needsAny: ['formula.read', 'groups.read'] },
  { id: 'sync', label: syncUi.nav, needs: 'sync.export' },
  { id: 'consolidated', label: levelsUi.consolidated.nav, needs: 'sync.import' },
  { id: 'registry', label: levelsUi.registry.nav, needs: 'sync.import', aboveRed: true },
  { id: 'facilitators', label: levelsUi.facilitators.nav, needs: 'sync.import', aboveRed: true },
  { id: 'formulaProgram', label: levelsUi.formulaProgram.nav, needs: 'sync.import', aboveRed: true },
  { id: 'users', label: appText.nav.users, needs: 'users.manage' },
  { id: 'audit', label: appText.nav.audit, needs: 'audit.read' },
  { id: 'settings', label: appText.nav.settings, needs: 'settings.manage' },
  { id: 'backups', label: backupUi.nav, needs: 'settings.manage' },
  { id: 'myPassword', label: appText.nav.myPassword },
];

/** Only what exists at this kind of site and what this user may open. */
export function navFor(session: SessionInfo, siteKind: SiteKind): readonly NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      (!item.needs || session.permissions.includes(item.needs)) &&
      (!item.needsAny || item.needsAny.some((p) => session.permissions.includes(p))) &&
      (!item.facilityOnly || siteKind === 'facility') &&
      (!item.aboveRed || siteKind === 'region' || siteKind === 'national'),
  );
}
