import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { BlobStore } from '../attachments/blob-store';
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from '../../src-shared/backup/rotation';
import { backupText } from '../../src-shared/backup/text';
import { writeFileDurably } from '../app/durable-file';
import { hashFile } from '../app/hash-file';
import { KEY_SLOTS_FILE } from '../crypto/key-slots';
import { DATABASE_FILE, keyPragmas } from '../db/open';
import { copyInWorker, describeInWorker } from './database-worker';

/**
 * Backups in `<dataDir>/backups/<id>/` — the database copied with `VACUUM INTO` in a worker thread, verified,
 * then described by `manifest.json`, written last: a folder without a manifest (a backup cut off by a
 * crash) never counts as good. Attachment files go to one content-addressed mirror,
 * `backups/attachments/`, shared by all backups. Optionally the same in a second folder (a USB stick).
 */
export const BACKUPS = 'backups';
const MIRROR = 'attachments';
const MANIFEST = 'manifest.json';
const COUNTED = ['caregivers', 'infants', 'prescriptions', 'deliveries', 'support_groups', 'group_sessions', 'attachments', 'users'] as const;

const manifestSchema = z.object({
  id: z.string(),
  takenAt: z.number(),
  day: z.string(),
  reason: z.enum(['startup', 'daily', 'update', 'manual', 'beforeRestore']),
  appVersion: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  counts: z.record(z.string(), z.number()),
  attachments: z.array(z.string()),
  /** How the copy was verified (issue 19): the full integrity check, or the quick one at a start-up when the full one is not due. */
  verifiedWith: z.enum(['integrity_check', 'quick_check']).default('integrity_check'),
  /** Attachment files the copy holds whose mirroring was left for after the start (`mirrorLater`). */
  pendingAttachments: z.array(z.string()).default([]),
});
export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupReason = BackupManifest['reason'];

export interface BackupOptions {
  readonly reason: BackupReason;
  readonly appVersion: string;
  readonly now: number;
  /** The local calendar day of `now`, aaaa-mm-dd (rotation keeps one per day). */
  readonly day: string;
  readonly attachmentsDir: string;
  readonly secondFolder?: string | null;
  readonly rotation?: RotationPolicy;
  /** The database key of an encrypted folder (18.4): the copy stays encrypted with it, the slots go along. */
  readonly key?: Buffer | null;
  /** `quick_check` for the start-up copy of a database whose weekly full check is not due; the full check otherwise. */
  readonly verify?: 'integrity_check' | 'quick_check';
  /**
   * `later`: the start-up copy lists only the attachment files already mirrored, and `mirrorLater`
   * copies the rest afterwards, without holding up the start (issue 19: 71 of 74 s after a large import).
   */
  readonly mirror?: 'now' | 'later';
}

export interface TakenBackup {
  readonly manifest: BackupManifest;
  /** Spanish warnings that did not stop the backup here (the second folder missing, say). */
  readonly warnings: readonly string[];
}

const sha256File = (file: string) => hashFile(file, 'sha256', 'hex');

function copyDurably(from: string, to: string): void {
  writeFileDurably(to, fs.readFileSync(from));
}

/** What a database file holds, read without changing it (in the backup worker); null when SQLite finds it damaged. */
export function describeDatabase(file: string, key: Buffer | null = null, check: 'integrity_check' | 'quick_check' = 'integrity_check'): Promise<{ counts: Record<string, number>; attachments: string[] } | null> {
  return describeInWorker(file, key ? keyPragmas(key) : [], check, COUNTED);
}

/** The good backups in `root`, newest first. */
export function backupsIn(root: string): BackupManifest[] {
  if (!fs.existsSync(root)) return [];
  const out: BackupManifest[] = [];
  for (const entry of fs.readdirSync(root)) {
    const file = path.join(root, entry, MANIFEST);
    if (!fs.existsSync(file)) continue;
    try {
      const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
      if (parsed.success && parsed.data.id === entry) out.push(parsed.data);
    } catch {
      // An unreadable manifest is not a good backup.
    }
  }
  return out.sort((a, b) => b.takenAt - a.takenAt);
}

