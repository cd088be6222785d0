import type { HandlersFor } from '../ipc/handler-types';
import { listAudit } from './audit-service';
import { recordHistory } from './history-service';

export const auditHandlers: HandlersFor<'audit.list' | 'audit.recordHistory'> = {
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'audit.recordHistory': (ctx, input) => recordHistory(ctx, input.table, input.id),
};
