import type { HandlersFor } from '../ipc/handler-types';
import { listBackups, manualBackup, restoreBackup, setSecondFolder } from './backup-service';

export const backupHandlers: HandlersFor<'backups.list' | 'backups.take' | 'backups.restore' | 'backups.setSecondFolder'> = {
  'backups.list': (ctx) => listBackups(ctx),
  'backups.take': (ctx) => manualBackup(ctx),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.id),
  'backups.setSecondFolder': (ctx, input) => setSecondFolder(ctx, input.folder),
};
