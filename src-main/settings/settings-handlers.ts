import type { HandlersFor } from '../ipc/handler-types';
import { getSettings, updateSettings } from './settings-service';
import { registrarSeesClinical, setRegistrarSeesClinical } from '../formula/clinical';

export const settingsHandlers: HandlersFor<'settings.get' | 'settings.update' | 'settings.registrarClinical' | 'settings.setRegistrarClinical'> = {
  'settings.registrarClinical': (ctx) => registrarSeesClinical(ctx),
  'settings.setRegistrarClinical': (ctx, input) => setRegistrarSeesClinical(ctx, input.on),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
};
