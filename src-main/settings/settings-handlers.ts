import type { HandlersFor } from '../ipc/handler-types';
import { getSettings, updateSettings } from './settings-service';

export const settingsHandlers: HandlersFor<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
};
