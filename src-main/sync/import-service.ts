import { eq, sql } from 'drizzle-orm';
import { correctionText } from '../../src-shared/sync/correction-text';
import { receivesDocuments } from '../../src-shared/sync/privacy';
import { formatHlc, parseHlc, receiveStamp } from '../../src-shared/sync/hlc';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { withStatementJournalsInMemory } from '../db/open';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import type { ByteSource } from './byte-source';
import { ownReceiver, privacyFilter } from './privacy-filter';
import { localKeys } from './keys-of';
import { verifyBundleSteps, type Verified } from './verify-bundle';
import type { RowValue } from './payload';
import { routedSites } from './peers';
import { SyncRefusal } from './refusal';
import { rowAdmission, type StoredRow } from './row-admission';
import { StagedBlobs } from './staged-blobs';
import { withTrackingPaused } from './change-tracking';
import { syncConflicts, syncCorrections, syncImports, syncPeers, syncRoutes, syncSeen } from './sync.schema';
import { SYNC_TABLES } from './sync-tables';
import { runSteps, waitFor, type Wait } from './steps';

export interface TableSummary {
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  refused: number;
}
export type ImportSummary = Record<string, TableSummary>;

export interface ImportResult {
  readonly kind: 'data' | 'ack';
  readonly sender: { readonly id: string; readonly code: string; readonly name: string };
  readonly sequence: number;
  readonly summary: ImportSummary;
  /** For a data bundle: what to carry back so the sender stops re-sending (built after the commit). */
  readonly upToChange: number;
}

/**
 * Corrections and their conflicts. Down (from the parent, records owned here): a correction based on a
 * state this site has since changed is concurrent. Up (from a child): a change that did not see a pending
 * correction made here is concurrent. Either way the newer stamp is kept and the other version stored.
 */
function correctionTracking(ctx: AppContext, me: string, verified: Verified, routes: ReadonlyMap<string, string>) {
  const fromParent = verified.peer.relation === 'parent';
  const held = (owner: string) => owner === me || routes.has(owner);
  const bases = new Map(verified.manifest.corrections.map((c) => [`${c.t}:${c.id}`, c.baseHlc]));
  const seen = new Map(verified.manifest.seen.map((c) => [`${c.t}:${c.id}`, c.hlc]));
  const pending = ctx.sqlite.prepare('SELECT hlc, base_hlc AS baseHlc FROM sync_corrections WHERE table_name = ? AND row_id = ? AND settled = 0 ORDER BY id DESC LIMIT 1');
  const settle = ctx.sqlite.prepare('UPDATE sync_corrections SET settled = 1 WHERE table_name = ? AND row_id = ? AND settled = 0');
  const anyPending = !fromParent && ctx.sqlite.prepare('SELECT 1 FROM sync_corrections WHERE settled = 0 LIMIT 1').get() !== undefined;
  return {
    concurrent(table: string, rowId: string, owner: string, existing: string, incoming: string): boolean {
      if (fromParent) {
        const base = bases.get(`${table}:${rowId}`);
        return held(owner) && base !== undefined && existing !== base;
      }
      if (!anyPending) return false;
      const correction = pending.get(table, rowId) as { hlc: string; baseHlc: string } | undefined;
      // A state re-sent from before the correction (the one it was based on, or older) is not a change.
      if (!correction || incoming === correction.hlc || incoming <= correction.baseHlc) return false;
      const sawIt = seen.get(`${table}:${rowId}`);
      return !(sawIt !== undefined && sawIt >= correction.hlc);
    },
    applied(table: string, rowId: string, owner: string, stamp: string, existing: string | undefined): void {
      if (fromParent) {
        const base = bases.get(`${table}:${rowId}`);
        if (base === undefined || !held(owner)) return;
        if (owner !== me) {
          // Relayed: kept here as a pending correction, so it goes on down with its base and settles like one made here.
          if (existing === undefined || stamp > existing) {
            ctx.db.insert(syncCorrections).values({ tableName: table, rowId, ownerSiteId: owner, baseHlc: base, hlc: stamp, reason: correctionText.relayed(verified.peer.name, verified.peer.code), correctedAt: ctx.now(), correctedBy: null }).run();
          }
          return;
        }
        ctx.db.insert(syncSeen).values({ tableName: table, rowId, hlc: stamp }).onConflictDoUpdate({ target: [syncSeen.tableName, syncSeen.rowId], set: { hlc: stamp } }).run();
        if (existing === undefined || stamp > existing) recordAudit(ctx, { action: 'sync.correctionApplied', recordTable: table, recordId: rowId, detail: `${verified.peer.name} (${verified.peer.code})` });
        return;
      }
      // Which correction the owner saw travels on up with the record, for the level that made it.
      const sawIt = seen.get(`${table}:${rowId}`);
      if (sawIt !== undefined) ctx.db.insert(syncSeen).values({ tableName: table, rowId, hlc: sawIt }).onConflictDoUpdate({ target: [syncSeen.tableName, syncSeen.rowId], set: { hlc: sql`max(${syncSeen.hlc}, excluded.hlc)` } }).run();
      // Runs for every record from a child: prepared statements, and nothing at all without a pending correction.
      if (!anyPending) return;
      const correction = pending.get(table, rowId) as { hlc: string; baseHlc: string } | undefined;
      if (!correction || stamp <= correction.baseHlc) return;
      settle.run(table, rowId);
    },
  };
}

