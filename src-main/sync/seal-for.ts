import type { AppContext } from '../app/context';
import { sealBundle } from './bundle-codec';
import { localKeys } from './keys-of';
import { encodePayload, type Manifest, type TableRows } from './payload';
import { schemaVersionOf, type Peer } from './peers';

type Contents = Pick<Manifest, 'kind' | 'upToChange' | 'counts' | 'acknowledges'> & Partial<Pick<Manifest, 'corrections' | 'seen'>>;

/** A bundle (data or ack) from this site to `peer`, with the peer's next sequence number. Writes nothing. */
export function sealFor(ctx: AppContext, peer: Peer, contents: Contents, tables: readonly TableRows[], blobs: readonly { hash: string; bytes: Buffer }[]): { bytes: Buffer; sequence: number } {
  const { site, signingPrivateKey } = localKeys(ctx);
  const address = { kind: contents.kind, sender: site.id, receiver: peer.siteId, sequence: peer.nextSequence, createdAt: ctx.now(), schemaVersion: schemaVersionOf(ctx) };
  const payload = encodePayload(
    { ...contents, ...address, sender: { id: site.id, code: site.code, kind: site.kind }, blobs: blobs.map((b) => ({ sha256: b.hash, size: b.bytes.length })) },
    tables,
    blobs.map((b) => b.bytes),
  );
  const bytes = sealBundle(address, payload, { senderSigningPrivateKey: signingPrivateKey, receiverEncryptionPublicKey: peer.encryptionPublicKey });
  return { bytes, sequence: address.sequence };
}
