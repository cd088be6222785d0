import path from 'node:path';
import { eq } from 'drizzle-orm';
import { parseHlc } from '../../src-shared/sync/hlc';
import { DOCUMENT_TABLES, receivesDocuments } from '../../src-shared/sync/privacy';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { localKeys } from './keys-of';
import type { Manifest, RowValue, TableRows } from './payload';
import type { ExportProgress } from '../../src-shared/sync/types';
import { runSteps, Wait } from './steps';
import { sealFor, sealToFileSteps, type SealBlob } from './seal-for';
import { parentPeer, routedSites, type Peer } from './peers';
import { REFERENCE_TABLES } from './reference-tables';
import { SyncRefusal } from './refusal';
import { syncPeers } from './sync.schema';
import { SYNC_TABLES } from './sync-tables';
import { privacyFilter, receiverOf, type RowFilter } from './privacy-filter';

const CHUNK = 500;

interface ExportedInfo {
  readonly fileName: string;
  readonly receiverCode: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly attachments: number;
}

export interface ExportedBundle extends ExportedInfo {
  readonly bytes: Buffer;
  readonly sequence: number;
}

/** A bundle written straight to a file (the command line): attachment files are never all in memory. */
export interface ExportedFile extends ExportedInfo {
  readonly file: string;
  readonly size: number;
  readonly sequence: number;
}

/**
 * Every record changed since the parent's last acknowledgement, owned by this site or by a site enrolled
 * under it; with the attachment files of the attachment records. Re-sends what is unacknowledged, so a
 * lost USB stick costs nothing. For records that received corrections from above, the last correction
 * applied here travels with them, so the parent can tell a later change from a concurrent one.
 */
export function exportToParent(ctx: AppContext): ExportedBundle {
  return runSteps(exportUp(ctx, inMemory(ctx)));
}

export function exportToParentFile(ctx: AppContext, folder: string, onProgress?: (progress: ExportProgress) => void): ExportedFile {
  return runSteps(exportUpSteps(ctx, folder, 'here'), onProgress);
}

/**
 * The bundle up written to `folder` in steps, each yielding how far it has come (the app pauses between
 * them); `offThread`: the records compress in another thread (the step yields a `Wait`).
 */
export function exportUpSteps(ctx: AppContext, folder: string, compression: 'here' | 'offThread'): ExportSteps<ExportedFile> {
  return exportUp(ctx, toFile(ctx, folder, compression));
}

/** Straight runs (command line, tests) never yield a `Wait`; the app's do (`offThread`). */
export type ExportSteps<T> = Generator<ExportProgress | Wait, T>;

/** The records (not the changes: a record changed twice goes once) a bundle up carries: this site's and those routed through it. */
function upOwners(ctx: AppContext): Set<string> {
  return new Set([localKeys(ctx).site.id, ...routedSites(ctx).keys()]);
}

function exportUp<T extends Sealed>(ctx: AppContext, seal: Sealer<T>): ExportSteps<ExportedInfo & T> {
  const owners = upOwners(ctx);
  const parent = parentPeer(ctx);
  return exportTo(ctx, parent, (_table, owner) => owners.has(owner), 'up', seal, privacyFilter(ctx, receiverOf(ctx, parent)));
}

