import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AppError } from '../app/errors';

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

const HASH = /^[0-9a-f]{64}$/;

/** An encrypted file (18.4): this marker, a 12-byte nonce, the AES-256-GCM ciphertext, its 16-byte tag. */
const SEALED = Buffer.from('LRENC1', 'latin1');
const OVERHEAD = SEALED.length + 12 + 16;

/** The attachment key, derived from the database key: one secret to keep, two uses kept apart. */
export function attachmentKeyOf(databaseKey: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'lactared-attachments-v1', 32));
}

function seal(key: Buffer, plain: Uint8Array): Buffer {
  const nonce = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([SEALED, nonce, body, cipher.getAuthTag()]);
}

function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= OVERHEAD && Buffer.from(bytes.subarray(0, SEALED.length)).equals(SEALED);
}

function unseal(key: Buffer | null, stored: Buffer): Buffer {
  if (!isSealed(stored)) return stored;
  if (!key) throw new AppError('INTERNAL', attachmentsText.errors.blobCorrupt);
  const nonce = stored.subarray(SEALED.length, SEALED.length + 12);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAuthTag(stored.subarray(stored.length - 16));
  return Buffer.concat([decipher.update(stored.subarray(SEALED.length + 12, stored.length - 16)), decipher.final()]);
}

/**
 * Content-addressed files: `<dir>/ab/abcdef…` named by their SHA-256, written once (the same content
 * twice is one file), made durable before they are referenced, and checked against their name on read.
 * In an encrypted folder each file is sealed with AES-256-GCM under a key derived from the database key;
 * the name stays the hash of the content, so the same scan twice is still one file.
 */
export class BlobStore {
  private key: Buffer | null;

  constructor(
    readonly dir: string,
    databaseKey: Buffer | null = null,
  ) {
    this.key = databaseKey ? attachmentKeyOf(databaseKey) : null;
  }

  /** From now on files are sealed (the folder was just encrypted); existing plain files are sealed in place. */
  encryptWith(databaseKey: Buffer): void {
    this.key = attachmentKeyOf(databaseKey);
    sealFolder(this.dir, this.key);
  }

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
    writeSynced(temp, this.key ? seal(this.key, bytes) : bytes);
    fs.renameSync(temp, target);
    syncDirectory(path.dirname(target));
    return hash;
  }

  /** Seals a file as it streams to disk (null in a plain folder): the header, then each chunk, then the tag. */
  sealer(): { readonly header: Buffer; update(chunk: Buffer): Buffer; final(): Buffer } | null {
    if (!this.key) return null;
    const nonce = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.key, nonce);
    return {
      header: Buffer.concat([SEALED, nonce]),
      update: (chunk) => cipher.update(chunk),
      final: () => Buffer.concat([cipher.final(), cipher.getAuthTag()]),
    };
  }

  /** A stored file as it is on disk (a backup's mirror), put back under its name if it checks out. */
  restoreStored(hash: string, stored: Buffer): void {
    const target = this.pathOf(hash);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeSynced(target, stored);
    syncDirectory(path.dirname(target));
  }

  /** The size of the content (not of the sealed file). */
  sizeOf(hash: string): number {
    const size = fs.statSync(this.pathOf(hash)).size;
    const fd = fs.openSync(this.pathOf(hash), 'r');
    try {
      const head = Buffer.alloc(SEALED.length);
      fs.readSync(fd, head, 0, head.length, 0);
      return head.equals(SEALED) ? size - OVERHEAD : size;
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The bytes, verified against their hash: a file damaged on disk is never shown as if it were fine. */
  read(hash: string): Buffer {
    let bytes: Buffer;
    try {
      bytes = unseal(this.key, fs.readFileSync(this.pathOf(hash)));
    } catch {
      throw new AppError('INTERNAL', attachmentsText.errors.blobCorrupt);
    }
    if (sha256Hex(bytes) !== hash) throw new AppError('INTERNAL', attachmentsText.errors.blobCorrupt);
    return bytes;
  }

  isIntact(hash: string): boolean {
    try {
      return sha256Hex(unseal(this.key, fs.readFileSync(this.pathOf(hash)))) === hash;
    } catch {
      return false;
    }
  }
}

function writeSynced(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Seals every plain file of a content-addressed folder in place (a temporary file, then a rename). */
export function sealFolder(dir: string, key: Buffer): void {
  if (!fs.existsSync(dir)) return;
  for (const prefix of fs.readdirSync(dir)) {
    const folder = path.join(dir, prefix);
    if (!/^[0-9a-f]{2}$/.test(prefix) || !fs.statSync(folder).isDirectory()) continue;
    for (const name of fs.readdirSync(folder)) {
      if (!HASH.test(name)) continue;
      const file = path.join(folder, name);
      const bytes = fs.readFileSync(file);
      if (isSealed(bytes)) continue;
      const temp = `${file}.${process.pid}.tmp`;
      writeSynced(temp, seal(key, bytes));
      fs.renameSync(temp, file);
    }
    syncDirectory(folder);
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