export function backupFile(root: string, id: string): string {
  return path.join(root, id, DATABASE_FILE);
}

export function mirrorFile(root: string, hash: string): string {
  return path.join(root, MIRROR, hash.slice(0, 2), hash);
}

/** Its file of the recorded size and its attachment files are there: a cheap look, for listing. */
export function isPresent(root: string, manifest: BackupManifest): boolean {
  const file = backupFile(root, manifest.id);
  return fs.existsSync(file) && fs.statSync(file).size === manifest.bytes && manifest.attachments.every((hash) => fs.existsSync(mirrorFile(root, hash)));
}

/** Is the copy still what its manifest says (the file's hash too)? Checked before a backup is used. */
export function isIntact(root: string, manifest: BackupManifest): boolean {
  return isPresent(root, manifest) && sha256File(backupFile(root, manifest.id)) === manifest.sha256;
}

/** Brings back, from the mirror, the attachment files a backup needs that are missing or damaged here. */
export function restoreAttachmentFiles(root: string, manifest: BackupManifest, store: BlobStore): void {
  for (const hash of manifest.attachments) if (!store.isIntact(hash)) store.restoreStored(hash, fs.readFileSync(mirrorFile(root, hash)));
}

/**
 * Writes one backup of `source` into `root` (a partial folder first, the manifest last), verified. The
 * copy, its check, its hash and the mirror of its attachment files run in a worker thread (issue 19).
 */
