import crypto from 'node:crypto';
import { z } from 'zod';
import { SyncRefusal } from './refusal';

/**
 * The bundle file: `LACTARED-B1\n`, the header's length (4 bytes) and its JSON, the sender's Ed25519
 * signature of those header bytes (64 bytes), then the ciphertext. The header carries the ciphertext's
 * length and SHA-256, so the signature covers everything. The payload is encrypted to the receiver with
 * an ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM.
 */
const MAGIC = Buffer.from('LACTARED-B1\n', 'latin1');
const SIGNATURE_BYTES = 64;
const HKDF_INFO = Buffer.from('lactared bundle v1', 'latin1');

const headerSchema = z.object({
  kind: z.enum(['data', 'ack']),
  sender: z.string().min(1).max(100),
  receiver: z.string().min(1).max(100),
  sequence: z.number().int().min(0),
  createdAt: z.number().int(),
  schemaVersion: z.number().int().min(0),
  epk: z.string().max(200),
  iv: z.string().max(40),
  tag: z.string().max(40),
  cipherLength: z.number().int().min(0),
  cipherSha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export type BundleHeader = z.infer<typeof headerSchema>;
export type BundleAddress = Pick<BundleHeader, 'kind' | 'sender' | 'receiver' | 'sequence' | 'createdAt' | 'schemaVersion'>;

function publicKey(base64Der: string): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.from(base64Der, 'base64'), format: 'der', type: 'spki' });
}

function aad(address: Pick<BundleHeader, 'sender' | 'receiver' | 'sequence'>): Buffer {
  return Buffer.from(`${address.sender}\n${address.receiver}\n${address.sequence}`, 'utf8');
}

function contentKey(shared: Buffer, epk: Buffer, receiverPublic: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', shared, Buffer.concat([epk, receiverPublic]), HKDF_INFO, 32));
}

export function sealBundle(
  address: BundleAddress,
  payload: Buffer,
  keys: { readonly senderSigningPrivateKey: string; readonly receiverEncryptionPublicKey: string },
): Buffer {
  const ephemeral = crypto.generateKeyPairSync('x25519');
  const epk = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const receiverPublic = Buffer.from(keys.receiverEncryptionPublicKey, 'base64');
  const shared = crypto.diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKey(keys.receiverEncryptionPublicKey) });
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', contentKey(shared, epk, receiverPublic), iv);
  cipher.setAAD(aad(address));
  const ciphertext = Buffer.concat([cipher.update(payload), cipher.final()]);
  const header: BundleHeader = {
    ...address,
    epk: epk.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    cipherLength: ciphertext.length,
    cipherSha256: crypto.createHash('sha256').update(ciphertext).digest('hex'),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const signature = crypto.sign(null, headerBytes, crypto.createPrivateKey(keys.senderSigningPrivateKey));
  return Buffer.concat([MAGIC, length, headerBytes, signature, ciphertext]);
}

/** Reads the header without trusting it: enough to say who sent it and to whom. */
export function readHeader(file: Buffer): { header: BundleHeader; headerBytes: Buffer; signature: Buffer; ciphertext: Buffer } {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new SyncRefusal('NOT_A_BUNDLE');
  const headerLength = file.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerLength > 64 * 1024) throw new SyncRefusal('CORRUPT');
  if (file.length < headerStart + headerLength + SIGNATURE_BYTES) throw new SyncRefusal('TRUNCATED');
  const headerBytes = file.subarray(headerStart, headerStart + headerLength);
  let parsed: unknown;
  try {
    parsed = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) throw new SyncRefusal('CORRUPT');
  const signature = file.subarray(headerStart + headerLength, headerStart + headerLength + SIGNATURE_BYTES);
  const ciphertext = file.subarray(headerStart + headerLength + SIGNATURE_BYTES);
  if (ciphertext.length < header.data.cipherLength) throw new SyncRefusal('TRUNCATED');
  if (ciphertext.length > header.data.cipherLength) throw new SyncRefusal('CORRUPT');
  return { header: header.data, headerBytes, signature, ciphertext };
}

export interface OpenKeys {
  readonly localSiteId: string;
  readonly encryptionPrivateKey: string;
  readonly encryptionPublicKey: string;
  readonly schemaVersion: number;
  /** The enrolled signing key of a site, or null when the site is not enrolled here. */
  readonly signingKeyOf: (siteId: string) => string | null;
}

/** Checks, in this order, receiver, sender, signature, schema, integrity; then decrypts. Throws a SyncRefusal. */
export function openBundle(file: Buffer, keys: OpenKeys): { header: BundleHeader; payload: Buffer } {
  const { header, headerBytes, signature, ciphertext } = readHeader(file);
  if (header.receiver !== keys.localSiteId) throw new SyncRefusal('WRONG_RECEIVER');
  const signingKey = keys.signingKeyOf(header.sender);
  if (!signingKey) throw new SyncRefusal('UNKNOWN_SITE');
  if (!crypto.verify(null, headerBytes, publicKey(signingKey), signature)) throw new SyncRefusal('BAD_SIGNATURE');
  if (header.schemaVersion > keys.schemaVersion) throw new SyncRefusal('SCHEMA_TOO_NEW');
  if (crypto.createHash('sha256').update(ciphertext).digest('hex') !== header.cipherSha256) throw new SyncRefusal('CORRUPT');
  try {
    const epk = Buffer.from(header.epk, 'base64');
    const shared = crypto.diffieHellman({
      privateKey: crypto.createPrivateKey(keys.encryptionPrivateKey),
      publicKey: crypto.createPublicKey({ key: epk, format: 'der', type: 'spki' }),
    });
    const key = contentKey(shared, epk, Buffer.from(keys.encryptionPublicKey, 'base64'));
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(aad(header));
    decipher.setAuthTag(Buffer.from(header.tag, 'base64'));
    return { header, payload: Buffer.concat([decipher.update(ciphertext), decipher.final()]) };
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
}
