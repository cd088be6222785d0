import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BackgroundFsync } from '../attachments/background-fsync';
import type { BlobStore } from '../attachments/blob-store';
import { SyncRefusal } from './refusal';

const STAGING = '.staging';
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * The attachment files of a bundle being opened: each is hashed as it streams by and, when a store is
 * given, written to a staging folder beside the store. Only once the whole bundle has been verified are
 * they moved into the store (`commit`); a refused bundle leaves nothing (`discard`). Without a store
 * (verify, dry run, a de-identified red) they are only checked.
 */
export class StagedBlobs {
  readonly hashes = new Set<string>();
  private readonly staged = new Map<string, string>();
  private folder: string | null = null;
  private readonly fsync = new BackgroundFsync();

  constructor(private readonly store: BlobStore | null) {}

  add(sha256: string, write: (onChunk: (chunk: Buffer) => void) => void): void {
    const hash = crypto.createHash('sha256');
    if (!this.store || this.hashes.has(sha256) || this.store.isIntact(sha256)) {
      write((chunk) => hash.update(chunk));
    } else {
      const file = path.join(this.stagingFolder(this.store), sha256);
      // In an encrypted folder the file is sealed as it streams: no plain copy ever reaches the disk.
      const sealer = this.store.sealer();
      const fd = fs.openSync(file, 'w');
      try {
        if (sealer) fs.writeSync(fd, sealer.header);
        write((chunk) => {
          hash.update(chunk);
          fs.writeSync(fd, sealer ? sealer.update(chunk) : chunk);
        });
        if (sealer) fs.writeSync(fd, sealer.final());
      } finally {
        fs.closeSync(fd);
      }
      // Made durable in another thread while the bundle is verified; `commit` waits for it.
      this.fsync.file(file);
      this.staged.set(sha256, file);
    }
    if (hash.digest('hex') !== sha256) throw new SyncRefusal('CORRUPT');
    this.hashes.add(sha256);
  }

  /**
   * Moves the verified files, durable by then, into the store (replacing a damaged copy there); their
   * folders are made durable in the background: `durable` waits for that before the records that name
   * them are committed.
   */
  commit(): void {
    if (!this.store) return;
    this.fsync.drain();
    this.store.adopt(
      [...this.staged].map(([hash, file]) => ({ file, hash })),
      (folder) => this.fsync.folder(folder),
    );
    this.staged.clear();
  }

  durable(): void {
    this.fsync.drain();
  }

  discard(): void {
    this.fsync.close();
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
    this.folder = null;
    this.staged.clear();
  }

  private stagingFolder(store: BlobStore): string {
    if (this.folder) return this.folder;
    const root = path.join(store.dir, STAGING);
    fs.mkdirSync(root, { recursive: true });
    // Left by an import cut off by a crash or a power cut: never referenced, safe to remove.
    for (const old of fs.readdirSync(root)) {
      const full = path.join(root, old);
      if (Date.now() - fs.statSync(full).mtimeMs > STALE_AFTER_MS) fs.rmSync(full, { recursive: true, force: true });
    }
    this.folder = fs.mkdtempSync(path.join(root, `${process.pid}-`));
    return this.folder;
  }
}
