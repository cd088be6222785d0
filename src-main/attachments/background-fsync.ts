import { Worker } from 'node:worker_threads';
import { attachmentsText } from '../../src-shared/attachments/text';
import { AppError } from '../app/errors';

// A worker thread that makes files and folders durable (fsync) while main goes on verifying and applying
// a bundle (issue 19: the scans' fsyncs were a quarter of an import). Plain script: no bundling needed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const state = new Int32Array(workerData.state);
parentPort.on('message', ({ path, folder }) => {
  try {
    if (!(folder && process.platform === 'win32')) {
      const fd = fs.openSync(path, folder ? 'r' : 'r+');
      try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
    }
  } catch {
    Atomics.store(state, 1, 1);
  } finally {
    Atomics.add(state, 0, 1);
    Atomics.notify(state, 0);
  }
});
`;

/** However slow the disk, a wait this long without one fsync finishing means the worker is gone. */
const STALLED_MS = 120_000;

/**
 * Files and folders handed over here are fsynced in a worker thread, in order; `drain` waits (blocking,
 * briefly: usually they are done by then) until every one handed over is durable, and throws if one
 * failed. Started at the first file; `close` ends it.
 */
export class BackgroundFsync {
  private worker: Worker | null = null;
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private handed = 0;

  file(path: string): void {
    this.hand({ path, folder: false });
  }

  folder(path: string): void {
    this.hand({ path, folder: true });
  }

  drain(): void {
    let waited = 0;
    for (let done = Atomics.load(this.state, 0); done < this.handed; done = Atomics.load(this.state, 0)) {
      if (Atomics.wait(this.state, 0, done, 1000) === 'timed-out') waited += 1000;
      else waited = 0;
      if (waited >= STALLED_MS) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
    }
    if (Atomics.load(this.state, 1) !== 0) throw new AppError('INTERNAL', attachmentsText.errors.notDurable);
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private hand(message: { path: string; folder: boolean }): void {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, workerData: { state: this.state.buffer } });
    // The worker must not keep the process alive once the work is handed over and drained.
    this.worker.unref();
    this.handed += 1;
    this.worker.postMessage(message);
  }
}
