import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../app/context';
import { BackgroundFiles, type WrittenMark } from '../attachments/background-files';
import { errorOf } from '../workers/worker-errors';
import { RequestWorker } from '../workers/request-worker';
import type { ByteSource } from './byte-source';
import { SyncRefusal } from './refusal';
import { workerScript } from '../workers/worker-scripts';
import { STAGING, StagedBlobs } from './staged-blobs';
import type { Verified } from './verify-bundle';
import type { VerifyReply, VerifyRequest } from './verify-messages';

/** The worker thread stopped (crashed, or closed): the bundles it had are verified on main instead. */
export class VerifierGone extends Error {
  constructor() {
    super('el hilo de verificación terminó');
    this.name = 'VerifierGone';
  }
}

/**
 * Bundles verified in a worker thread (issue 19): while main applies one bundle in its transaction, the
 * next one is verified — signature, decryption, rows, scans staged and made durable — on the other core.
 */
export class BundleVerifier {
  private readonly thread: RequestWorker<VerifyRequest, VerifyReply>;
  /** This worker's staging folders start so; those handed over to main are main's to clear. */
  private readonly stagingPrefix = `${process.pid}-verificacion-${crypto.randomBytes(4).toString('hex')}-`;
  private readonly handedFolders = new Set<string>();
  /** The worker's writer thread, as main last saw it: abandoned if the worker ends before it finishes. */
  private written: WrittenMark | null = null;
  private attachmentsDir: string | null = null;
  /** Settles once the worker has stopped and what it left half-staged is removed. */
  readonly stopped: Promise<void>;

  /** Null when this program has no worker to start: verify on main then. */
  static start(): BundleVerifier | null {
    const script = workerScript('verify-bundle');
    return script ? new BundleVerifier(script) : null;
  }

  private constructor(script: string) {
    this.thread = new RequestWorker<VerifyRequest, VerifyReply>(script, {
      name: 'el hilo de verificación',
      gone: () => new VerifierGone(),
      // An answer after main stopped listening (closed meanwhile) never comes here: its folder is cleared with the leftovers.
      onReply: (reply) => {
        if (!reply.ok) return;
        if (reply.handed.folder) this.handedFolders.add(reply.handed.folder);
        this.written = reply.handed.written;
      },
      onExit: () => {
        // Its writer ended with it: a bundle still waiting for its files fails at once instead of waiting.
        if (this.written) BackgroundFiles.abandon(this.written);
        this.clearLeftovers();
      },
    });
    this.stopped = this.thread.exited;
  }

  /** False once the worker has stopped: nothing more is handed to it. */
  get alive(): boolean {
    return this.thread.alive;
  }

  /** Rejects with `VerifierGone` when the worker stops before answering. */
  verify(ctx: AppContext, source: ByteSource, keepFiles: boolean): Promise<Verified> {
    this.attachmentsDir = ctx.blobs.dir;
    const reply = this.thread.request({
      dataDir: ctx.dataDir,
      key: ctx.databaseKey ? new Uint8Array(ctx.databaseKey) : null,
      now: ctx.now(),
      keepFiles,
      origin: source.origin,
      stagingPrefix: this.stagingPrefix,
    });
    return reply.then((answer) => {
      if (answer.ok) {
        const blobs = StagedBlobs.handedOver(keepFiles ? ctx.blobs : null, answer.handed);
        return { peer: answer.peer, manifest: answer.manifest, tables: answer.tables, contentHash: answer.contentHash, blobs };
      }
      if ('refusal' in answer) throw new SyncRefusal(answer.refusal.code, answer.refusal.detail);
      throw errorOf(answer);
    });
  }

  close(): void {
    this.thread.close();
  }

  /** Once the worker (and its writer thread) ended: staging folders of bundles it never answered for. */
  private clearLeftovers(): void {
    if (!this.attachmentsDir) return;
    const root = path.join(this.attachmentsDir, STAGING);
    const names = fs.existsSync(root) ? fs.readdirSync(root) : [];
    for (const name of names.filter((n) => n.startsWith(this.stagingPrefix))) {
      const folder = path.join(root, name);
      if (!this.handedFolders.has(folder)) fs.rmSync(folder, { recursive: true, force: true });
    }
  }
}
