import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app/context';
import { errorOf } from '../workers/worker-errors';
import { workerScript } from '../workers/worker-scripts';
import { runRead, type OffMainRead, type ReadArgument, type ReadReply, type ReadRequest, type ReadValue } from './off-main-reads';

/** The worker stopped before answering: the read is made on main instead. */
class ReadWorkerGone extends Error {}

/** One worker per open data folder, started at its first long read and kept (its page cache stays warm). */
class ReadWorker {
  private readonly worker: Worker;
  private nextId = 1;
  private answered = 0;
  private readonly waiting = new Map<number, { resolve(reply: ReadReply): void; reject(error: unknown): void }>();

  constructor(
    script: string,
    /** `broken`: it ended without ever answering (it cannot load here): no point starting it again. */
    private readonly onGone: (broken: boolean) => void,
  ) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on('message', (reply: ReadReply) => {
      this.answered += 1;
      this.waiting.get(reply.id)?.resolve(reply);
      this.waiting.delete(reply.id);
    });
    this.worker.on('error', (error) => console.error('[lactared] el hilo de lecturas falló:', error));
    this.worker.on('exit', () => {
      this.onGone(this.answered === 0);
      for (const waiter of this.waiting.values()) waiter.reject(new ReadWorkerGone('el hilo de lecturas terminó'));
      this.waiting.clear();
    });
  }

  read(request: Omit<ReadRequest, 'id'>): Promise<ReadReply> {
    const id = this.nextId++;
    const reply = new Promise<ReadReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ ...request, id } satisfies ReadRequest);
    return reply;
  }

  close(): void {
    void this.worker.terminate();
  }
}

const workers = new WeakMap<AppContext, ReadWorker>();
/** Data folders whose worker could not run (a damaged install, say): their reads stay on main. */
const broken = new WeakSet<AppContext>();

/**
 * A long read of a coordination site off main's thread (issue 19): main keeps answering the window while
 * a national site reads a year of thousands of facilities. Without the worker (a program that does not
 * ship it) the same read runs here.
 */
export async function readOffMain<K extends OffMainRead>(ctx: AppContext, kind: K, argument: ReadArgument<K>): Promise<ReadValue<K>> {
  const script = workerScript('reads');
  const here = () => runRead(ctx, kind, argument) as ReadValue<K>;
  if (!script || broken.has(ctx)) return here();
  let worker = workers.get(ctx);
  if (!worker) {
    worker = new ReadWorker(script, (never) => {
      workers.delete(ctx);
      if (never) broken.add(ctx);
    });
    workers.set(ctx, worker);
  }
  let reply: ReadReply;
  try {
    reply = await worker.read({ kind, argument, dataDir: ctx.dataDir, key: ctx.databaseKey ? new Uint8Array(ctx.databaseKey) : null, now: ctx.now() });
  } catch (error) {
    // A worker that stopped (closed, crashed, or unable to load) loses no read: it is made here.
    if (!(error instanceof ReadWorkerGone)) throw error;
    return here();
  }
  if (reply.ok) return reply.value as ReadValue<K>;
  throw errorOf(reply);
}

/** The data folder closes: its reads worker ends with it. */
export function closeReadWorker(ctx: AppContext): void {
  workers.get(ctx)?.close();
  workers.delete(ctx);
}
