import { DEFAULT_IDLE_MINUTES } from '../../src-shared/session/idle';
import type { Settings } from '../../src-shared/settings/schemas';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { readNumberSetting, SETTING_KEYS, writeSetting } from './local-settings';

export function getSettings(ctx: AppContext): Settings {
  return { idleMinutes: readNumberSetting(ctx.db, SETTING_KEYS.idleMinutes) ?? DEFAULT_IDLE_MINUTES };
}

export function updateSettings(ctx: AppContext, input: Settings): Settings {
  const before = getSettings(ctx);
  inTransaction(ctx, () => {
    writeSetting(ctx.db, SETTING_KEYS.idleMinutes, input.idleMinutes);
    recordAudit(ctx, {
      action: 'settings.update',
      recordTable: 'local_settings',
      recordId: SETTING_KEYS.idleMinutes,
      detail: `bloqueo por inactividad: ${before.idleMinutes} → ${input.idleMinutes} minutos`,
    });
  });
  return getSettings(ctx);
}
