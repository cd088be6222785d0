import type { ImportedFile, ImportOutcome, ImportProgress, TableSummary } from '../../src-shared/sync/types';
import type { AppContext } from '../app/context';
import { refreshPlannerStatistics } from '../db/open';
import { importBundleSteps, type Progress } from './import-service';
import { runSteps } from './steps';
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
 * The same, in steps (issue 19): before each bundle, while it is verified, and once it is verified, before
 * it is applied.
 * `stillWanted` is asked before each bundle: once it says no (the user who started signed out), the
 * bundles left are listed as not imported.
 */
export function* importManySteps(
  ctx: AppContext,
  bundles: readonly BundleInput[],
  options: { readonly dryRun: boolean; readonly onProgress?: Progress; readonly stillWanted?: () => boolean },
): Generator<ImportProgress, ImportOutcome> {
  const results: ImportedFile[] = [];
  const summary: Record<string, { -readonly [K in keyof TableSummary]: number }> = {};
  for (const [done, bundle] of bundles.entries()) {
    const progress = (verified: boolean): ImportProgress => ({ bundlesDone: done, bundlesTotal: bundles.length, current: bundle.name, verified });
    yield progress(false);
    try {
      if (options.stillWanted && !options.stillWanted()) {
        results.push({ fileName: bundle.name, ok: false, error: 'STOPPED', message: syncUi.importStopped });
        continue;
      }
      if (bundle.source instanceof SyncRefusal) throw bundle.source;
      const steps = importBundleSteps(ctx, bundle.source, { dryRun: options.dryRun, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      let step = steps.next();
      // Verifying yields after each megabyte, few thousand rows and file; then once verified, before its transaction.
      for (; !step.done; step = steps.next()) yield progress(step.value === 'verified');
      const result = step.value;
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
  if (!options.dryRun && results.some((r) => r.ok)) refreshPlannerStatistics(ctx.sqlite);
  return { files: results, summary };
}
