import { Worker } from 'node:worker_threads';

interface Waiter<Reply> {
  resolve(reply: Reply): void;
  reject(error: unknown): void;
}

export interface RequestWorkerHooks<Reply> {
  /** How the log names it, in Spanish: «el hilo de …». */
  readonly name: string;
  /** What a request still waiting gets when the thread ends before answering it. */
  readonly gone: () => Error;
  /** Each answer, before its request settles (never one that nobody waits for any more). */
  readonly onReply?: (reply: Reply) => void;
  /**
   * The thread ended, before the requests still waiting are rejected. `neverRan`: it was not closed here
   * and never answered (a script that cannot load in this install).
   */
  readonly onExit?: (neverRan: boolean) => void;
}

/**
 * A worker thread that answers requests by id (issue 19: the import's verifier, a coordination site's long
 * reads). Nothing is sent to a thread that has ended; a request it never answered is rejected with `gone()`.
 */
export class RequestWorker<Request extends { readonly id: number }, Reply extends { readonly id: number }> {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter<Reply>>();
  private ended = false;
  private closed = false;
  private answered = false;
  /** Settles once the thread has ended, `onExit` has run and every waiting request is rejected. */
  readonly exited: Promise<void>;

  constructor(
    script: string,
    private readonly hooks: RequestWorkerHooks<Reply>,
  ) {
    this.worker = new Worker(script);
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.answered = true;
      this.waiting.delete(reply.id);
      hooks.onReply?.(reply);
      waiter.resolve(reply);
    });
    // An 'exit' always follows.
    this.worker.on('error', (error) => console.error(`[lactared] ${hooks.name} falló:`, error));
    this.exited = new Promise((resolve) => {
      this.worker.on('exit', () => {
        this.ended = true;
        hooks.onExit?.(!this.answered && !this.closed);
        for (const waiter of this.waiting.values()) waiter.reject(hooks.gone());
        this.waiting.clear();
        resolve();
      });
    });
  }

  /** False once it has ended or is closing: nothing more is handed to it. */
  get alive(): boolean {
    return !this.ended && !this.closed;
  }

  request(body: Omit<Request, 'id'>): Promise<Reply> {
    if (!this.alive) return Promise.reject(this.hooks.gone());
    const id = this.nextId++;
    const reply = new Promise<Reply>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    this.worker.postMessage({ ...body, id });
    return reply;
  }

  /** Ends the thread; what it had not answered is rejected with `gone()` once it has ended. */
  close(): void {
    this.closed = true;
    void this.worker.terminate();
  }
}
