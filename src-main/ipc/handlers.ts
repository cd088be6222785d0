import { attachmentsHandlers } from '../attachments/attachments-handlers';
import { auditHandlers } from '../audit/audit-handlers';
import { draftsHandlers } from '../drafts/drafts-handlers';
import { formulaHandlers } from '../formula/formula-handlers';
import { homeHandlers } from '../home/home-handlers';
import { coordinationHandlers } from '../groups/coordination-handlers';
import { groupsHandlers } from '../groups/groups-handlers';
import { levelsHandlers } from '../levels/levels-handlers';
import { dhis2Handlers } from '../dhis2/dhis2-handlers';
import { printingHandlers } from '../printing/printing-handlers';
import { recordsHandlers } from '../records/records-handlers';
import { sessionHandlers } from '../session/session-handlers';
import { settingsHandlers } from '../settings/settings-handlers';
import { setupHandlers } from '../setup/setup-handlers';
import { syncHandlers } from '../sync/sync-handlers';
import { backupHandlers } from '../backup/backup-handlers';
import { usersHandlers } from '../users/users-handlers';
import type { HandlerTable } from './handler-types';

/** Every channel of the contract, implemented by its domain. */
export const handlers: HandlerTable = {
  ...sessionHandlers,
  ...setupHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...attachmentsHandlers,
  ...formulaHandlers,
  ...draftsHandlers,
  ...homeHandlers,
  ...groupsHandlers,
  ...coordinationHandlers,
  ...printingHandlers,
  ...syncHandlers,
  ...backupHandlers,
  ...recordsHandlers,
  ...levelsHandlers,
  ...dhis2Handlers,
};
