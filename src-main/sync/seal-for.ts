import type { AppContext } from '../app/context';
import { sealBundle, sealBundleToFileSteps, type BundleAddress } from './bundle-codec';
import { localKeys } from './keys-of';
import { compressRecords, compressRecordsOffThread, encodePayload, payloadPiecesOf, recordsText, type Manifest, type PayloadBlob, type TableRows } from './payload';
import { waitFor, type Wait } from './steps';
import { schemaVersionOf, type Peer } from './peers';

type Contents = Pick<Manifest, 'kind' | 'upToChange' | 'counts' | 'acknowledges'> & Partial<Pick<Manifest, 'corrections' | 'seen'>>;
export type SealBlob = PayloadBlob & { readonly hash: string };

function prepare(ctx: AppContext, peer: Peer, contents: Contents, blobs: readonly SealBlob[]) {
  const { site, signingPrivateKey } = localKeys(ctx);
  const address: BundleAddress = { kind: contents.kind, sender: site.id, receiver: peer.siteId, sequence: peer.nextSequence, createdAt: ctx.now(), schemaVersion: schemaVersionOf(ctx) };
  const manifest = { ...contents, ...address, sender: { id: site.id, code: site.code, kind: site.kind }, blobs: blobs.map((b) => ({ sha256: b.hash, size: b.size })) };
  return { address, manifest, keys: { senderSigningPrivateKey: signingPrivateKey, receiverEncryptionPublicKey: peer.encryptionPublicKey } };
}

/** A bundle (data or ack) from this site to `peer`, with the peer's next sequence number. Writes nothing. */
export function sealFor(ctx: AppContext, peer: Peer, contents: Contents, tables: readonly TableRows[], blobs: readonly SealBlob[]): { bytes: Buffer; sequence: number } {
  const { address, manifest, keys } = prepare(ctx, peer, contents, blobs);
  const payload = encodePayload(manifest, tables, blobs.map((b) => b.read()));
  return { bytes: sealBundle(address, payload, keys), sequence: address.sequence };
}

/**
 * The same, written to `file` holding one attachment file at a time (large consolidated bundles), in
 * steps: it yields the attachment files written so far (the first two pieces are the records).
 */
export function* sealToFileSteps(
  ctx: AppContext,
  peer: Peer,
  contents: Contents,
  tables: readonly TableRows[],
  blobs: readonly SealBlob[],
  file: string,
  compression: 'here' | 'offThread',
): Generator<number | Wait, { size: number; sequence: number }> {
  const { address, manifest, keys } = prepare(ctx, peer, contents, blobs);
  const text = recordsText(manifest, tables);
  // In the app the records compress in libuv's pool while the app answers; the step resumes once done.
  const compressed = compression === 'here' ? compressRecords(text) : yield* waitFor(compressRecordsOffThread(text));
  const steps = sealBundleToFileSteps(address, payloadPiecesOf(compressed, blobs), keys, file);
  for (;;) {
    const step = steps.next();
    if (step.done) return { size: step.value.size, sequence: address.sequence };
    yield Math.max(0, step.value - RECORD_PIECES);
  }
}

/** The payload's first pieces: the compressed records' length, then the records. */
const RECORD_PIECES = 2;
