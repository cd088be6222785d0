import type { AppContext } from '../app/context';
import { errorOf } from '../workers/worker-errors';
import { RequestWorker } from '../workers/request-worker';
import { workerScript } from '../workers/worker-scripts';
import { runRead, type OffMainRead, type ReadArgument, type ReadReply, type ReadRequest, type ReadValue } from './off-main-reads';

/** The worker stopped before answering: the read is made on main instead. */
class ReadWorkerGone extends Error {}

type ReadThread = RequestWorker<ReadRequest, ReadReply>;

/** One worker per open data folder, started at its first long read and kept (its page cache stays warm). */
const workers = new WeakMap<AppContext, ReadThread>();
/** Data folders whose worker could not run (a damaged install, say): their reads stay on main. */
const broken = new WeakSet<AppContext>();

function workerFor(ctx: AppContext): ReadThread | null {
  const running = workers.get(ctx);
  if (running?.alive) return running;
  const script = broken.has(ctx) ? null : workerScript('reads');
  if (!script) return null;
  const worker: ReadThread = new RequestWorker(script, {
    name: 'el hilo de lecturas',
    gone: () => new ReadWorkerGone('el hilo de lecturas terminó'),
    onExit: (neverRan) => {
      // A worker closed and already replaced leaves its successor in place.
      if (workers.get(ctx) === worker) workers.delete(ctx);
      if (neverRan) broken.add(ctx);
    },
  });
  workers.set(ctx, worker);
  return worker;
}

/**
 * A long read of a coordination site off main's thread (issue 19): main keeps answering the window while
 * a national site reads a year of thousands of facilities. Without the worker (a program that does not
 * ship it) the same read runs here.
 */
export async function readOffMain<K extends OffMainRead>(ctx: AppContext, kind: K, argument: ReadArgument<K>): Promise<ReadValue<K>> {
  const here = () => runRead(ctx, kind, argument) as ReadValue<K>;
  const worker = workerFor(ctx);
  if (!worker) return here();
  let reply: ReadReply;
  try {
    reply = await worker.request({ kind, argument, dataDir: ctx.dataDir, key: ctx.databaseKey ? new Uint8Array(ctx.databaseKey) : null, now: ctx.now() });
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
