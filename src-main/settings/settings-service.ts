import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_ABSENCE_THRESHOLD } from '../../src-shared/groups/group-rules';
import { DEFAULT_IDLE_MINUTES } from '../../src-shared/session/idle';
import type { Settings, SettingsUpdate } from '../../src-shared/settings/schemas';
import { settingsText } from '../../src-shared/settings/text';
import { inTransaction, type AppContext } from '../app/context';
import { fieldError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { readNumberSetting, readStringSetting, SETTING_KEYS, writeSetting } from './local-settings';

/** Read on every call by the dispatcher's idle check: just this one setting. */
export function idleMinutesOf(ctx: AppContext): number {
  return readNumberSetting(ctx.db, SETTING_KEYS.idleMinutes) ?? DEFAULT_IDLE_MINUTES;
}

/** Unjustified absences in a row that flag a group member for follow-up (GT §6.1.3 b). */
export function absenceThresholdOf(ctx: AppContext): number {
  return readNumberSetting(ctx.db, SETTING_KEYS.absenceThreshold) ?? DEFAULT_ABSENCE_THRESHOLD;
}

export function getSettings(ctx: AppContext): Settings {
  return {
    idleMinutes: idleMinutesOf(ctx),
    absenceThreshold: absenceThresholdOf(ctx),
    scanInboxFolder: readStringSetting(ctx.db, SETTING_KEYS.scanInboxFolder) ?? '',
  };
}

function checkFolder(folder: string): void {
  if (folder === '') return;
  if (!path.isAbsolute(folder)) throw fieldError('scanInboxFolder', settingsText.errors.folderNotAbsolute);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw fieldError('scanInboxFolder', settingsText.errors.folderMissing);
  }
}

export function updateSettings(ctx: AppContext, update: SettingsUpdate): Settings {
  checkFolder(update.scanInboxFolder);
  const before = getSettings(ctx);
  const input: Settings = { ...update, absenceThreshold: update.absenceThreshold ?? before.absenceThreshold };
  inTransaction(ctx, () => {
    const changes: string[] = [];
    if (before.idleMinutes !== input.idleMinutes) {
      writeSetting(ctx.db, SETTING_KEYS.idleMinutes, input.idleMinutes);
      changes.push(`bloqueo por inactividad: ${before.idleMinutes} → ${input.idleMinutes} minutos`);
    }
    if (before.absenceThreshold !== input.absenceThreshold) {
      writeSetting(ctx.db, SETTING_KEYS.absenceThreshold, input.absenceThreshold);
      changes.push(`inasistencias injustificadas para seguimiento: ${before.absenceThreshold} → ${input.absenceThreshold}`);
    }
    if (before.scanInboxFolder !== input.scanInboxFolder) {
      writeSetting(ctx.db, SETTING_KEYS.scanInboxFolder, input.scanInboxFolder);
      changes.push(`bandeja de escaneos: «${before.scanInboxFolder}» → «${input.scanInboxFolder}»`);
    }
    if (changes.length) recordAudit(ctx, { action: 'settings.update', recordTable: 'local_settings', detail: changes.join('; ') });
  });
  return getSettings(ctx);
}
