import fs from 'node:fs';
import path from 'node:path';
import { backupText } from '../../src-shared/backup/text';
import { formatDateTime } from '../../src-shared/common/text';
import { createMain, type AppOptions, type LactaRedMain } from '../app/create-app';
import { localDayOf } from '../app/today';
import { connect, DATABASE_FILE, keyPragmas, migrationsPending } from '../db/open';
import { checkInWorker } from './database-worker';
import { BlobStore } from '../attachments/blob-store';
import { BACKUPS, backupFile, backupsIn, isIntact, mirrorLater, restoreAttachmentFiles, takeBackup, type BackupManifest } from './backup-store';

const FULL_CHECK_EVERY_MS = 7 * 24 * 60 * 60 * 1000;
const FULL_CHECK_STAMP = 'ultima-revision-completa.txt';

/** Whether the weekly full check is due at this start (issue 19: never more often). */
export function fullCheckDue(dataDir: string, now: number): boolean {
  const stamp = path.join(dataDir, BACKUPS, FULL_CHECK_STAMP);
  const lastFull = fs.existsSync(stamp) ? Number(fs.readFileSync(stamp, 'utf8')) || 0 : 0;
  return now - lastFull >= FULL_CHECK_EVERY_MS;
}

/**
 * `PRAGMA quick_check` every start, the full `integrity_check` once a week, in a worker thread (the window
 * keeps answering). Read-only: changes nothing.
 */
export async function databaseIsHealthy(dataDir: string, now: number, key: Buffer | null = null): Promise<boolean> {
  const file = path.join(dataDir, DATABASE_FILE);
  const stamp = path.join(dataDir, BACKUPS, FULL_CHECK_STAMP);
  const full = fullCheckDue(dataDir, now);
  if (!fs.existsSync(file)) return false;
  if (!(await checkInWorker(file, key ? keyPragmas(key) : [], full ? 'integrity_check' : 'quick_check'))) return false;
  if (full) {
    fs.mkdirSync(path.dirname(stamp), { recursive: true });
    fs.writeFileSync(stamp, String(now));
  }
  return true;
}

/**
 * Puts a backup back in place of the database: the current files (database, WAL, shared memory) are kept
 * aside with `suffix`, never deleted; missing attachment files come back from the mirror.
 */
export function putBackInPlace(dataDir: string, backup: BackupManifest, suffix: string, key: Buffer | null = null): string {
  const live = path.join(dataDir, DATABASE_FILE);
  const aside = `${live}.${suffix}`;
  for (const ext of ['', '-wal', '-shm']) if (fs.existsSync(`${live}${ext}`)) fs.renameSync(`${live}${ext}`, `${aside}${ext}`);
  const root = path.join(dataDir, BACKUPS);
  fs.copyFileSync(backupFile(root, backup.id), live);
  restoreAttachmentFiles(root, backup, new BlobStore(path.join(dataDir, 'attachments'), key));
  return aside;
}

export type StartupOutcome =
  /**
   * `afterStart` finishes, once the app answers, what the start-up left for later: the day's first backup
   * (copied and verified in a worker thread, never before the sign-in — 14 s at 300 facilities), or the
   * attachment mirror of the copy taken before migrations. It answers the warnings to show.
   */
  | { readonly kind: 'opened'; readonly main: LactaRedMain; readonly messages: readonly string[]; readonly afterStart: () => Promise<readonly string[]> }
  /** The database was damaged and no good backup exists: nothing was opened; the damaged file is untouched. */
  | { readonly kind: 'damaged'; readonly messages: readonly string[] };

export interface StartupOptions extends AppOptions {
  readonly secondFolder?: string | null;
  /** Whether to restore the newest good backup over a damaged database (the desktop asks the user first). */
  readonly restoreIfDamaged: boolean;
}

/**
 * How the app opens its data folder: checks the database, restores the newest good backup if it is
 * damaged (keeping the damaged file aside), backs it up before migrations, then opens it; if the
 * migrations fail, the start-up backup goes back in place and the app says so. The day's first backup is
 * left to `afterStart`.
 */
export async function openDataFolder(options: StartupOptions): Promise<StartupOutcome> {
  const now = (options.now ?? Date.now)();
  const live = path.join(options.dataDir, DATABASE_FILE);
  const messages: string[] = [];
  const root = path.join(options.dataDir, BACKUPS);
  const key = options.key ?? null;
  // Decided before the check below writes its stamp: the start-up copy gets the full check the same week the database does.
  const fullDue = fullCheckDue(options.dataDir, now);
  if (fs.existsSync(live) && !(await databaseIsHealthy(options.dataDir, now, key))) {
    messages.push(backupText.damaged);
    const good = backupsIn(root).find((b) => isIntact(root, b));
    // An encrypted copy goes back as a file: it is encrypted with the same key.
    if (!good || !options.restoreIfDamaged) {
      if (!good) messages.push(backupText.noGoodBackup);
      return { kind: 'damaged', messages };
    }
    const aside = putBackInPlace(options.dataDir, good, `danada-${now}`, key);
    messages.push(backupText.damagedKeptAside(aside), backupText.restoredFrom(formatDateTime(good.takenAt)));
  }
  const backupOptions = (mirror: 'now' | 'later') => ({
    reason: 'startup' as const,
    appVersion: options.appVersion,
    now,
    day: localDayOf(now),
    attachmentsDir: path.join(options.dataDir, 'attachments'),
    secondFolder: options.secondFolder ?? null,
    key,
    verify: fullDue ? ('integrity_check' as const) : ('quick_check' as const),
    mirror,
  });
  let startBackup: BackupManifest | null = null;
  // Only what is due (issue 19): a copy before migrations change the file, held before opening; the
  // day's first copy after the start; a second start the same day has today's copy already.
  const existed = fs.existsSync(live);
  let dayCopyDue = existed && backupsIn(root)[0]?.day !== localDayOf(now);
  if (existed) {
    // Through a connection, not a file copy: the newest commits may still be in the WAL file.
    const connection = connect(live, key, { fileMustExist: true });
    try {
      if (migrationsPending(connection, options.migrationsFolder)) {
        const taken = await takeBackup(connection, options.dataDir, backupOptions('later'));
        startBackup = taken.manifest;
        dayCopyDue = false;
        messages.push(...taken.warnings);
      }
    } finally {
      connection.close();
    }
  }
  try {
    const main = createMain(options);
    const backupId = startBackup?.id ?? null;
    const afterStart = async (): Promise<readonly string[]> => {
      if (backupId) {
        await mirrorLater(options.dataDir, backupId, path.join(options.dataDir, 'attachments'));
        return [];
      }
      // Another copy may have been taken today meanwhile (an older folder encrypted in place, by hand).
      if (!dayCopyDue || backupsIn(root)[0]?.day === localDayOf(now)) return [];
      dayCopyDue = false;
      // With the key of the moment: an older folder may have been encrypted in place since it opened.
      return (await takeBackup(main.ctx.sqlite, options.dataDir, { ...backupOptions('now'), key: main.ctx.databaseKey })).warnings;
    };
    return { kind: 'opened', main, messages, afterStart };
  } catch (error) {
    if (!startBackup) throw error;
    putBackInPlace(options.dataDir, startBackup, `migracion-fallida-${now}`, key);
    throw new Error(backupText.migrationFailed(formatDateTime(startBackup.takenAt)), { cause: error });
  }
}
