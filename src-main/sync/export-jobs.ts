import fs from 'node:fs';
import path from 'node:path';
import type { ExportJobState, ExportProgress, ExportStarted } from '../../src-shared/sync/types';
import { syncUi } from '../../src-shared/sync/ui-text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import type { ExportedFile, ExportSteps } from './export-service';
import { SyncRefusal } from './refusal';
import { newStepJob, ownJob, type StepJob } from './step-job';
import { driveSteps, Wait } from './steps';

/**
 * Bundles written by the app in steps (issue 19): an export of thousands of scans goes to a file in
 * `<data>/salida/`, one scan at a time, while main keeps answering — the page asks how far it has come and
 * shows a determinate bar, then downloads the file from `/salida/<job>` (served only to the user who asked,
 * while signed in). One export at a time; the next one removes the files of the last.
 */
export const OUTBOX_FOLDER = 'salida';

interface Job extends StepJob<ExportJobState> {
  readonly direction: 'up' | 'down';
  readonly receiverName: string;
  file: string | null;
}

const jobs = new WeakMap<AppContext, Map<string, Job>>();
const NO_PROGRESS: ExportProgress = { recordsDone: 0, recordsTotal: 0, filesDone: 0, filesTotal: 0 };

function outbox(ctx: AppContext): string {
  return path.join(ctx.dataDir, OUTBOX_FOLDER);
}

function failureMessage(error: unknown): string {
  if (error instanceof SyncRefusal || error instanceof AppError) return error.message;
  return syncUi.exportFailed;
}

/** Starts an export; refused while another one is still being written. */
export function startExportJob(
  ctx: AppContext,
  target: { readonly direction: 'up' | 'down'; readonly receiverName: string },
  makeSteps: (folder: string) => ExportSteps<ExportedFile>,
): ExportStarted {
  const store = jobs.get(ctx) ?? new Map<string, Job>();
  jobs.set(ctx, store);
  if ([...store.values()].some((job) => job.state.status === 'running')) throw new AppError('CONFLICT', syncUi.exportBusy);
  store.clear();
  const folder = outbox(ctx);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  // Checks that refuse at once (no parent, unknown child) answer the call itself, as before.
  let steps: ExportSteps<ExportedFile>;
  let first: IteratorResult<ExportProgress | Wait, ExportedFile>;
  try {
    steps = makeSteps(folder);
    first = steps.next();
  } catch (error) {
    if (error instanceof SyncRefusal) throw new AppError('CONFLICT', error.message);
    throw error;
  }
  const firstProgress = first.done || first.value instanceof Wait ? NO_PROGRESS : first.value;
  const job: Job = Object.assign(newStepJob<ExportJobState>(ctx, { status: 'running', progress: firstProgress }), { ...target, file: null });
  const finish = (file: ExportedFile) => {
    job.file = file.file;
    job.end({
      status: 'done',
      progress: job.state.status === 'running' ? job.state.progress : NO_PROGRESS,
      direction: job.direction,
      receiverName: job.receiverName,
      fileName: path.basename(file.file),
      url: `/${OUTBOX_FOLDER}/${job.id}`,
      size: file.size,
      records: Object.values(file.counts).reduce((n, c) => n + c, 0),
      sequence: file.sequence,
    });
  };
  const fail = (error: unknown) => job.end({ status: 'failed', message: failureMessage(error) });
  store.set(job.id, job);
  const drive = () =>
    driveSteps(steps, {
      step: (progress) => (job.state = { status: 'running', progress }),
      done: finish,
      failed: fail,
    });
  if (first.done) finish(first.value);
  else if (first.value instanceof Wait) first.value.settled.then(drive, fail);
  else drive();
  return { jobId: job.id, progress: firstProgress };
}

function jobFor(ctx: AppContext, jobId: string): Job | null {
  return ownJob(ctx, jobs.get(ctx)?.get(jobId));
}

/** How far an export has come; an export of someone else, or replaced by a newer one, is gone. */
export function exportJobState(ctx: AppContext, jobId: string): ExportJobState {
  return jobFor(ctx, jobId)?.state ?? { status: 'failed', message: syncUi.exportGone };
}

/** Settles when the export is written or refused (tests and the command line wait on it). */
export function exportJobFinished(ctx: AppContext, jobId: string): Promise<ExportJobState> {
  return jobFor(ctx, jobId)?.finished ?? Promise.resolve(exportJobState(ctx, jobId));
}

/** The written bundle for a request path `/salida/<job>`, or null (another user, locked, unknown). */
export function exportedFileAt(ctx: AppContext, pathname: string): { readonly file: string; readonly fileName: string } | null {
  const match = new RegExp(`^/${OUTBOX_FOLDER}/([0-9a-f-]{36})$`).exec(pathname);
  const job = match?.[1] ? jobFor(ctx, match[1]) : null;
  if (!job?.file || ctx.session.current?.locked || !fs.existsSync(job.file)) return null;
  return { file: job.file, fileName: path.basename(job.file) };
}
