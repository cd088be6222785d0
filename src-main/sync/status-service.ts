import type { AppContext } from '../app/context';
import { recordsPendingUp } from './export-service';
import { localKeys } from './keys-of';
import { syncPeers, syncRoutes } from './sync.schema';
import { SYNC_TABLES } from './sync-tables';

export interface SyncStatus {
  readonly site: { readonly code: string; readonly type: string };
  readonly sites: readonly {
    readonly code: string;
    readonly name: string;
    readonly relation: 'self' | 'parent' | 'child' | 'via';
    /** Live (not deleted) records held for that site, by table. */
    readonly tables: Readonly<Record<string, number>>;
    readonly lastSequence: number;
    /** Changes of this site not yet acknowledged by its parent (only for this site). */
    readonly unacknowledged: number;
  }[];
}

const TYPE_NAMES = { facility: 'facility', microNetwork: 'microrred', network: 'red', region: 'region', national: 'national' } as const;

export function syncStatus(ctx: AppContext): SyncStatus {
  const { site } = localKeys(ctx);
  const peers = ctx.db.select().from(syncPeers).all();
  const routes = ctx.db.select().from(syncRoutes).all();
  const parent = peers.find((p) => p.relation === 'parent');
  const counts = new Map<string, Record<string, number>>();
  for (const table of SYNC_TABLES) {
    const rows = ctx.sqlite.prepare(`SELECT owner_site_id AS owner, COUNT(*) AS n FROM ${table} WHERE deleted = 0 GROUP BY owner_site_id`).all() as { owner: string; n: number }[];
    for (const row of rows) {
      const byTable = counts.get(row.owner) ?? {};
      byTable[table] = row.n;
      counts.set(row.owner, byTable);
    }
  }
  const names = new Map((ctx.sqlite.prepare('SELECT id, code, name FROM sites').all() as { id: string; code: string; name: string }[]).map((s) => [s.id, s]));
  const unacknowledged = parent ? recordsPendingUp(ctx, parent.ackedChange) : 0;
  const entry = (id: string, relation: SyncStatus['sites'][number]['relation'], lastSequence: number, pending: number) => ({
    code: names.get(id)?.code ?? id,
    name: names.get(id)?.name ?? '',
    relation,
    tables: Object.fromEntries(SYNC_TABLES.map((t) => [t, counts.get(id)?.[t] ?? 0])),
    lastSequence,
    unacknowledged: pending,
  });
  return {
    site: { code: site.code, type: TYPE_NAMES[site.kind] },
    sites: [
      entry(site.id, 'self', 0, unacknowledged),
      ...peers.map((p) => entry(p.siteId, p.relation, p.lastSequenceReceived, 0)),
      ...routes.filter((r) => !peers.some((p) => p.siteId === r.siteId)).map((r) => entry(r.siteId, 'via', 0, 0)),
    ],
  };
}
