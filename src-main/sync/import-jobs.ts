import type { ImportJobState, ImportOutcome, ImportProgress, ImportStarted } from '../../src-shared/sync/types';
import { syncUi } from '../../src-shared/sync/ui-text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { importManySteps } from './import-many';
import type { BundleInput } from './parts';
import { SyncRefusal } from './refusal';
import { newStepJob, ownJob, type StepJob } from './step-job';
import { driveSteps, Wait } from './steps';
import { BundleVerifier } from './verify-client';

/**
 * Bundles checked or imported by the app in steps (issue 19): a coordinator's pile of a hundred facilities
 * takes minutes, and main keeps answering meanwhile — each bundle is verified in one step and applied in
 * its own transaction in the next; the page asks how far it has come. One at a time.
 */
const jobs = new WeakMap<AppContext, StepJob<ImportJobState>>();

export function startImportJob(ctx: AppContext, bundles: readonly BundleInput[], dryRun: boolean): ImportStarted {
  if (jobs.get(ctx)?.state.status === 'running') {
    for (const bundle of bundles) if (!(bundle.source instanceof SyncRefusal)) bundle.source.close();
    throw new AppError('CONFLICT', syncUi.importBusy);
  }
  const userId = ctx.session.current?.userId ?? '';
  // The next bundle is verified in a worker thread while main applies the one before (when the program ships it).
  const verifier = BundleVerifier.start();
  // Each bundle is imported in the name of who started: after a sign-out the rest wait for a new import.
  const steps = importManySteps(ctx, bundles, { dryRun, stillWanted: () => ctx.session.current?.userId === userId, verifier });
  // The first step only names the first bundle (there is always one): nothing is read before it.
  const first = steps.next();
  const progress: ImportProgress = first.done || first.value instanceof Wait ? { bundlesDone: 0, bundlesTotal: bundles.length, current: null, verified: false } : first.value;
  const job = newStepJob<ImportJobState>(ctx, { status: 'running', progress });
  const finish = (outcome: ImportOutcome) => {
    verifier?.close();
    job.end({ status: 'done', dryRun, outcome });
  };
  jobs.set(ctx, job);
  if (first.done) finish(first.value);
  else
    driveSteps(steps, {
      step: (next) => (job.state = { status: 'running', progress: next }),
      done: finish,
      failed: (error) => {
        verifier?.close();
        console.error('[lactared] la importación se detuvo:', error);
        job.end({ status: 'failed', message: syncUi.importFailed });
      },
    });
  return { jobId: job.id, progress };
}

function jobFor(ctx: AppContext, jobId: string): StepJob<ImportJobState> | null {
  const job = ownJob(ctx, jobs.get(ctx));
  return job?.id === jobId ? job : null;
}

/** How far an import has come; one of someone else, or replaced by a newer one, is gone. */
export function importJobState(ctx: AppContext, jobId: string): ImportJobState {
  return jobFor(ctx, jobId)?.state ?? { status: 'failed', message: syncUi.importGone };
}

/** Settles when every bundle is checked or imported (tests wait on it). */
export function importJobFinished(ctx: AppContext, jobId: string): Promise<ImportJobState> {
  return jobFor(ctx, jobId)?.finished ?? Promise.resolve(importJobState(ctx, jobId));
}
