import { eq } from 'drizzle-orm';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { sealBundle } from './bundle-codec';
import { localKeys } from './keys-of';
import { encodePayload, type RowValue, type TableRows } from './payload';
import { parentPeer, routedSites, schemaVersionOf } from './peers';
import { syncPeers } from './sync.schema';
import { SYNC_TABLES } from './sync-tables';

const CHUNK = 500;

export interface ExportedBundle {
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly sequence: number;
  readonly receiverCode: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly attachments: number;
}

/**
 * Every record changed since the parent's last acknowledgement, owned by this site or by a site enrolled
 * under it; with the attachment files of the attachment records. Re-sends what is unacknowledged, so a
 * lost USB stick costs nothing. The database is only read: hashing, compression and encryption happen
 * outside any transaction; the sequence number is taken in a short one at the end.
 */
export function exportToParent(ctx: AppContext): ExportedBundle {
  const { site, signingPrivateKey } = localKeys(ctx);
  const parent = parentPeer(ctx);
  const routes = routedSites(ctx);
  const owned = (owner: string) => owner === site.id || routes.has(owner);
  const upToChange = ctx.sqlite.prepare('SELECT COALESCE(MAX(seq), 0) FROM sync_changes').pluck().get() as number;
  const changed = ctx.sqlite
    .prepare('SELECT table_name AS tableName, row_id AS rowId FROM sync_changes WHERE seq > ? AND seq <= ? ORDER BY seq')
    .all(parent.ackedChange, upToChange) as { tableName: string; rowId: string }[];
  const idsByTable = new Map<string, string[]>();
  for (const change of changed) idsByTable.set(change.tableName, [...(idsByTable.get(change.tableName) ?? []), change.rowId]);

  const tables: TableRows[] = [];
  const blobHashes = new Set<string>();
  for (const table of SYNC_TABLES) {
    const ids = idsByTable.get(table);
    if (!ids) continue;
    let columns: string[] | null = null;
    const rows: RowValue[][] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const found = ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Record<string, RowValue>[];
      for (const row of found) {
        if (!owned(String(row.owner_site_id))) continue;
        columns ??= Object.keys(row);
        rows.push(columns.map((c) => row[c] ?? null));
        if (table === 'attachments' && typeof row.sha256 === 'string') blobHashes.add(row.sha256);
      }
    }
    if (columns && rows.length > 0) tables.push({ table, columns, rows });
  }
  const blobs = [...blobHashes].map((hash) => ({ hash, bytes: ctx.blobs.read(hash) }));
  const sequence = parent.nextSequence;
  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
  const createdAt = ctx.now();
  const schemaVersion = schemaVersionOf(ctx);
  const payload = encodePayload(
    {
      kind: 'data',
      sender: { id: site.id, code: site.code, kind: site.kind },
      receiver: parent.siteId,
      sequence,
      createdAt,
      schemaVersion,
      upToChange,
      counts,
      blobs: blobs.map((b) => ({ sha256: b.hash, size: b.bytes.length })),
      acknowledges: null,
    },
    tables,
    blobs.map((b) => b.bytes),
  );
  const bytes = sealBundle(
    { kind: 'data', sender: site.id, receiver: parent.siteId, sequence, createdAt, schemaVersion },
    payload,
    { senderSigningPrivateKey: signingPrivateKey, receiverEncryptionPublicKey: parent.encryptionPublicKey },
  );
  inTransaction(ctx, () => {
    ctx.db.update(syncPeers).set({ nextSequence: sequence + 1 }).where(eq(syncPeers.siteId, parent.siteId)).run();
    const total = Object.values(counts).reduce((n, c) => n + c, 0);
    recordAudit(ctx, { action: 'sync.export', detail: `Paquete ${sequence} para ${parent.name} (${parent.code}): ${total} registros, ${blobs.length} archivos` });
  });
  return { bytes, fileName: bundleFileName(site.code, parent.code, sequence), sequence, receiverCode: parent.code, counts, attachments: blobs.length };
}

export function bundleFileName(senderCode: string, receiverCode: string, sequence: number): string {
  const safe = (code: string) => code.replace(/[^A-Za-z0-9-]+/g, '_');
  return `lactared-${safe(senderCode)}-a-${safe(receiverCode)}-${String(sequence).padStart(5, '0')}.lactared`;
}
