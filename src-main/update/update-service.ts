import fs from 'node:fs';
import path from 'node:path';
import { updateText as t } from '../../src-shared/update/text';
import type { UpdateCheck } from '../../src-shared/update/types';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { backupNow } from '../backup/backup-service';
import { trustedPublisherKey } from './publisher-key';
import { downloadRelease, isNewer, readFeed, serveFeed, verifyRelease, type LatestRelease } from './update-feed';

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** A folder to read the release from: the one given, or a fresh download from an update server. */
async function releaseFolder(ctx: AppContext, source: string, platform: NodeJS.Platform): Promise<string> {
  if (!isUrl(source)) return source;
  const into = fs.mkdtempSync(path.join(ctx.dataDir, 'actualizacion-'));
  try {
    return await downloadRelease(source, platform, into, trustedPublisherKey(ctx));
  } catch (error) {
    fs.rmSync(into, { recursive: true, force: true });
    throw error;
  }
}

/** Reads and verifies the release in `source` (folder or server): what it offers, whether it installs here. */
export async function checkUpdate(ctx: AppContext, source: string, platform: NodeJS.Platform = process.platform): Promise<UpdateCheck> {
  const folder = await releaseFolder(ctx, source, platform);
  try {
    return verifiedRelease(ctx, folder, platform).check;
  } finally {
    if (folder !== source) fs.rmSync(folder, { recursive: true, force: true });
  }
}

function verifiedRelease(ctx: AppContext, folder: string, platform: NodeJS.Platform): { check: UpdateCheck; release: LatestRelease } {
  const release = readFeed(folder, platform, trustedPublisherKey(ctx));
  verifyRelease(folder, release);
  const check = { version: release.version, releaseDate: release.releaseDate ?? null, newer: isNewer(release.version, ctx.appVersion), installed: ctx.appVersion, desktop: ctx.nativeUpdater !== null };
  return { check, release };
}

/**
 * Installs the release in `folder`: never with unsaved input in a form, only a newer verified version,
 * only on the desktop; a backup first (the start-up after the update restores it if migrations fail).
 */
export async function installUpdate(ctx: AppContext, input: { folder: string; unsavedForms: number }, platform: NodeJS.Platform = process.platform): Promise<{ readonly version: string }> {
  if (input.unsavedForms > 0) throw new AppError('VALIDATION', t.unsaved);
  const updater = ctx.nativeUpdater;
  if (!updater) throw new AppError('VALIDATION', t.desktopOnly);
  const folder = await releaseFolder(ctx, input.folder, platform);
  try {
    const { check, release } = verifiedRelease(ctx, folder, platform);
    if (!check.newer) throw new AppError('VALIDATION', t.upToDate(ctx.appVersion));
    await backupNow(ctx, 'update');
    ctx.sqlite.transaction(() => recordAudit(ctx, { action: 'update.install', detail: `${ctx.appVersion} → ${check.version}` }))();
    // electron-updater reads the verified copy through 127.0.0.1 and checks the SHA-512 again.
    const feed = await serveFeed(folder, platform, release);
    try {
      await updater.install(feed.url, check.version);
    } finally {
      feed.close();
    }
    return { version: check.version };
  } finally {
    if (folder !== input.folder) fs.rmSync(folder, { recursive: true, force: true });
  }
}
