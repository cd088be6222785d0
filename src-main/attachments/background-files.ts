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
const [DONE, FAILED, KB_DONE] = [0, 1, 2];
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
async function moveAll(files) {
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
      // After a failure nothing more is written: the bundle is refused anyway.
      if (Atomics.load(state, FAILED) === 0) await (batch.length > 0 ? writeDurably(batch) : moveAll(work[0].files));
    } catch {
      Atomics.store(state, FAILED, 1);
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

const [DONE, FAILED, KB_DONE] = [0, 1, 2];
/** However slow the disk, a wait this long without one piece of work finishing means the worker is gone. */
const STALLED_MS = 120_000;
/** Scans handed over and not yet written are held in memory: main waits beyond this much. */
const DEFAULT_HELD_KB = 32 * 1024;

/**
 * Files written durably (fsync) and moved into place in a worker thread, in the order handed over.
 * `drain` waits (blocking; usually they are done by then) until everything handed over is done, and
 * throws if anything failed. Started at the first piece of work; `close` ends it.
 */
export class BackgroundFiles {
  private worker: Worker | null = null;
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private handed = 0;
  private kbHanded = 0;

  constructor(private readonly heldKb = DEFAULT_HELD_KB) {}

  /** `bytes` is handed over (its memory moves to the worker): the caller must not use it again. */
  write(path: string, bytes: Buffer): void {
    const kb = Math.ceil(bytes.byteLength / 1024);
    this.waitUntil(() => this.kbHanded - Atomics.load(this.state, KB_DONE) + kb <= this.heldKb || Atomics.load(this.state, DONE) === this.handed);
    this.kbHanded += kb;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    this.hand({ op: 'write', path, bytes: own, kb }, [own as ArrayBuffer]);
  }

  /** Renames each file to its place (making a missing folder), then makes those folders durable. */
  move(files: readonly { readonly from: string; readonly to: string }[]): void {
    if (files.length > 0) this.hand({ op: 'move', files });
  }

  drain(): void {
    this.waitUntil(() => Atomics.load(this.state, DONE) === this.handed);
    if (Atomics.load(this.state, FAILED) !== 0) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private waitUntil(ready: () => boolean): void {
    let waited = 0;
    while (!ready()) {
      if (Atomics.wait(this.state, DONE, Atomics.load(this.state, DONE), 1000) === 'timed-out') waited += 1000;
      else waited = 0;
      if (waited >= STALLED_MS) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
    }
  }

  private hand(work: object, transfer: ArrayBuffer[] = []): void {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { state: this.state.buffer } });
    // The worker must not keep the process alive once the work is handed over and drained.
    this.worker.unref();
    this.handed += 1;
    this.worker.postMessage(work, transfer);
  }
}
