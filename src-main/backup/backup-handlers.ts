import type { HandlersFor } from '../ipc/handler-types';
import { publisherKeyInfo, setPublisherKey } from '../update/publisher-key';
import { checkUpdate, installUpdate } from '../update/update-service';
import { listBackups, manualBackup, restoreBackup, setSecondFolder } from './backup-service';

export const backupHandlers: HandlersFor<
  'backups.list' | 'backups.take' | 'backups.restore' | 'backups.setSecondFolder' | 'update.check' | 'update.install' | 'update.publisherKey' | 'update.setPublisherKey'
> = {
  'backups.list': (ctx) => listBackups(ctx),
  'backups.take': (ctx) => manualBackup(ctx),
  'backups.restore': (ctx, input) => restoreBackup(ctx, input.id),
  'backups.setSecondFolder': (ctx, input) => setSecondFolder(ctx, input.folder),
  'update.check': (ctx, input) => checkUpdate(ctx, input.folder),
  'update.install': (ctx, input) => installUpdate(ctx, input),
  'update.publisherKey': (ctx) => publisherKeyInfo(ctx),
  'update.setPublisherKey': (ctx, input) => setPublisherKey(ctx, input.key),
};