async function backupInto(root: string, source: Database.Database | string, id: string, options: BackupOptions): Promise<BackupManifest> {
  const partial = path.join(root, `${id}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const file = path.join(partial, DATABASE_FILE);
  const key = options.key ?? null;
  const verifiedWith = options.verify ?? 'integrity_check';
  // The live database through a connection of its own (VACUUM INTO: one consistent copy of one moment,
  // WAL included, encrypted with the same key); a closed file as a file.
  const outcome = await copyInWorker({
    source: typeof source === 'string' ? source : source.name,
    sourceIsLive: typeof source !== 'string',
    target: file,
    keyPragmas: key ? keyPragmas(key) : [],
    check: verifiedWith,
    countedTables: COUNTED,
    mirror: options.mirror === 'later' ? null : { from: options.attachmentsDir, to: path.join(root, MIRROR) },
  });
  if (outcome.kind !== 'copied') {
    fs.rmSync(partial, { recursive: true, force: true });
    throw new Error(outcome.kind === 'damaged' ? backupText.verifyFailed : outcome.message);
  }
  // The slots travel with the copy: it opens on another PC with a user's password or the recovery key.
  const slots = typeof source === 'string' ? path.join(path.dirname(source), KEY_SLOTS_FILE) : path.join(path.dirname(options.attachmentsDir), KEY_SLOTS_FILE);
  if (key && fs.existsSync(slots)) copyDurably(slots, path.join(partial, KEY_SLOTS_FILE));
  const { copy } = outcome;
  const mirrored = (hash: string) => fs.existsSync(mirrorFile(root, hash));
  const manifest: BackupManifest = {
    pendingAttachments: options.mirror === 'later' ? copy.attachments.filter((hash) => !mirrored(hash)) : [],
    id,
    takenAt: options.now,
    day: options.day,
    reason: options.reason,
    appVersion: options.appVersion,
    sha256: copy.sha256,
    bytes: copy.bytes,
    counts: copy.counts,
    attachments: copy.attachments.filter(mirrored),
    verifiedWith,
  };
  writeFileDurably(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
  fs.renameSync(partial, path.join(root, id));
  return manifest;
}

/**
 * Mirrors the attachment files a start-up backup left for later, a few at a time so the app keeps
 * answering, each written durably; then the backup's manifest is rewritten to list them (it stays the
 * last thing written). A file that went missing meanwhile stays pending. Returns the files mirrored.
 */
export async function mirrorLater(dataDir: string, id: string, attachmentsDir: string): Promise<number> {
  const root = path.join(dataDir, BACKUPS);
  const manifest = backupsIn(root).find((b) => b.id === id);
  if (!manifest || manifest.pendingAttachments.length === 0) return 0;
  let copied = 0;
  const left: string[] = [];
  for (const hash of manifest.pendingAttachments) {
    const target = mirrorFile(root, hash);
    const live = path.join(attachmentsDir, hash.slice(0, 2), hash);
    if (!fs.existsSync(target) && fs.existsSync(live)) {
      copyDurably(live, target);
      copied += 1;
      // Between files, whatever the user asked meanwhile is answered.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (fs.existsSync(target)) continue;
    left.push(hash);
  }
  const done = manifest.pendingAttachments.filter((hash) => !left.includes(hash));
  // Rotation may have removed the backup meanwhile: nothing to describe then.
  if (!fs.existsSync(path.join(root, id))) return copied;
  writeFileDurably(path.join(root, id, MANIFEST), JSON.stringify({ ...manifest, attachments: [...manifest.attachments, ...done], pendingAttachments: left }, null, 2));
  return copied;
}

/** Keeps the rotation's set in `root`; removes the rest, leftovers of cut-off backups, unused mirror files. */
export function rotate(root: string, policy: RotationPolicy = DEFAULT_ROTATION): void {
  const all = backupsIn(root);
  const keep = backupsToKeep(
    all.map((b) => ({ id: b.id, day: b.day, takenAt: b.takenAt })),
    policy,
  );
  // Only backup folders rotate: a file here (the date of the last weekly full check) stays (issue 19).
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== MIRROR && !keep.has(entry.name)) fs.rmSync(path.join(root, entry.name), { recursive: true, force: true });
  }
  const used = new Set(all.filter((b) => keep.has(b.id)).flatMap((b) => [...b.attachments, ...b.pendingAttachments]));
  const mirror = path.join(root, MIRROR);
  if (!fs.existsSync(mirror)) return;
  for (const prefix of fs.readdirSync(mirror)) {
    for (const hash of fs.readdirSync(path.join(mirror, prefix))) if (!used.has(hash)) fs.rmSync(path.join(mirror, prefix, hash), { force: true });
  }
}

function backupId(now: number, reason: BackupReason): string {
  return `${new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${reason}`;
}

/**
 * One backup of the open database (or of a database file): here, verified and rotated; then copied to
 * the second folder if one is set. A second folder that is missing or fails gives a warning, never an
 * error: the local copy counts.
 */
export function takeBackup(source: Database.Database | string, dataDir: string, options: BackupOptions): Promise<TakenBackup> {
  // One at a time per folder: a backup's rotation would otherwise remove another's partial folder while
  // its worker still writes it (a manual copy asked during the day's copy).
  const root = path.join(dataDir, BACKUPS);
  const previous = backupsRunning.get(root) ?? Promise.resolve();
  const taken = previous.catch(() => undefined).then(() => takeBackupNow(source, root, options));
  const settled = taken.catch(() => undefined);
  backupsRunning.set(root, settled);
  void settled.then(() => {
    if (backupsRunning.get(root) === settled) backupsRunning.delete(root);
  });
  return taken;
}

const backupsRunning = new Map<string, Promise<unknown>>();

async function takeBackupNow(source: Database.Database | string, root: string, options: BackupOptions): Promise<TakenBackup> {
  // Two backups in the same second (a double click) get distinct names.
  const base = backupId(options.now, options.reason);
  let id = base;
  for (let n = 2; fs.existsSync(path.join(root, id)); n += 1) id = `${base}-${n}`;
  const manifest = await backupInto(root, source, id, options);
  rotate(root, options.rotation);
  const warnings: string[] = [];
  const second = options.secondFolder;
  if (second) {
    if (!fs.existsSync(second)) warnings.push(backupText.secondFolderMissing(second));
    else {
      try {
        const secondRoot = path.join(second, 'LactaRed-copias');
        const copied = await backupInto(secondRoot, backupFile(root, id), id, { ...options, attachmentsDir: path.join(root, MIRROR) });
        if (copied.sha256 !== manifest.sha256 || !isIntact(secondRoot, copied)) warnings.push(backupText.secondFolderFailed(second));
        rotate(secondRoot, options.rotation);
      } catch {
        warnings.push(backupText.secondFolderMissing(second));
      }
    }
  }
  return { manifest, warnings };
}
