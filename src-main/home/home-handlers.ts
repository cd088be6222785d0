import type { HandlersFor } from '../ipc/handler-types';
import { exportWorkList, exportWorkListXlsx, homeWork, saveWorkWindows, workList, workWindows } from './home-service';

export const homeHandlers: HandlersFor<'home.work' | 'home.list' | 'home.exportList' | 'home.exportListXlsx' | 'home.windows' | 'home.saveWindows'> = {
  'home.work': (ctx) => homeWork(ctx),
  'home.list': (ctx, input) => workList(ctx, input.key),
  'home.exportList': (ctx, input) => exportWorkList(ctx, input.key),
  'home.exportListXlsx': (ctx, input) => exportWorkListXlsx(ctx, input.key),
  'home.windows': (ctx) => workWindows(ctx),
  'home.saveWindows': (ctx, input) => saveWorkWindows(ctx, input),
};
