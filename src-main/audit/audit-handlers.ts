import type { HandlersFor } from '../ipc/handler-types';
import { listAudit } from './audit-service';

export const auditHandlers: HandlersFor<'audit.list'> = {
  'audit.list': (ctx, input) => listAudit(ctx, input),
};
