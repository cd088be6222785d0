import crypto from 'node:crypto';
import type { ImportJobState, ImportOutcome, ImportProgress, ImportStarted } from '../../src-shared/sync/types';
import { syncUi } from '../../src-shared/sync/ui-text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { importManySteps } from './import-many';
import type { BundleInput } from './parts';
import { SyncRefusal } from './refusal';
import { driveSteps } from './steps';

/**
 * Bundles checked or imported by the app in steps (issue 19): a coordinator's pile of a hundred facilities
 * takes minutes, and main keeps answering meanwhile — each bundle is verified in one step and applied in
 * its own transaction in the next; the page asks how far it has come. One at a time.
 */
interface Job {
  readonly id: string;
  readonly userId: string;
  state: ImportJobState;
  readonly finished: Promise<ImportJobState>;
}

const jobs = new WeakMap<AppContext, Job>();

export function startImportJob(ctx: AppContext, bundles: readonly BundleInput[], dryRun: boolean): ImportStarted {
  if (jobs.get(ctx)?.state.status === 'running') {
    for (const bundle of bundles) if (!(bundle.source instanceof SyncRefusal)) bundle.source.close();
    throw new AppError('CONFLICT', syncUi.importBusy);
  }
  const userId = ctx.session.current?.userId ?? '';
  // Each bundle is imported in the name of who started: after a sign-out the rest wait for a new import.
  const steps = importManySteps(ctx, bundles, { dryRun, stillWanted: () => ctx.session.current?.userId === userId });
  const first = steps.next();
  const progress: ImportProgress = first.done ? { bundlesDone: bundles.length, bundlesTotal: bundles.length, current: null, verified: false } : first.value;
  let settle: (state: ImportJobState) => void = () => undefined;
  const job: Job = {
    id: crypto.randomUUID(),
    userId,
    state: { status: 'running', progress },
    finished: new Promise((resolve) => (settle = resolve)),
  };
  const finish = (outcome: ImportOutcome) => {
    job.state = { status: 'done', dryRun, outcome };
    settle(job.state);
  };
  jobs.set(ctx, job);
  if (first.done) finish(first.value);
  else
    driveSteps(steps, {
      step: (next) => (job.state = { status: 'running', progress: next }),
      done: finish,
      failed: (error) => {
        console.error('[lactared] la importación se detuvo:', error);
        job.state = { status: 'failed', message: syncUi.importFailed };
        settle(job.state);
      },
    });
  return { jobId: job.id, progress };
}

function jobFor(ctx: AppContext, jobId: string): Job | null {
  const job = jobs.get(ctx);
  return job?.id === jobId && job.userId === ctx.session.current?.userId ? job : null;
}

/** How far an import has come; one of someone else, or replaced by a newer one, is gone. */
export function importJobState(ctx: AppContext, jobId: string): ImportJobState {
  return jobFor(ctx, jobId)?.state ?? { status: 'failed', message: syncUi.importGone };
}

/** Settles when every bundle is checked or imported (tests wait on it). */
export function importJobFinished(ctx: AppContext, jobId: string): Promise<ImportJobState> {
  return jobFor(ctx, jobId)?.finished ?? Promise.resolve(importJobState(ctx, jobId));
}
