import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_INPUT_BYTES, isSafeFileName } from '../../src-shared/attachments/kinds';
import { attachmentsText } from '../../src-shared/attachments/text';
import { FileTooLarge, readBounded } from '../app/bounded-read';
import type { AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { rejected } from './errors';
import { prepareAttachment, storeAttachment, type IngestOptions, type StoredAttachment } from './ingest';

const t = attachmentsText.errors;

/** Imported originals are moved here (inside the inbox, hidden), not deleted. */
export const IMPORTED_FOLDER = '.importados';

export interface InboxFile {
  readonly name: string;
  readonly size: number;
  readonly modifiedAt: number;
}

/** Files a scanner is still writing end in these, or are hidden: not offered yet. */
function isOffered(name: string): boolean {
  return !name.startsWith('.') && !/\.(tmp|part|crdownload)$|~$/i.test(name) && isSafeFileName(name);
}

export function listInbox(dir: string): InboxFile[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: InboxFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !isOffered(entry.name)) continue;
    try {
      const stat = fs.statSync(path.join(dir, entry.name));
      files.push({ name: entry.name, size: stat.size, modifiedAt: stat.mtimeMs });
    } catch {
      // Moved or deleted between the listing and now (the scanner or another user): simply not offered.
    }
  }
  return files.sort((a, b) => a.modifiedAt - b.modifiedAt);
}

/** A tray file's bytes: one larger than the limit is answered with its size, never read (issue 17.8). */
function readTrayFile(file: string, name: string, maxBytes: number): Buffer {
  try {
    return readBounded(file, maxBytes);
  } catch (error) {
    if (error instanceof FileTooLarge) throw rejected(t.tooLarge(name, toMb(error.size), toMb(maxBytes)));
    throw rejected(t.notInInbox(name));
  }
}

function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** The full path of a file directly inside the inbox; names with a path, `..` or control characters are refused. */
export function resolveInboxFile(dir: string, name: string): string {
  if (!isSafeFileName(name)) throw rejected(t.badName);
  const root = fs.realpathSync(dir);
  const candidate = path.join(root, name);
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    throw rejected(t.notInInbox(name));
  }
  if (path.dirname(real) !== root) throw rejected(t.outsideInbox);
  if (!fs.statSync(real).isFile()) throw rejected(t.notInInbox(name));
  return real;
}

/** Stores a file from the inbox; the file stays in the inbox. */
export async function ingestInboxFile(ctx: AppContext, dir: string, name: string, options: IngestOptions = {}): Promise<StoredAttachment> {
  const file = resolveInboxFile(dir, name);
  const prepared = await prepareAttachment(name, readTrayFile(file, name, options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES), options);
  return storeAttachment(ctx, prepared);
}

/**
 * Moves an imported original out of the tray. Only called with what `storeAttachment` returned: it has
 * verified the stored copy (after writing it, or when it found it already stored).
 */
function releaseInboxFile(ctx: AppContext, dir: string, name: string): void {
  const file = resolveInboxFile(dir, name);
  const imported = path.join(dir, IMPORTED_FOLDER);
  fs.mkdirSync(imported, { recursive: true });
  const stamp = new Date(ctx.now()).toISOString().replace(/[:.]/g, '-');
  fs.renameSync(file, path.join(imported, `${stamp}-${name}`));
}

/**
 * Takes a file out of the scan inbox: stored and verified first, moved out of the tray after. A crash in
 * between leaves the file in the tray; importing it again finds the stored copy and just moves it.
 */
export async function importFromInbox(ctx: AppContext, dir: string, name: string, options: IngestOptions = {}): Promise<StoredAttachment> {
  const stored = await ingestInboxFile(ctx, dir, name, options);
  releaseInboxFile(ctx, dir, name);
  recordAudit(ctx, { action: 'attachments.inboxImport', recordTable: 'attachments', recordId: stored.attachmentId, detail: name });
  return stored;
}
