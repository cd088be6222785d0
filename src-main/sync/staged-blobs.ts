import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BackgroundFiles, type WrittenMark } from '../attachments/background-files';
import type { BlobStore } from '../attachments/blob-store';
import { SyncRefusal } from './refusal';

/** Beside the store, where received files wait until their bundle is verified. */
export const STAGING = '.staging';
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Staged files as they pass from a worker thread to main. */
export interface HandedOver {
  readonly folder: string | null;
  readonly staged: readonly (readonly [hash: string, file: string])[];
  readonly hashes: readonly string[];
  /** The writes of the staged files, perhaps still going on in the worker's writer thread. */
  readonly written: WrittenMark;
}

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
  /** Files moved into the store whose records are not committed yet. */
  private readonly adopted: string[] = [];
  /** Staged by another thread, whose writer may still be writing them. */
  private written: WrittenMark | null = null;
  private readonly own = new BackgroundFiles();

  /**
   * `shared`: the writer of the bundles a worker thread verifies, one after another (never closed here);
   * `prefix`: how the staging folder's name starts (a worker's own, so that main can clear what it left).
   */
  constructor(
    private readonly store: BlobStore | null,
    private readonly shared: BackgroundFiles | null = null,
    private readonly prefix = `${process.pid}-`,
  ) {}

  private get files(): BackgroundFiles {
    return this.shared ?? this.own;
  }

  /** On main, the files a worker thread staged while verifying (see `handOver`). */
  static handedOver(store: BlobStore | null, handed: HandedOver): StagedBlobs {
    const blobs = new StagedBlobs(store);
    blobs.folder = handed.folder;
    for (const [hash, file] of handed.staged) blobs.staged.set(hash, file);
    for (const hash of handed.hashes) blobs.hashes.add(hash);
    blobs.written = handed.written;
    return blobs;
  }

  /**
   * In the worker thread that verified the bundle: gives up the staged files (plain data, for main), their
   * writes perhaps still going on; from here on `discard` leaves them alone.
   */
  handOver(): HandedOver {
    const handed = { folder: this.folder, staged: [...this.staged], hashes: [...this.hashes], written: this.files.mark() };
    this.folder = null;
    this.staged.clear();
    return handed;
  }

  add(sha256: string, write: (onChunk: (chunk: Buffer) => void) => void): void {
    const hash = crypto.createHash('sha256');
    if (!this.store || this.hashes.has(sha256) || this.store.isIntact(sha256)) {
      write((chunk) => hash.update(chunk));
      if (hash.digest('hex') !== sha256) throw new SyncRefusal('CORRUPT');
    } else {
      // In an encrypted folder the file is sealed as it streams: no plain copy ever reaches the disk.
      const sealer = this.store.sealer();
      const pieces: Buffer[] = sealer ? [sealer.header] : [];
      write((chunk) => {
        hash.update(chunk);
        // The chunk's memory is the reader's, used again for the next one: kept as a copy.
        pieces.push(sealer ? sealer.update(chunk) : Buffer.from(chunk));
      });
      if (sealer) pieces.push(sealer.final());
      // Checked before anything reaches the disk: a damaged file is never written.
      if (hash.digest('hex') !== sha256) throw new SyncRefusal('CORRUPT');
      const file = path.join(this.stagingFolder(this.store), sha256);
      // Written and made durable in another thread while the bundle is verified and applied.
      this.files.write(file, concatOwned(pieces));
      this.staged.set(sha256, file);
    }
    this.hashes.add(sha256);
  }

  /**
   * Moves the verified files into the store (replacing a damaged copy there), in the other thread too:
   * `durable` waits for every file and folder before the records that name them are committed.
   */
  commit(): void {
    if (!this.store) return;
    const store = this.store;
    const files = [...this.staged].map(([hash, from]) => ({ from, to: store.pathOf(hash) }));
    // Files staged by another thread are moved once its writer has made them durable.
    this.files.move(files, this.written ?? undefined);
    this.adopted.push(...files.map((f) => f.to));
    this.staged.clear();
  }

  durable(): void {
    this.files.drain();
  }

  /** The records naming the adopted files are committed: they stay in the store. */
  kept(): void {
    this.adopted.length = 0;
  }

  /**
   * Ends the import: the staging folder goes, and so do files moved into the store for records that were
   * never committed (the disk failed, say): an import that fails leaves nothing behind.
   */
  discard(): void {
    // Files still being written are waited for before their folder goes (nothing to wait for once handed over).
    try {
      if (this.folder !== null || this.adopted.length > 0) {
        if (this.written) BackgroundFiles.waitFor(this.written);
        BackgroundFiles.waitFor(this.files.mark());
      }
    } catch {
      // The failure was reported where it happened; here only what is left is cleared.
    }
    this.own.close();
    for (const file of this.adopted) fs.rmSync(file, { force: true });
    this.adopted.length = 0;
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
    this.folder = fs.mkdtempSync(path.join(root, this.prefix));
    return this.folder;
  }
}

/** One buffer that owns its memory (never a slice of Node's shared pool), so it can move to the worker. */
function concatOwned(pieces: readonly Buffer[]): Buffer {
  const whole = Buffer.allocUnsafeSlow(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) at += piece.copy(whole, at);
  return whole;
}
