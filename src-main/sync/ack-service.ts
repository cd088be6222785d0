import { desc, eq } from 'drizzle-orm';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { localKeys } from './keys-of';
import { sealFor } from './seal-for';
import { SyncRefusal } from './refusal';
import { syncImports, syncPeers } from './sync.schema';

export interface ExportedAck {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly acknowledges: { readonly sequence: number; readonly upToChange: number } | null;
}

/**
 * A signed acknowledgement for a peer: "everything up to your change N arrived". It confirms the most
 * complete bundle applied from that peer; the peer then stops re-sending what it covers.
 */
export function exportAck(ctx: AppContext, peerCode: string): ExportedAck {
  const { site } = localKeys(ctx);
  const peer = ctx.db.select().from(syncPeers).where(eq(syncPeers.code, peerCode)).get();
  if (!peer) throw new SyncRefusal('UNKNOWN_SITE', peerCode);
  const applied = ctx.db.select().from(syncImports).where(eq(syncImports.senderSiteId, peer.siteId)).orderBy(desc(syncImports.upToChange)).get();
  const acknowledges = applied ? { sequence: applied.sequence, upToChange: applied.upToChange } : { sequence: 0, upToChange: 0 };
  const { bytes, sequence } = sealFor(ctx, peer, { kind: 'ack', upToChange: 0, counts: {}, acknowledges }, [], []);
  inTransaction(ctx, () => {
    ctx.db.update(syncPeers).set({ nextSequence: sequence + 1 }).where(eq(syncPeers.siteId, peer.siteId)).run();
    recordAudit(ctx, { action: 'sync.ackExport', detail: `Acuse para ${peer.name} (${peer.code}): paquete ${acknowledges.sequence}` });
  });
  const safe = (code: string) => code.replace(/[^A-Za-z0-9-]+/g, '_');
  return { bytes, fileName: `lactared-acuse-${safe(site.code)}-a-${safe(peer.code)}-${String(sequence).padStart(5, '0')}.lactared`, acknowledges: applied ? acknowledges : null };
}