/**
 * One statement of the import: a constraint it breaks undoes that statement only (SQLite's statement
 * rollback), never the import around it. Any other failure stops the import, which then changes nothing.
 */
function writeRow(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' || (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_NOTNULL') return false;
    throw error;
  }
}

/** Parents before children; links to documents last, once the records they name are in. */
function applyOrder(table: string): number {
  return table === 'attachment_links' ? SYNC_TABLES.length : SYNC_TABLES.indexOf(table as never);
}

function emptySummary(): TableSummary {
  return { new: 0, updated: 0, unchanged: 0, conflicts: 0, refused: 0 };
}

/**
 * Applies a verified bundle in one transaction: per record, the state with the higher clock stamp is kept
 * (a record never moves back to an older state); tombstones are states like any other. The same bundle
 * twice, or bundles out of order, end in the same database.
 */
function applyData(ctx: AppContext, verified: Verified, options: { onProgress?: Progress }): ImportSummary {
  const { site } = localKeys(ctx);
  const routes = routedSites(ctx);
  const admission = rowAdmission(ctx, site.id, verified.peer, routes);
  const corrections = correctionTracking(ctx, site.id, verified, routes);
  const asThisLevelMay = privacyFilter(ctx, ownReceiver(ctx));
  const summary: ImportSummary = {};
  let highest: string | null = null;
  // The files, verified, go in before the records that name them (a level that receives no documents keeps none).
  verified.blobs.commit();
  withStatementJournalsInMemory(ctx.sqlite, () => inTransaction(ctx, () => withTrackingPaused(ctx, (changed) => {
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    const total = verified.tables.reduce((n, t) => n + t.rows.length, 0);
    let applied = 0;
    const ordered = [...verified.tables].sort((a, b) => applyOrder(a.table) - applyOrder(b.table));
    for (const t of ordered) {
      const counts = (summary[t.table] = emptySummary());
      const col = (name: string) => t.columns.indexOf(name);
      const [id, owner, hlc, deleted] = [col('id'), col('owner_site_id'), col('hlc'), col('deleted')];
      // From the parent come only corrections (merged onto the whole stored row) and reference data.
      const current = ctx.sqlite.prepare(`SELECT ${verified.peer.relation === 'parent' ? '*' : 'owner_site_id, hlc'} FROM ${t.table} WHERE id = ?`);
      const insert = ctx.sqlite.prepare(`INSERT INTO ${t.table} (${t.columns.join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`);
      const update = ctx.sqlite.prepare(`UPDATE ${t.table} SET ${t.columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
      // Tombstones first: a record deleted and one created in its place do not collide on unique indexes.
      const rows = [...t.rows].sort((a, b) => Number(b[deleted]) - Number(a[deleted]));
      const whole = ctx.sqlite.prepare(`SELECT * FROM ${t.table} WHERE id = ?`);
      for (const received of rows) {
        const rowId = String(received[id]);
        const stored = current.get(rowId) as StoredRow | undefined;
        const admitted = admission.admit(t.table, t.columns, received, stored);
        // What this level may not see never stays here, even from a sender that still sends it (18.1, 18.2).
        const row = admitted && String(admitted[owner]) !== site.id ? asThisLevelMay(t.table, t.columns, admitted) : admitted;
        if (!row) {
          counts.refused += 1;
          continue;
        }
        const rowOwner = String(row[owner]);
        const stamp = String(row[hlc]);
        if (highest === null || stamp > highest) highest = stamp;
        const existing = stored === undefined ? undefined : String(stored.hlc);
        if (existing !== undefined && existing !== stamp && corrections.concurrent(t.table, rowId, rowOwner, existing, stamp)) {
          const incomingWins = stamp > existing;
          const other = incomingWins ? (whole.get(rowId) as Record<string, RowValue>) : Object.fromEntries(t.columns.map((c, i) => [c, row[i] ?? null]));
          ctx.db
            .insert(syncConflicts)
            .values({ tableName: t.table, rowId, keptHlc: incomingWins ? stamp : existing, otherHlc: incomingWins ? existing : stamp, otherState: JSON.stringify(other), detectedAt: ctx.now() })
            .run();
          recordAudit(ctx, { action: 'sync.conflict', recordTable: t.table, recordId: rowId, detail: `${verified.peer.name} (${verified.peer.code})` });
          counts.conflicts += 1;
        }
        if (existing !== undefined && stamp <= existing) {
          counts.unchanged += 1;
        } else if (!writeRow(() => (existing === undefined ? insert.run(...row) : update.run(...row, rowId)))) {
          // A row that breaks a unique rule here (the same DNI twice for one facility) is listed, not applied.
          counts.refused += 1;
          continue;
        } else {
          changed(t.table, rowId);
          if (existing === undefined) counts.new += 1;
          else counts.updated += 1;
        }
        corrections.applied(t.table, rowId, rowOwner, stamp, existing);
      }
      applied += t.rows.length;
      options.onProgress?.(applied, total);
    }
    for (const [siteId, viaPeer] of admission.newRoutes) ctx.db.insert(syncRoutes).values({ siteId, viaPeer }).onConflictDoNothing().run();
    const last = readStringSetting(ctx.db, SETTING_KEYS.lastStamp);
    if (highest && (!last || highest > last)) {
      writeSetting(ctx.db, SETTING_KEYS.lastStamp, formatHlc(receiveStamp(last ? parseHlc(last) : null, parseHlc(highest), ctx.now(), site.id)));
    }
    const peer = verified.peer;
    ctx.db
      .update(syncPeers)
      .set({ lastSequenceReceived: Math.max(peer.lastSequenceReceived, verified.manifest.sequence) })
      .where(eq(syncPeers.siteId, peer.siteId))
      .run();
    const seenBefore = ctx.db.select({ id: syncImports.id }).from(syncImports).where(eq(syncImports.contentHash, verified.contentHash)).get();
    if (!seenBefore) ctx.db
      .insert(syncImports)
      .values({
        senderSiteId: peer.siteId,
        sequence: verified.manifest.sequence,
        upToChange: verified.manifest.upToChange,
        contentHash: verified.contentHash,
        importedAt: ctx.now(),
        summary: JSON.stringify(summary),
      })
      .run();
    const sum = (k: keyof TableSummary) => Object.values(summary).reduce((n, s) => n + s[k], 0);
    // The files and their folders, made durable meanwhile, before the records that name them are committed.
    verified.blobs.durable();
    recordAudit(ctx, {
      action: 'sync.import',
      detail: `Paquete ${verified.manifest.sequence} de ${peer.name} (${peer.code}): ${sum('new')} nuevos, ${sum('updated')} actualizados, ${sum('unchanged')} sin cambios, ${sum('refused')} rechazados`,
    });
  })));
  verified.blobs.kept();
  return summary;
}

function applyAck(ctx: AppContext, verified: Verified): void {
  const ack = verified.manifest.acknowledges;
  if (!ack) return;
  inTransaction(ctx, () => {
    const peer = verified.peer;
    ctx.db.update(syncPeers).set({ ackedChange: Math.max(peer.ackedChange, ack.upToChange) }).where(eq(syncPeers.siteId, peer.siteId)).run();
    recordAudit(ctx, { action: 'sync.ackImport', detail: `${peer.name} (${peer.code}) recibió el paquete ${ack.sequence}` });
  });
}

/** A coordination site that does not receive scanned documents checks their files but keeps none. */
function keepsNoDocuments(ctx: AppContext): boolean {
  const receiver = ownReceiver(ctx);
  return receiver !== null && !receivesDocuments(receiver);
}

/** Records applied so far, of how many: called inside the transaction, after each table. */
export type Progress = (applied: number, total: number) => void;

/**
 * Verifies everything first, then applies all or nothing. A refusal is audited and changes nothing else.
 * A file is read in chunks, never whole: attachment files stream to a staging folder on the way.
 */
export function importBundle(ctx: AppContext, file: Buffer | ByteSource, options: { dryRun?: boolean; onProgress?: Progress } = {}): ImportResult {
  return runSteps(importBundleSteps(ctx, file, options));
}

/**
 * The same import in steps (issue 19): the bundle verified (its files staged) in many, `'verified'`, then
 * applied in one transaction. The app answers other calls between them; the transaction never pauses.
 */
export function* importBundleSteps(ctx: AppContext, file: Buffer | ByteSource, options: { dryRun?: boolean; onProgress?: Progress } = {}): Generator<undefined | 'verified', ImportResult> {
  const blobs = new StagedBlobs(keepsFiles(ctx, options) ? ctx.blobs : null);
  try {
    const verified = yield* verifyOrAudit(ctx, file, blobs, options);
    yield 'verified';
    return applyVerified(ctx, verified, options);
  } finally {
    blobs.discard();
  }
}

/**
 * The same import of a bundle being verified elsewhere (a worker thread, issue 19): waits for it, audits a
 * refusal as a verification here would, then applies it.
 */
export function* importVerifyingSteps(ctx: AppContext, verifying: Promise<Verified>, options: { dryRun?: boolean; onProgress?: Progress } = {}): Generator<undefined | 'verified' | Wait, ImportResult> {
  let verified: Verified | null = null;
  try {
    try {
      verified = yield* waitFor(verifying);
    } catch (error) {
      auditRefusal(ctx, error, options);
      throw error;
    }
    yield 'verified';
    return applyVerified(ctx, verified, options);
  } finally {
    verified?.blobs.discard();
  }
}

/** Whether the scans of a bundle are kept: not in a dry run, nor at a level that receives no documents. */
export function keepsFiles(ctx: AppContext, options: { dryRun?: boolean }): boolean {
  return !(options.dryRun || keepsNoDocuments(ctx));
}

function* verifyOrAudit(ctx: AppContext, file: Buffer | ByteSource, blobs: StagedBlobs, options: { dryRun?: boolean }): Generator<undefined, Verified> {
  try {
    return yield* verifyBundleSteps(ctx, file, blobs);
  } catch (error) {
    auditRefusal(ctx, error, options);
    throw error;
  }
}

function auditRefusal(ctx: AppContext, error: unknown, options: { dryRun?: boolean }): void {
  if (error instanceof SyncRefusal && !options.dryRun) {
    inTransaction(ctx, () => recordAudit(ctx, { action: 'sync.importRefused', outcome: 'refused', detail: `${error.code}: ${error.message}` }));
  }
}

function applyVerified(ctx: AppContext, verified: Verified, options: { dryRun?: boolean; onProgress?: Progress }): ImportResult {
  const { peer, manifest } = verified;
  const sender = { id: peer.siteId, code: peer.code, name: peer.name };
  if (manifest.kind === 'ack') {
    if (!options.dryRun) applyAck(ctx, verified);
    return { kind: 'ack', sender, sequence: manifest.sequence, summary: {}, upToChange: 0 };
  }
  const summary = options.dryRun ? dryRunSummary(ctx, verified) : applyData(ctx, verified, options.onProgress ? { onProgress: options.onProgress } : {});
  return { kind: 'data', sender, sequence: manifest.sequence, summary, upToChange: manifest.upToChange };
}

/** What an import would do, computed inside a transaction that is rolled back. */
function dryRunSummary(ctx: AppContext, verified: Verified): ImportSummary {
  let summary: ImportSummary = {};
  const rollback = new Error('dry run');
  try {
    ctx.sqlite.transaction(() => {
      // Attachment files were only checked (no store): a dry run writes nothing anywhere.
      summary = applyData(ctx, verified, {});
      throw rollback;
    })();
  } catch (error) {
    if (error !== rollback) throw error;
  }
  return summary;
}
