import { eq } from 'drizzle-orm';
import type { AppDb } from '../db/open';
import { localSettings } from '../site/site.schema';

function readSetting(db: AppDb, key: string): unknown {
  const row = db.select({ value: localSettings.value }).from(localSettings).where(eq(localSettings.key, key)).get();
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export function readStringSetting(db: AppDb, key: string): string | undefined {
  const value = readSetting(db, key);
  return typeof value === 'string' ? value : undefined;
}

export function readNumberSetting(db: AppDb, key: string): number | undefined {
  const value = readSetting(db, key);
  return typeof value === 'number' ? value : undefined;
}

export function writeSetting(db: AppDb, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(localSettings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: localSettings.key, set: { value: json } })
    .run();
}

export const SETTING_KEYS = {
  absenceThreshold: 'groups.absenceThreshold',
  siteId: 'site.id',
  lastStamp: 'hlc.last',
  idleMinutes: 'session.idleMinutes',
  scanInboxFolder: 'attachments.scanInboxFolder',
  deidentified: 'sync.deidentified',
  hivDirection: 'sync.hivDirection',
  backupSecondFolder: 'backup.secondFolder',
  updatePublisherKey: 'update.publisherKey',
  dhis2Server: 'dhis2.server',
} as const;