/** How many records the next bundle up would carry: the same count its export reports (issue 15). */
export function recordsPendingUp(ctx: AppContext, ackedChange: number): number {
  const owners = JSON.stringify([...upOwners(ctx)]);
  const receiver = receiverOf(ctx, parentPeer(ctx));
  const documents = receiver === null || receivesDocuments(receiver);
  let total = 0;
  for (const table of SYNC_TABLES) {
    if (!documents && DOCUMENT_TABLES.includes(table)) continue;
    total += ctx.sqlite
      .prepare(
        `SELECT COUNT(*) FROM ${table} WHERE id IN (SELECT row_id FROM sync_changes WHERE table_name = ? AND seq > ?) AND owner_site_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(table, ackedChange, owners) as number;
  }
  return total;
}

interface Sealed {
  readonly sequence: number;
}

/** What is sealed, and the file name it gets; a sealer makes the bundle of it in memory or in a file. */
interface ToSeal {
  readonly peer: Peer;
  readonly contents: Pick<Manifest, 'kind' | 'upToChange' | 'counts' | 'acknowledges' | 'corrections' | 'seen'>;
  readonly tables: readonly TableRows[];
  readonly blobs: readonly SealBlob[];
  readonly fileName: string;
}
/** A sealer yields the attachment files written so far. */
type Sealer<T extends Sealed> = (what: ToSeal) => Generator<number | Wait, T>;

function inMemory(ctx: AppContext): Sealer<{ bytes: Buffer; sequence: number }> {
  return function* (w) {
    yield* [];
    return sealFor(ctx, w.peer, w.contents, w.tables, w.blobs);
  };
}

function toFile(ctx: AppContext, folder: string, compression: 'here' | 'offThread'): Sealer<{ file: string; size: number; sequence: number }> {
  return function* (w) {
    const file = path.join(folder, w.fileName);
    return { file, ...(yield* sealToFileSteps(ctx, w.peer, w.contents, w.tables, w.blobs, file, compression)) };
  };
}

/**
 * Down to a child: the corrections made here to records of that child (or of the facilities under it),
 * each with the state it was based on; and the reference data kept here or received from above (not
 * that of any site below). Never another facility's records.
 */
export function exportToChild(ctx: AppContext, childCode: string): ExportedBundle {
  return runSteps(exportDown(ctx, childCode, inMemory(ctx)));
}

export function exportToChildFile(ctx: AppContext, childCode: string, folder: string, onProgress?: (progress: ExportProgress) => void): ExportedFile {
  return runSteps(exportDownSteps(ctx, childCode, folder, 'here'), onProgress);
}

export function exportDownSteps(ctx: AppContext, childCode: string, folder: string, compression: 'here' | 'offThread'): ExportSteps<ExportedFile> {
  return exportDown(ctx, childCode, toFile(ctx, folder, compression));
}

function exportDown<T extends Sealed>(ctx: AppContext, childCode: string, seal: Sealer<T>): ExportSteps<ExportedInfo & T> {
  const { site } = localKeys(ctx);
  const child = ctx.db.select().from(syncPeers).where(eq(syncPeers.code, childCode)).get();
  if (child?.relation !== 'child') throw new SyncRefusal('UNKNOWN_SITE', childCode);
  const routes = routedSites(ctx);
  const children = new Set(ctx.db.select({ id: syncPeers.siteId }).from(syncPeers).where(eq(syncPeers.relation, 'child')).all().map((p) => p.id));
  const below = (owner: string) => owner === child.siteId || routes.get(owner) === child.siteId;
  const belowAnyChild = (owner: string) => children.has(owner) || routes.has(owner);
  // A correction made here, or one from above relayed: its stamp is neither the owner's nor any site's below.
  const correctedHereOrAbove = (hlc: string) => {
    const by = parseHlc(hlc).siteId;
    return by === site.id || !belowAnyChild(by);
  };
  const include = (table: string, owner: string, hlc: string) => (below(owner) && correctedHereOrAbove(hlc)) || (REFERENCE_TABLES.has(table) && !belowAnyChild(owner));
  return exportTo(ctx, child, include, 'down', seal, privacyFilter(ctx, null));
}

/**
 * The database is only read: hashing, compression and encryption happen outside any transaction; the
 * sequence number is taken in a short one at the end. It yields after each chunk of records and each
 * attachment file. Only what a step reads is checked then (a person may be saving meanwhile): the
 * changes to send are fixed at the start (`upToChange`), so a record saved during an export goes next time.
 */
function* exportTo<T extends Sealed>(
  ctx: AppContext,
  peer: Peer,
  include: (table: string, owner: string, hlc: string) => boolean,
  direction: 'up' | 'down',
  seal: Sealer<T>,
  asReceiverMay: RowFilter,
): ExportSteps<ExportedInfo & T> {
  const { site } = localKeys(ctx);
  const upToChange = ctx.sqlite.prepare('SELECT COALESCE(MAX(seq), 0) FROM sync_changes').pluck().get() as number;
  const changed = ctx.sqlite
    .prepare('SELECT table_name AS tableName, row_id AS rowId FROM sync_changes WHERE seq > ? AND seq <= ? ORDER BY seq')
    .all(peer.ackedChange, upToChange) as { tableName: string; rowId: string }[];
  const idsByTable = new Map<string, string[]>();
  for (const change of changed) {
    const ids = idsByTable.get(change.tableName);
    if (ids) ids.push(change.rowId);
    else idsByTable.set(change.tableName, [change.rowId]);
  }

  const tables: TableRows[] = [];
  const blobHashes = new Set<string>();
  // Read once, not per record: both tables hold only the few records that received corrections.
  const marks = new Map(
    (
      ctx.sqlite
        .prepare(direction === 'up' ? 'SELECT table_name AS t, row_id AS id, hlc AS mark FROM sync_seen' : 'SELECT table_name AS t, row_id AS id, base_hlc AS mark FROM sync_corrections ORDER BY id')
        .all() as { t: string; id: string; mark: string }[]
    ).map((m) => [`${m.t}:${m.id}`, m.mark]),
  );
  const seen: Manifest['seen'] = [];
  const corrections: Manifest['corrections'] = [];
  const progress = { recordsDone: 0, recordsTotal: changed.length, filesDone: 0, filesTotal: 0 };
  for (const table of SYNC_TABLES) {
    const ids = idsByTable.get(table);
    if (!ids) continue;
    let columns: string[] | null = null;
    const rows: RowValue[][] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const found = ctx.sqlite.prepare(`SELECT * FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Record<string, RowValue>[];
      for (const row of found) {
        if (!include(table, String(row.owner_site_id), String(row.hlc))) continue;
        columns ??= Object.keys(row);
        const sent = asReceiverMay(table, columns, columns.map((c) => row[c] ?? null));
        if (!sent) continue;
        rows.push(sent);
        if (table === 'attachments' && typeof row.sha256 === 'string') blobHashes.add(row.sha256);
        const mark = marks.get(`${table}:${String(row.id)}`);
        if (mark && direction === 'up') seen.push({ t: table, id: String(row.id), hlc: mark });
        if (mark && direction === 'down') corrections.push({ t: table, id: String(row.id), baseHlc: mark });
      }
      progress.recordsDone += chunk.length;
      yield { ...progress };
    }
    if (columns && rows.length > 0) tables.push({ table, columns, rows });
  }
  // Read when written, one at a time: a consolidated bundle may carry thousands of scans.
  const blobs = [...blobHashes].map((hash) => ({ hash, size: ctx.blobs.sizeOf(hash), read: () => ctx.blobs.read(hash) }));
  const counts = Object.fromEntries(tables.map((t) => [t.table, t.rows.length]));
  const contents = { kind: 'data' as const, upToChange, counts, acknowledges: null, corrections, seen };
  const fileName = bundleFileName(site.code, peer.code, peer.nextSequence);
  progress.filesTotal = blobs.length;
  const sealing = seal({ peer, contents, tables, blobs, fileName });
  let sealed: T;
  for (;;) {
    const step = sealing.next();
    if (step.done) {
      sealed = step.value;
      break;
    }
    if (step.value instanceof Wait) yield step.value;
    else {
      progress.filesDone = step.value;
      yield { ...progress };
    }
  }
  inTransaction(ctx, () => {
    ctx.db.update(syncPeers).set({ nextSequence: sealed.sequence + 1 }).where(eq(syncPeers.siteId, peer.siteId)).run();
    const total = Object.values(counts).reduce((n, c) => n + c, 0);
    recordAudit(ctx, { action: 'sync.export', detail: `Paquete ${sealed.sequence} para ${peer.name} (${peer.code}): ${total} registros, ${blobs.length} archivos` });
  });
  return { ...sealed, fileName, receiverCode: peer.code, counts, attachments: blobs.length };
}

export function bundleFileName(senderCode: string, receiverCode: string, sequence: number): string {
  const safe = (code: string) => code.replace(/[^A-Za-z0-9-]+/g, '_');
  return `lactared-${safe(senderCode)}-a-${safe(receiverCode)}-${String(sequence).padStart(5, '0')}.lactared`;
}
