import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backupUi } from '../../src-shared/backup/text';
import type { BackupsView } from '../../src-shared/backup/types';
import { formatDateTime } from '../../src-shared/common/text';
import type { AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { DATABASE_FILE } from '../db/open';
import { restoreEncryptedBackup } from './keyed-restore';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { BACKUPS, backupFile, backupsIn, isIntact, isPresent, restoreAttachmentFiles, takeBackup, type BackupReason, type TakenBackup } from './backup-store';

function root(ctx: AppContext): string {
  return path.join(ctx.dataDir, BACKUPS);
}

export function listBackups(ctx: AppContext): BackupsView {
  const r = root(ctx);
  return {
    backups: backupsIn(r).map((b) => ({ id: b.id, takenAt: b.takenAt, reason: b.reason, appVersion: b.appVersion, bytes: b.bytes, counts: b.counts, intact: isPresent(r, b) })),
    secondFolder: readStringSetting(ctx.db, SETTING_KEYS.backupSecondFolder) ?? null,
  };
}

/**
 * A verified backup of the live database now, to this PC and to the second folder: the one given, or the
 * one the admin set.
 */
export async function backupNow(ctx: AppContext, reason: BackupReason, secondFolder?: string): Promise<TakenBackup> {
  const now = ctx.now();
  return takeBackup(ctx.sqlite, ctx.dataDir, {
    reason,
    appVersion: ctx.appVersion,
    now,
    day: todayIso(ctx),
    attachmentsDir: ctx.blobs.dir,
    secondFolder: secondFolder ?? readStringSetting(ctx.db, SETTING_KEYS.backupSecondFolder) ?? null,
    key: ctx.databaseKey,
  });
}

export function setSecondFolder(ctx: AppContext, folder: string): BackupsView {
  const trimmed = folder.trim();
  if (trimmed) {
    try {
      fs.accessSync(trimmed, fs.constants.W_OK);
      if (!fs.statSync(trimmed).isDirectory()) throw new Error('no es carpeta');
    } catch {
      throw fieldError('folder', backupUi.secondMissing);
    }
  }
  ctx.sqlite.transaction(() => {
    writeSetting(ctx.db, SETTING_KEYS.backupSecondFolder, trimmed ? path.resolve(trimmed) : null);
    recordAudit(ctx, { action: 'backup.secondFolder', detail: trimmed || '—' });
  })();
  return listBackups(ctx);
}

/**
 * Restores a backup into the open database with SQLite's backup API (so no restart is needed), after a
 * backup of the current state; brings back attachment files the backup needs; applies migrations when
 * the backup is older; signs everybody out, since users and passwords are those of the backup.
 */
export async function restoreBackup(ctx: AppContext, id: string): Promise<{ readonly takenAt: number }> {
  const r = root(ctx);
  const chosen = backupsIn(r).find((b) => b.id === id);
  if (!chosen) throw new AppError('NOT_FOUND', backupUi.none);
  if (!isIntact(r, chosen)) throw new AppError('VALIDATION', backupUi.damaged);
  await backupNow(ctx, 'beforeRestore');
  if (ctx.databaseKey) restoreEncryptedBackup(ctx.sqlite, backupFile(r, chosen.id), `"x'${ctx.databaseKey.toString('hex')}'"`);
  else {
    const source = new Database(backupFile(r, chosen.id), { readonly: true, fileMustExist: true });
    try {
      await source.backup(path.join(ctx.dataDir, DATABASE_FILE));
    } finally {
      source.close();
    }
  }
  restoreAttachmentFiles(r, chosen, ctx.blobs);
  migrate(ctx.db, { migrationsFolder: ctx.migrationsFolder });
  ctx.sqlite.transaction(() => recordAudit(ctx, { action: 'backup.restore', detail: `${formatDateTime(chosen.takenAt)} (${chosen.id})` }))();
  ctx.session.current = null;
  return { takenAt: chosen.takenAt };
}

/** The daily backup, when the newest backup here is from another day; null when today's exists. */
export async function dailyBackupIfDue(ctx: AppContext): Promise<TakenBackup | null> {
  const newest = backupsIn(root(ctx))[0];
  if (newest && newest.day === todayIso(ctx)) return null;
  return backupNow(ctx, 'daily');
}

/** While the app is open: checks every hour whether the day's backup is due. */
export function startDailyBackups(ctx: AppContext, onWarning: (message: string) => void): () => void {
  const timer = setInterval(() => {
    dailyBackupIfDue(ctx).then(
      (taken) => taken?.warnings.forEach(onWarning),
      (error: unknown) => onWarning(error instanceof Error ? error.message : String(error)),
    );
  }, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** The admin's "Hacer una copia ahora": audited, and what the list shows afterwards. */
export async function manualBackup(ctx: AppContext): Promise<BackupsView & { readonly warnings: readonly string[] }> {
  const taken = await backupNow(ctx, 'manual');
  ctx.sqlite.transaction(() => recordAudit(ctx, { action: 'backup.take', detail: taken.manifest.id }))();
  return { ...listBackups(ctx), warnings: taken.warnings };
}
