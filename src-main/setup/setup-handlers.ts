import type { HandlersFor } from '../ipc/handler-types';
import { completeSetup } from './setup-service';

export const setupHandlers: HandlersFor<'setup.complete'> = {
  'setup.complete': (ctx, input) => completeSetup(ctx, input),
};
