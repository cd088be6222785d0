import type { ImportedFile, ImportOutcome, TableSummary } from '../../src-shared/sync/types';
import type { AppContext } from '../app/context';
import { importBundle, type Progress } from './import-service';
import { joinParts } from './parts';
import { SyncRefusal } from './refusal';

/**
 * Several files at once, as the coordinator brings them (parts of one bundle are joined): each bundle in
 * its own transaction, so one refused file does not hold back the others; refusals are listed, not thrown.
 */
export function importMany(
  ctx: AppContext,
  files: readonly { readonly name: string; readonly bytes: Buffer | SyncRefusal }[],
  options: { readonly dryRun: boolean; readonly onProgress?: Progress },
): ImportOutcome {
  const unreadable = files.filter((f): f is { name: string; bytes: SyncRefusal } => f.bytes instanceof SyncRefusal);
  const readable = files.filter((f): f is { name: string; bytes: Buffer } => Buffer.isBuffer(f.bytes));
  const results: ImportedFile[] = [];
  const summary: Record<string, { -readonly [K in keyof TableSummary]: number }> = {};
  for (const bundle of [...unreadable, ...joinParts(readable)]) {
    try {
      if (bundle.bytes instanceof SyncRefusal) throw bundle.bytes;
      const result = importBundle(ctx, bundle.bytes, { dryRun: options.dryRun, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      for (const [table, s] of Object.entries(result.summary)) {
        const into = (summary[table] ??= { new: 0, updated: 0, unchanged: 0, conflicts: 0, refused: 0 });
        for (const key of ['new', 'updated', 'unchanged', 'conflicts', 'refused'] as const) into[key] += s[key];
      }
      results.push({ fileName: bundle.name, ok: true, kind: result.kind, senderCode: result.sender.code, senderName: result.sender.name, sequence: result.sequence, summary: result.summary });
    } catch (error) {
      if (!(error instanceof SyncRefusal)) throw error;
      results.push({ fileName: bundle.name, ok: false, error: error.code, message: error.message });
    }
  }
  return { files: results, summary };
}
