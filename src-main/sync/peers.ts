import { eq } from 'drizzle-orm';
import type { AppContext, ReadContext } from '../app/context';
import { SyncRefusal } from './refusal';
import { syncPeers, syncRoutes } from './sync.schema';

export type Peer = typeof syncPeers.$inferSelect;

export function peerOf(ctx: Pick<AppContext, 'db'>, siteId: string): Peer | null {
  return ctx.db.select().from(syncPeers).where(eq(syncPeers.siteId, siteId)).get() ?? null;
}

export function parentPeer(ctx: AppContext): Peer {
  const parent = ctx.db.select().from(syncPeers).where(eq(syncPeers.relation, 'parent')).get();
  if (!parent) throw new SyncRefusal('NO_PARENT');
  return parent;
}

/** Sites whose records arrive through each child peer (the child itself, and the facilities of a microrred). */
export function routedSites(ctx: AppContext): Map<string, string> {
  const routes = new Map(ctx.db.select().from(syncRoutes).all().map((r) => [r.siteId, r.viaPeer]));
  for (const peer of ctx.db.select().from(syncPeers).where(eq(syncPeers.relation, 'child')).all()) routes.set(peer.siteId, peer.siteId);
  return routes;
}

/** The schema version of this database (the number of migrations applied), as bundles declare it. */
export function schemaVersionOf(ctx: Pick<AppContext, 'sqlite'>): number {
  return ctx.sqlite.pragma('user_version', { simple: true }) as number;
}

/** The same set as SQL text, for the raw queries that pick reference data issued here or above, never below. */
export const SITES_BELOW_SQL = "SELECT site_id FROM sync_routes UNION SELECT site_id FROM sync_peers WHERE relation = 'child'";

/** The ids of every site below this one (enrolled children and the sites that come through them), as a subquery. */
export function sitesBelowQuery(ctx: ReadContext) {
  return ctx.db
    .select({ id: syncRoutes.siteId })
    .from(syncRoutes)
    .union(ctx.db.select({ id: syncPeers.siteId }).from(syncPeers).where(eq(syncPeers.relation, 'child')));
}
