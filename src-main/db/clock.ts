import { formatHlc, nextLocalStamp, parseHlc } from '../../src-shared/sync/hlc';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import type { AppDb } from './open';

/**
 * Issues the clock stamp for a local change and persists it, so that stamps keep increasing across
 * restarts even when the PC's clock is set back. Call inside the write transaction.
 */
export function issueStamp(db: AppDb, siteId: string, nowMs: number): string {
  const lastText = readStringSetting(db, SETTING_KEYS.lastStamp);
  const stamp = formatHlc(nextLocalStamp(lastText ? parseHlc(lastText) : null, nowMs, siteId));
  writeSetting(db, SETTING_KEYS.lastStamp, stamp);
  return stamp;
}
