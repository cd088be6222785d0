import type { HandlersFor } from '../ipc/handler-types';
import { printAnexo2, printWeeklySheet } from './print-service';

export const printingHandlers: HandlersFor<'print.anexo2' | 'print.weeklySheet'> = {
  'print.anexo2': (ctx, input) => printAnexo2(ctx, input.groupId, input.sessionId),
  'print.weeklySheet': (ctx, input) => printWeeklySheet(ctx, input.weekStart || null),
};
