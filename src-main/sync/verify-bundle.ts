import { formatDate } from '../../src-shared/common/text';
import { checkReceivedStamp, parseHlc } from '../../src-shared/sync/hlc';
import type { ReadContext } from '../app/context';
import { openBundleSteps } from './bundle-codec';
import { bufferSource, type ByteSource } from './byte-source';
import { localKeys } from './keys-of';
import { decodePayloadSteps, type Manifest, type TableRows } from './payload';
import { peerOf, schemaVersionOf, type Peer } from './peers';
import { SyncRefusal } from './refusal';
import { checkReceivedRows } from './row-schemas';
import { StagedBlobs } from './staged-blobs';
import { isSyncTable } from './sync-tables';
import { runSteps } from './steps';

/** What verifying reads: the database (never writing) and the clock; a worker thread has these too. */
export type VerifyContext = ReadContext;

const REQUIRED = ['id', 'owner_site_id', 'hlc', 'deleted'];

export interface Verified {
  readonly peer: Peer;
  readonly manifest: Manifest;
  readonly tables: TableRows[];
  readonly blobs: StagedBlobs;
  readonly contentHash: string;
}

/**
 * Everything that can be checked without writing to the database: signature, receiver, hashes, schema,
 * tables, columns. Attachment files stream into `blobs` (checked only, unless it has a store).
 */
export function verifyBundle(ctx: VerifyContext, file: Buffer | ByteSource, blobs = new StagedBlobs(null)): Verified {
  return runSteps(verifyBundleSteps(ctx, file, blobs));
}

/**
 * The same in steps (issue 19): a consolidated bundle of many facilities takes seconds to verify; the app
 * answers other calls between its megabytes, its rows and its files.
 */
export function* verifyBundleSteps(ctx: VerifyContext, file: Buffer | ByteSource, blobs: StagedBlobs): Generator<undefined, Verified> {
  const { site, encryptionPrivateKey } = localKeys(ctx);
  const { payload, header } = yield* openBundleSteps(Buffer.isBuffer(file) ? bufferSource(file) : file, {
    localSiteId: site.id,
    encryptionPrivateKey,
    encryptionPublicKey: site.encryptionPublicKey,
    schemaVersion: schemaVersionOf(ctx),
    signingKeyOf: (id) => peerOf(ctx, id)?.signingPublicKey ?? null,
  });
  const peer = peerOf(ctx, header.sender);
  if (!peer) throw new SyncRefusal('UNKNOWN_SITE');
  const { manifest, tables } = yield* decodePayloadSteps(payload, blobs);
  const matches =
    manifest.kind === header.kind && manifest.sender.id === header.sender && manifest.receiver === header.receiver && manifest.sequence === header.sequence && manifest.schemaVersion === header.schemaVersion;
  if (!matches) throw new SyncRefusal('BAD_CONTENT', 'encabezado');
  if (manifest.kind === 'ack' && !manifest.acknowledges) throw new SyncRefusal('BAD_CONTENT', 'acuse');
  const seen = new Set<string>();
  for (const t of tables) {
    if (!isSyncTable(t.table) || seen.has(t.table)) throw new SyncRefusal('BAD_CONTENT', t.table);
    seen.add(t.table);
    const known = new Set((ctx.sqlite.prepare(`PRAGMA table_info(${t.table})`).all() as { name: string }[]).map((c) => c.name));
    if (!REQUIRED.every((c) => t.columns.includes(c)) || !t.columns.every((c) => known.has(c)) || new Set(t.columns).size !== t.columns.length) {
      throw new SyncRefusal('BAD_CONTENT', `columnas de ${t.table}`);
    }
    const [id, owner, hlc] = ['id', 'owner_site_id', 'hlc'].map((c) => t.columns.indexOf(c)) as [number, number, number];
    const now = ctx.now();
    for (const row of t.rows) {
      if (typeof row[id] !== 'string' || typeof row[owner] !== 'string') throw new SyncRefusal('BAD_CONTENT', t.table);
      const stamp = checkReceivedStamp(row[hlc], now);
      if (stamp === 'malformed') throw new SyncRefusal('BAD_CONTENT', `${t.table}: sello de reloj`);
      if (stamp === 'ahead') throw new SyncRefusal('CLOCK_AHEAD', `${t.table}: ${formatDate(parseHlc(String(row[hlc])).wallMs)}`);
    }
    const problem = checkReceivedRows(t.table, t.columns, t.rows);
    if (problem) throw new SyncRefusal('BAD_CONTENT', `${problem.table}.${problem.column}${problem.id ? `, registro ${problem.id}` : ''}`);
    if (t.table === 'attachments') {
      const sha = t.columns.indexOf('sha256');
      for (const row of t.rows) if (sha < 0 || !blobs.hashes.has(String(row[sha]))) throw new SyncRefusal('BAD_CONTENT', 'archivo adjunto faltante');
    }
    yield;
  }
  // The signed hash of the ciphertext names the bundle: the same file imported twice is one import.
  return { peer, manifest, tables, blobs, contentHash: header.cipherSha256 };
}

