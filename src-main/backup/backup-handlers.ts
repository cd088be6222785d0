import type { HandlersFor } from '../ipc/handler-types';
import { checkUpdate, installUpdate } from '../update/update-service';
import { listBackups, manualBackup, restoreBackup, setSecondFolder } from './backup-service';

export const backupHandlers: HandlersFor<'backups.list' | 'backups.take' | 'backups.restore' | 'backups.setSecondFolder' | 'update.check' | 'update.install'> = {
  'backups.list': (ctx) => listBackups(ctx),
  'backups.take': (ctx) => manualBackup(ctx),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.id),
  'backups.setSecondFolder': (ctx, input) => setSecondFolder(ctx, input.folder),
  'update.check': (ctx, input) => checkUpdate(ctx, input.folder),
  'update.install': (ctx, input) => installUpdate(ctx, input),
};
