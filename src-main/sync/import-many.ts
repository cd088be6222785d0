import type { ImportedFile, ImportOutcome, ImportProgress, TableSummary } from '../../src-shared/sync/types';
import type { AppContext } from '../app/context';
import { refreshPlannerStatistics } from '../db/open';
import { importBundleSteps, importVerifyingSteps, keepsFiles, type ImportResult, type Progress } from './import-service';
import { driveSteps, runSteps, Wait, waitFor } from './steps';
import { BundleVerifier, VerifierGone } from './verify-client';
import type { Verified } from './verify-bundle';
import type { BundleInput } from './parts';
import { AppError } from '../app/errors';
import { SyncRefusal } from './refusal';
import { SYNC_REFUSALS } from '../../src-shared/sync/text';
import { syncUi } from '../../src-shared/sync/ui-text';

/**
 * Several bundles at once, as the coordinator brings them (parts already joined): each bundle in
 * its own transaction, so one refused file does not hold back the others; refusals are listed, not thrown.
 */
export function importMany(
  ctx: AppContext,
  bundles: readonly BundleInput[],
  options: { readonly dryRun: boolean; readonly onProgress?: Progress },
): ImportOutcome {
  return runSteps(importManySteps(ctx, bundles, options));
}

/**
 * The same as a promise, for a program that waits for the whole pile (the command line, the bench): each
 * bundle verified in the worker thread while main applies the one before, when this program ships it.
 */
export async function importManyWithWorker(
  ctx: AppContext,
  bundles: readonly BundleInput[],
  options: { readonly dryRun: boolean; readonly onProgress?: Progress },
): Promise<ImportOutcome> {
  const verifier = BundleVerifier.start();
  if (!verifier) return importMany(ctx, bundles, options);
  try {
    return await new Promise<ImportOutcome>((resolve, reject) => {
      driveSteps(importManySteps(ctx, bundles, { ...options, verifier }), { step: () => undefined, done: resolve, failed: reject });
    });
  } finally {
    verifier.close();
  }
}

/**
 * The same, in steps (issue 19): before each bundle, while it is verified, and once it is verified, before
 * it is applied. With `verifier` (the app's worker thread) each bundle is verified there, the next one
 * while this one is applied: then a step may be a `Wait`.
 * `stillWanted` is asked before each bundle: once it says no (the user who started signed out), the
 * bundles left are listed as not imported.
 */
export function* importManySteps(
  ctx: AppContext,
  bundles: readonly BundleInput[],
  options: { readonly dryRun: boolean; readonly onProgress?: Progress; readonly stillWanted?: () => boolean; readonly verifier?: BundleVerifier | null },
): Generator<ImportProgress | Wait, ImportOutcome> {
  const results: ImportedFile[] = [];
  const summary: Record<string, { -readonly [K in keyof TableSummary]: number }> = {};
  const importOptions = { dryRun: options.dryRun, ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
  const verifier = options.verifier ?? null;
  const ahead = new Map<number, Promise<Verified>>();
  const verifyAhead = (index: number): Promise<Verified> | null => {
    const source = bundles[index]?.source;
    if (!verifier?.alive || source === undefined || source instanceof SyncRefusal) return ahead.get(index) ?? null;
    let verifying = ahead.get(index);
    if (!verifying) {
      verifying = verifier.verify(ctx, source, keepsFiles(ctx, importOptions));
      // Not an unhandled rejection while it waits its turn: its refusal is reported when its turn comes.
      verifying.catch(() => undefined);
      ahead.set(index, verifying);
    }
    return verifying;
  };
  try {
    for (const [done, bundle] of bundles.entries()) {
      const progress = (verified: boolean): ImportProgress => ({ bundlesDone: done, bundlesTotal: bundles.length, current: bundle.name, verified });
      // Verifying yields after each megabyte, few thousand rows and file; then once verified, before its transaction.
      const stepsOf = function* (steps: Generator<undefined | 'verified' | Wait, ImportResult>): Generator<ImportProgress | Wait, ImportResult> {
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) return step.value;
          if (step.value instanceof Wait) yield step.value;
          else {
            // The next bundle is verified on the other thread while this one is applied.
            if (step.value === 'verified' && (!options.stillWanted || options.stillWanted())) void verifyAhead(done + 1);
            yield progress(step.value === 'verified');
          }
        }
      };
      yield progress(false);
      try {
        if (options.stillWanted && !options.stillWanted()) {
          results.push({ fileName: bundle.name, ok: false, error: 'STOPPED', message: syncUi.importStopped });
          continue;
        }
        if (bundle.source instanceof SyncRefusal) throw bundle.source;
        const verifying = verifyAhead(done);
        if (verifying) ahead.delete(done);
        let result: ImportResult;
        try {
          result = yield* stepsOf(verifying ? importVerifyingSteps(ctx, verifying, importOptions) : importBundleSteps(ctx, bundle.source, importOptions));
        } catch (error) {
          // The worker stopped before this bundle was verified (nothing of it applied): verified here instead,
          // once what the worker left half-staged is cleared.
          if (!(error instanceof VerifierGone) || !verifier) throw error;
          yield* waitFor(verifier.stopped);
          result = yield* stepsOf(importBundleSteps(ctx, bundle.source, importOptions));
        }
        for (const [table, s] of Object.entries(result.summary)) {
          const into = (summary[table] ??= { new: 0, updated: 0, unchanged: 0, conflicts: 0, refused: 0 });
          for (const key of ['new', 'updated', 'unchanged', 'conflicts', 'refused'] as const) into[key] += s[key];
        }
        results.push({ fileName: bundle.name, ok: true, kind: result.kind, senderCode: result.sender.code, senderName: result.sender.name, sequence: result.sequence, summary: result.summary });
      } catch (error) {
        // Whatever went wrong rolled back that bundle alone: it is listed, and the next file still imports.
        if (error instanceof SyncRefusal) results.push({ fileName: bundle.name, ok: false, error: error.code, message: error.message });
        else {
          console.error(`[lactared] importación de ${bundle.name} falló:`, error);
          // An expected failure (the disk, say) says what to do; anything else, the general message.
          results.push({ fileName: bundle.name, ok: false, error: 'INTERNAL', message: error instanceof AppError ? error.message : SYNC_REFUSALS.INTERNAL });
        }
      } finally {
        if (!(bundle.source instanceof SyncRefusal)) bundle.source.close();
      }
    }
    // Bundles verified ahead and never applied (the import stopped) leave no staged files.
    for (const verifying of ahead.values()) {
      try {
        (yield* waitFor(verifying)).blobs.discard();
      } catch {
        // Refused or failed: nothing was staged to keep.
      }
    }
    ahead.clear();
  } finally {
    for (const verifying of ahead.values()) void verifying.then((verified) => verified.blobs.discard(), () => undefined);
  }
  if (!options.dryRun && results.some((r) => r.ok)) refreshPlannerStatistics(ctx.sqlite);
  return { files: results, summary };
}
