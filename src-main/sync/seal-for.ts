import type { AppContext } from '../app/context';
import { sealBundle, sealBundleToFile, type BundleAddress } from './bundle-codec';
import { localKeys } from './keys-of';
import { encodePayload, payloadPieces, type Manifest, type PayloadBlob, type TableRows } from './payload';
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

/** The same, written to `file` holding one attachment file at a time (large consolidated bundles). */
export function sealToFile(ctx: AppContext, peer: Peer, contents: Contents, tables: readonly TableRows[], blobs: readonly SealBlob[], file: string): { size: number; sequence: number } {
  const { address, manifest, keys } = prepare(ctx, peer, contents, blobs);
  return { size: sealBundleToFile(address, payloadPieces(manifest, tables, blobs), keys, file).size, sequence: address.sequence };
}
