import { Worker } from 'node:worker_threads';

/** What a verified copy holds: its row counts, the attachment files it names, its digest and size. */
export interface CopiedDatabase {
  readonly counts: Record<string, number>;
  readonly attachments: string[];
  readonly sha256: string;
  readonly bytes: number;
}

type Check = 'integrity_check' | 'quick_check';

export interface CopyRequest {
  /** The live database (copied with `VACUUM INTO`, WAL included) or a closed database file (copied as a file). */
  readonly source: string;
  readonly sourceIsLive: boolean;
  readonly target: string;
  /** The statements that key a connection to an encrypted folder (empty for a plain one). */
  readonly keyPragmas: readonly string[];
  readonly check: Check;
  readonly countedTables: readonly string[];
  /** Where the copy's attachment files are mirrored now, durably; null leaves them for `mirrorLater`. */
  readonly mirror: { readonly from: string; readonly to: string } | null;
}

export type CopyOutcome = { readonly kind: 'copied'; readonly copy: CopiedDatabase } | { readonly kind: 'damaged' } | { readonly kind: 'failed'; readonly message: string };

// Runs in a worker thread with its own connection: checking, copying and hashing a coordination site's
// database takes seconds (the quick check of the national site's 786 MB: 2.5 s; a backup at 300
// facilities: 14 s), during which the thread that answers the window must stay free (issue 19). A plain
// script so that dev, tests and every bundle share it.
const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Database = require(job.sqlite);

function open(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  for (const pragma of job.keyPragmas) db.pragma(pragma);
  return db;
}
function fsyncFile(file) {
  const fd = fs.openSync(file, 'r+');
  try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
}
function copyDurably(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const temp = to + '.tmp';
  fs.copyFileSync(from, temp);
  fsyncFile(temp);
  fs.renameSync(temp, to);
}
function describe(file) {
  const db = open(file);
  try {
    if (db.pragma(job.check, { simple: true }) !== 'ok') return null;
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const counts = {};
    for (const table of job.countedTables) if (tables.has(table)) counts[table] = db.prepare('SELECT COUNT(*) FROM ' + table + ' WHERE deleted = 0').pluck().get();
    const attachments = tables.has('attachments') ? db.prepare('SELECT DISTINCT sha256 FROM attachments').pluck().all() : [];
    return { counts, attachments };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
function sha256(file) {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally { fs.closeSync(fd); }
  return hash.digest('hex');
}
function check() {
  const db = open(job.file);
  try {
    return db.pragma(job.check, { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}
function copy() {
  if (job.sourceIsLive) {
    const source = open(job.source);
    try { source.prepare('VACUUM INTO ?').run(job.target); } finally { source.close(); }
    fsyncFile(job.target);
  } else copyDurably(job.source, job.target);
  const described = describe(job.target);
  if (!described) return { kind: 'damaged' };
  if (job.mirror) for (const hash of described.attachments) {
    const target = path.join(job.mirror.to, hash.slice(0, 2), hash);
    const live = path.join(job.mirror.from, hash.slice(0, 2), hash);
    if (!fs.existsSync(target) && fs.existsSync(live)) copyDurably(live, target);
  }
  return { kind: 'copied', copy: { ...described, sha256: sha256(job.target), bytes: fs.statSync(job.target).size } };
}
try {
  if (job.op === 'check') {
    let healthy = false;
    try { healthy = check(); } catch { healthy = false; }
    parentPort.postMessage({ kind: 'checked', healthy });
  } else if (job.op === 'describe') parentPort.postMessage({ kind: 'described', described: describe(job.file) });
  else parentPort.postMessage(copy());
} catch (error) {
  parentPort.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
`;

function runInWorker<T>(job: Record<string, unknown>, stopped: (message: string) => T): Promise<T> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...job, sqlite: require.resolve('better-sqlite3') } });
    let settled = false;
    const finish = (outcome: T) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      resolve(outcome);
    };
    worker.once('message', (message: T) => finish(message));
    worker.once('error', (error) => finish(stopped(error.message)));
    worker.once('exit', () => finish(stopped('database worker stopped')));
  });
}

/**
 * Copies a database, verifies the copy (`quick_check` or `integrity_check`), counts what it holds,
 * mirrors its attachment files if asked and hashes it — all in a worker thread.
 */
export function copyInWorker(request: CopyRequest): Promise<CopyOutcome> {
  return runInWorker<CopyOutcome>({ ...request, op: 'copy' }, (message) => ({ kind: 'failed', message }));
}

/** What a database file holds (row counts, attachment files named), read in a worker thread; null when damaged. */
export async function describeInWorker(file: string, keyPragmas: readonly string[], check: Check, countedTables: readonly string[]): Promise<{ counts: Record<string, number>; attachments: string[] } | null> {
  type Described = { kind: 'described'; described: { counts: Record<string, number>; attachments: string[] } | null } | { kind: 'failed' };
  const outcome = await runInWorker<Described>({ op: 'describe', file, keyPragmas, check, countedTables }, () => ({ kind: 'failed' }));
  return outcome.kind === 'described' ? outcome.described : null;
}

/** Whether SQLite finds the database file sound (`quick_check` or `integrity_check`), asked in a worker thread. */
export async function checkInWorker(file: string, keyPragmas: readonly string[], check: Check): Promise<boolean> {
  const outcome = await runInWorker<{ kind: 'checked'; healthy: boolean } | { kind: 'failed' }>({ op: 'check', file, keyPragmas, check }, () => ({ kind: 'failed' }));
  return outcome.kind === 'checked' && outcome.healthy;
}
