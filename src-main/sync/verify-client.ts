import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import type { ByteSource } from './byte-source';
import { SyncRefusal } from './refusal';
import { StagedBlobs } from './staged-blobs';
import type { Verified } from './verify-bundle';
import type { VerifyReply, VerifyRequest } from './verify-messages';

/** The bundled worker (dist/workers/verify-bundle.cjs); without it bundles are verified on main. */
let workerScript: string | null = process.env.LACTARED_VERIFY_WORKER ?? null;

/** Set by each program at start (app, browser mode, bench) to the worker it ships, when it is there. */
export function useVerifyWorker(script: string | null): void {
  workerScript = script !== null && fs.existsSync(script) ? script : null;
}

/**
 * Bundles verified in a worker thread (issue 19): while main applies one bundle in its transaction, the
 * next one is verified — signature, decryption, rows, scans staged and made durable — on the other core.
 */
export class BundleVerifier {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(reply: VerifyReply): void; reject(error: unknown): void }>();

  /** Null when this program has no worker to start: verify on main then. */
  static start(): BundleVerifier | null {
    return workerScript ? new BundleVerifier(workerScript) : null;
  }

  private constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on('message', (reply: VerifyReply) => {
      this.waiting.get(reply.id)?.resolve(reply);
      this.waiting.delete(reply.id);
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('el proceso de verificación terminó')));
  }

  verify(ctx: AppContext, source: ByteSource, keepFiles: boolean): Promise<Verified> {
    const id = this.nextId++;
    const request: VerifyRequest = {
      id,
      dataDir: ctx.dataDir,
      key: ctx.databaseKey ? new Uint8Array(ctx.databaseKey) : null,
      now: ctx.now(),
      keepFiles,
      origin: source.origin,
    };
    const reply = new Promise<VerifyReply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage(request);
    return reply.then((answer) => {
      if (answer.ok) {
        const blobs = StagedBlobs.handedOver(keepFiles ? ctx.blobs : null, answer.handed);
        return { peer: answer.peer, manifest: answer.manifest, tables: answer.tables, contentHash: answer.contentHash, blobs };
      }
      if ('refusal' in answer) throw new SyncRefusal(answer.refusal.code, answer.refusal.detail);
      if ('appError' in answer) throw new AppError(answer.appError.code, answer.appError.message);
      throw new Error(answer.failure);
    });
  }

  close(): void {
    void this.worker.terminate();
  }

  private failAll(error: unknown): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
