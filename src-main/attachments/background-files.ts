import { Worker } from 'node:worker_threads';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AppError } from '../app/errors';

// A worker thread that writes received scans durably and moves them into the store while main goes on
// verifying and applying the bundle (issue 19): creating a file waits on the disk's journal, and with one
// fsync per file that waiting was most of an import's time on main. Plain script: no bundling needed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const state = new Int32Array(workerData.state);
const [DONE, FAILED_AT, KB_DONE, ABANDONED] = [0, 1, 2, 3];
const BATCH = 64;
const queue = [];
let running = false;
function fsync(fd) {
  return new Promise((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve())));
}
// Files waiting are written, then made durable together: the disk's journal commits them at once.
async function writeDurably(batch) {
  const fds = [];
  try {
    for (const work of batch) {
      const fd = fs.openSync(work.path, 'w');
      fds.push(fd);
      fs.writeSync(fd, new Uint8Array(work.bytes));
    }
    await Promise.all(fds.map(fsync));
  } finally {
    for (const fd of fds) fs.closeSync(fd);
  }
}
function syncFolder(folder) {
  if (process.platform === 'win32') return Promise.resolve();
  const fd = fs.openSync(folder, 'r');
  return fsync(fd).finally(() => fs.closeSync(fd));
}
function moveInto(from, to) {
  try { fs.renameSync(from, to); } catch (error) {
    if (error.code !== 'ENOENT' || !fs.existsSync(from)) throw error;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
  }
}
// Files another thread's writer was writing: moved only once they are all durable, and not at all if one failed.
function waitForWriter(after) {
  const other = new Int32Array(after.state);
  for (let done = Atomics.load(other, DONE); done < after.upTo; done = Atomics.load(other, DONE)) {
    if (Atomics.load(other, ABANDONED) !== 0) throw new Error('writer gone');
    Atomics.wait(other, DONE, done, 1000);
  }
  const failedAt = Atomics.load(other, FAILED_AT);
  if (failedAt !== 0 && failedAt <= after.upTo) throw new Error('not durable');
}
async function moveAll(files, after) {
  if (after) waitForWriter(after);
  const folders = new Set();
  for (const { from, to } of files) { moveInto(from, to); folders.add(path.dirname(to)); }
  await Promise.all([...folders].map(syncFolder));
}
async function run() {
  running = true;
  while (queue.length > 0) {
    const batch = [];
    while (batch.length < BATCH && queue.length > 0 && queue[0].op === 'write') batch.push(queue.shift());
    const work = batch.length > 0 ? batch : [queue.shift()];
    try {
      await (batch.length > 0 ? writeDurably(batch) : moveAll(work[0].files, work[0].after));
    } catch {
      // The first piece of work that failed: marks up to here report it, earlier ones do not.
      Atomics.compareExchange(state, FAILED_AT, 0, work[0].seq);
    }
    for (const done of work) if (done.op === 'write') Atomics.add(state, KB_DONE, done.kb);
    Atomics.add(state, DONE, work.length);
    Atomics.notify(state, DONE);
  }
  running = false;
}
parentPort.on('message', (work) => {
  queue.push(work);
  if (!running) void run();
});
`;

const [DONE, FAILED_AT, KB_DONE, ABANDONED] = [0, 1, 2, 3];
/** However slow the disk, a wait this long without one piece of work finishing means the worker is gone. */
const STALLED_MS = 120_000;
/** Scans handed over and not yet written are held in memory: the caller waits beyond this much. */
const DEFAULT_HELD_KB = 32 * 1024;

/** Everything handed to a `BackgroundFiles` up to a point: another thread can wait for it (plain data). */
export interface WrittenMark {
  readonly state: SharedArrayBuffer;
  readonly upTo: number;
}

/**
 * Files written durably (fsync) and moved into place in a worker thread, in the order handed over.
 * `drain` waits (blocking; usually they are done by then) until everything handed over is done, and
 * throws if anything failed. Started at the first piece of work; `close` ends it.
 */
export class BackgroundFiles {
  private worker: Worker | null = null;
  private readonly state = new Int32Array(new SharedArrayBuffer(16));
  private handed = 0;
  private kbHanded = 0;

  constructor(private readonly heldKb = DEFAULT_HELD_KB) {}

  /** Waits until everything up to `mark` is done, and throws if any of it failed. */
  static waitFor(mark: WrittenMark): void {
    const state = new Int32Array(mark.state);
    waitUntil(state, () => Atomics.load(state, DONE) >= mark.upTo);
    const failedAt = Atomics.load(state, FAILED_AT);
    if (failedAt !== 0 && failedAt <= mark.upTo) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
  }

  /**
   * The thread writing up to `mark` ended before finishing (it died with the worker that owned it): whoever
   * waits for the writes still missing stops waiting and fails, at once.
   */
  static abandon(mark: WrittenMark): void {
    const state = new Int32Array(mark.state);
    Atomics.store(state, ABANDONED, 1);
    Atomics.notify(state, DONE);
  }

  /** `bytes` is handed over (its memory moves to the worker): the caller must not use it again. */
  write(path: string, bytes: Buffer): void {
    const kb = Math.ceil(bytes.byteLength / 1024);
    waitUntil(this.state, () => this.kbHanded - Atomics.load(this.state, KB_DONE) + kb <= this.heldKb || Atomics.load(this.state, DONE) === this.handed);
    this.kbHanded += kb;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    this.hand({ op: 'write', path, bytes: own, kb }, [own as ArrayBuffer]);
  }

  /**
   * Renames each file to its place (making a missing folder), then makes those folders durable; with
   * `after`, only once another thread's writes up to that mark are durable (a failure there fails this).
   */
  move(files: readonly { readonly from: string; readonly to: string }[], after?: WrittenMark): void {
    if (files.length > 0) this.hand({ op: 'move', files, after });
  }

  /** Everything handed over so far. */
  mark(): WrittenMark {
    return { state: this.state.buffer, upTo: this.handed };
  }

  drain(): void {
    BackgroundFiles.waitFor(this.mark());
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private hand(work: object, transfer: ArrayBuffer[] = []): void {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { state: this.state.buffer } });
    // The worker must not keep the process alive once the work is handed over and drained.
    this.worker.unref();
    this.handed += 1;
    this.worker.postMessage({ ...work, seq: this.handed }, transfer);
  }
}

function waitUntil(state: Int32Array, ready: () => boolean): void {
  let waited = 0;
  while (!ready()) {
    if (Atomics.load(state, ABANDONED) !== 0) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
    if (Atomics.wait(state, DONE, Atomics.load(state, DONE), 1000) === 'timed-out') waited += 1000;
    else waited = 0;
    if (waited >= STALLED_MS) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
  }
}
