import type { AppContext } from '../app/context';

/** Records the changes of a bulk write itself: call `changed` for every row inserted or updated. */
export type ChangeRecorder = (table: string, rowId: string) => void;

/**
 * Runs `work` with the change triggers paused and then gives every changed row a new change number in
 * one pass sorted by key (the triggers' per-row upsert costs most of an import's time). Must run inside
 * the caller's transaction: the pause is never committed, so a failure or a crash undoes it with the rest.
 */
export function withTrackingPaused<T>(ctx: AppContext, work: (changed: ChangeRecorder) => T): T {
  if (!ctx.sqlite.inTransaction) throw new Error('withTrackingPaused needs an open transaction');
  const changes: [string, string][] = [];
  ctx.sqlite.prepare("INSERT INTO sync_tracking_pause (paused_by) VALUES ('import')").run();
  const result = work((table, rowId) => changes.push([table, rowId]));
  ctx.sqlite.prepare("DELETE FROM sync_tracking_pause WHERE paused_by = 'import'").run();
  changes.sort(([ta, ia], [tb, ib]) => (ta === tb ? (ia < ib ? -1 : ia > ib ? 1 : 0) : ta < tb ? -1 : 1));
  const base = ctx.sqlite.prepare('SELECT COALESCE(MAX(seq), 0) FROM sync_changes').pluck().get() as number;
  const upsert = ctx.sqlite.prepare('INSERT INTO sync_changes (table_name, row_id, seq) VALUES (?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq');
  changes.forEach(([table, rowId], i) => upsert.run(table, rowId, base + i + 1));
  return result;
}
