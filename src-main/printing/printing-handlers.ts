import type { HandlersFor } from '../ipc/handler-types';
import { printAnexo2 } from './print-service';

export const printingHandlers: HandlersFor<'print.anexo2'> = {
  'print.anexo2': (ctx, input) => printAnexo2(ctx, input.groupId, input.sessionId),
};
