import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AppError } from '../app/errors';

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

/**
 * Content-addressed files: `<dir>/ab/abcdef…` named by their SHA-256, written once (the same content
 * twice is one file), made durable before they are referenced, and checked against their name on read.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  pathOf(hash: string): string {
    if (!HASH.test(hash)) throw new Error(`Huella no válida: ${hash}`);
    return path.join(this.dir, hash.slice(0, 2), hash);
  }

  has(hash: string): boolean {
    return fs.existsSync(this.pathOf(hash));
  }

  /** Writes to a temporary file, fsyncs, renames into place, fsyncs the folder; returns the hash. */
  put(bytes: Uint8Array): string {
    const hash = sha256Hex(bytes);
    const target = this.pathOf(hash);
    if (fs.existsSync(target) && this.isIntact(hash)) return hash;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    syncDirectory(path.dirname(target));
    return hash;
  }

  /**
   * Moves files already written, fsynced and verified to be their hash (on the same disk) into place;
   * each folder is made durable once, not once per file.
   */
  adopt(files: readonly { readonly file: string; readonly hash: string }[]): void {
    const folders = new Set<string>();
    for (const { file, hash } of files) {
      const target = this.pathOf(hash);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.renameSync(file, target);
      folders.add(path.dirname(target));
    }
    for (const folder of folders) syncDirectory(folder);
  }

  /** The bytes, verified against their hash: a file damaged on disk is never shown as if it were fine. */
  read(hash: string): Buffer {
    const bytes = fs.readFileSync(this.pathOf(hash));
    if (sha256Hex(bytes) !== hash) throw new AppError('INTERNAL', attachmentsText.errors.blobCorrupt);
    return bytes;
  }

  isIntact(hash: string): boolean {
    try {
      return sha256Hex(fs.readFileSync(this.pathOf(hash))) === hash;
    } catch {
      return false;
    }
  }
}

function syncDirectory(dir: string): void {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
