import { updateText as t } from '../../src-shared/update/text';
import type { UpdateCheck } from '../../src-shared/update/types';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { backupNow } from '../backup/backup-service';
import { isNewer, readFeed, serveFeed, verifyRelease } from './update-feed';

/** Reads and verifies the release in `folder`: what it offers, and whether it can be installed here. */
export function checkUpdate(ctx: AppContext, folder: string, platform: NodeJS.Platform = process.platform): UpdateCheck {
  const release = readFeed(folder, platform);
  verifyRelease(folder, release);
  return { version: release.version, releaseDate: release.releaseDate ?? null, newer: isNewer(release.version, ctx.appVersion), installed: ctx.appVersion, desktop: ctx.nativeUpdater !== null };
}

/**
 * Installs the release in `folder`: never with unsaved input in a form, only a newer verified version,
 * only on the desktop; a backup first (the start-up after the update restores it if migrations fail).
 */
export async function installUpdate(ctx: AppContext, input: { folder: string; unsavedForms: number }, platform: NodeJS.Platform = process.platform): Promise<{ readonly version: string }> {
  if (input.unsavedForms > 0) throw new AppError('VALIDATION', t.unsaved);
  const check = checkUpdate(ctx, input.folder, platform);
  if (!check.newer) throw new AppError('VALIDATION', t.upToDate(ctx.appVersion));
  const updater = ctx.nativeUpdater;
  if (!updater) throw new AppError('VALIDATION', t.desktopOnly);
  await backupNow(ctx, 'update');
  ctx.sqlite.transaction(() => recordAudit(ctx, { action: 'update.install', detail: `${ctx.appVersion} → ${check.version}` }))();
  const feed = await serveFeed(input.folder, platform, readFeed(input.folder, platform));
  try {
    await updater.install(feed.url, check.version);
  } finally {
    feed.close();
  }
  return { version: check.version };
}
