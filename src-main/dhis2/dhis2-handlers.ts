import type { HandlersFor } from '../ipc/handler-types';
import { dhis2Export, dhis2Server, pushToDhis2, saveDhis2Server } from './dhis2-service';
import { exportMapping, importMapping, mappingView } from './mapping-service';

export const dhis2Handlers: HandlersFor<'dhis2.mapping' | 'dhis2.importMapping' | 'dhis2.exportMapping' | 'dhis2.export' | 'dhis2.push' | 'dhis2.server' | 'dhis2.saveServer'> = {
  'dhis2.mapping': (ctx) => mappingView(ctx),
  'dhis2.importMapping': (ctx, input) => importMapping(ctx, input),
  'dhis2.exportMapping': (ctx) => exportMapping(ctx),
  'dhis2.export': (ctx, input) => dhis2Export(ctx, input.period, input.format),
  'dhis2.push': (ctx, input) => pushToDhis2(ctx, input.period, input.dryRun),
  'dhis2.server': (ctx) => dhis2Server(ctx),
  'dhis2.saveServer': (ctx, input) => saveDhis2Server(ctx, input),
};
