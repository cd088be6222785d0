import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { chunksOf, fileSource, type ByteSource } from './byte-source';
import { SyncRefusal } from './refusal';
import { runSteps } from './steps';

/**
 * The bundle file: `LACTARED-B1\n`, the header's length (4 bytes) and its JSON, the sender's Ed25519
 * signature of those header bytes (64 bytes), then the ciphertext. The header carries the ciphertext's
 * length and SHA-256, so the signature covers everything. The payload is encrypted to the receiver with
 * an ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM.
 */
const MAGIC = Buffer.from('LACTARED-B1\n', 'latin1');
const SIGNATURE_BYTES = 64;
const MAX_HEADER_BYTES = 64 * 1024;
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

interface Encryption {
  readonly cipher: crypto.CipherGCM;
  readonly epk: Buffer;
  readonly iv: Buffer;
}

function encryptionFor(address: BundleAddress, receiverEncryptionPublicKey: string): Encryption {
  const ephemeral = crypto.generateKeyPairSync('x25519');
  const epk = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const receiverPublic = Buffer.from(receiverEncryptionPublicKey, 'base64');
  const shared = crypto.diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKey(receiverEncryptionPublicKey) });
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', contentKey(shared, epk, receiverPublic), iv);
  cipher.setAAD(aad(address));
  return { cipher, epk, iv };
}

/** MAGIC, the signed header's length and bytes, and the signature: everything before the ciphertext. */
function headerBlock(address: BundleAddress, encryption: Encryption, cipherLength: number, cipherSha256: string, senderSigningPrivateKey: string): Buffer {
  const header: BundleHeader = {
    ...address,
    epk: encryption.epk.toString('base64'),
    iv: encryption.iv.toString('base64'),
    tag: encryption.cipher.getAuthTag().toString('base64'),
    cipherLength,
    cipherSha256,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const signature = crypto.sign(null, headerBytes, crypto.createPrivateKey(senderSigningPrivateKey));
  return Buffer.concat([MAGIC, length, headerBytes, signature]);
}

export interface SealKeys {
  readonly senderSigningPrivateKey: string;
  readonly receiverEncryptionPublicKey: string;
}

export function sealBundle(address: BundleAddress, payload: Buffer, keys: SealKeys): Buffer {
  const encryption = encryptionFor(address, keys.receiverEncryptionPublicKey);
  const ciphertext = Buffer.concat([encryption.cipher.update(payload), encryption.cipher.final()]);
  const sha = crypto.createHash('sha256').update(ciphertext).digest('hex');
  return Buffer.concat([headerBlock(address, encryption, ciphertext.length, sha, keys.senderSigningPrivateKey), ciphertext]);
}

/**
 * The same bundle written to `file` from payload pieces taken one at a time (attachment files are read
 * only when their turn comes): the ciphertext goes to a temporary file first, since the signed header
 * before it holds its hash; then header and ciphertext are written, fsynced and renamed into place.
 */
export function sealBundleToFile(address: BundleAddress, pieces: Iterable<Buffer>, keys: SealKeys, file: string): { readonly size: number } {
  return runSteps(sealBundleToFileSteps(address, pieces, keys, file));
}

/** The same, in steps: it yields how many pieces are written after each one, so a caller can pause between them. */
export function* sealBundleToFileSteps(address: BundleAddress, pieces: Iterable<Buffer>, keys: SealKeys, file: string): Generator<number, { readonly size: number }> {
  const encryption = encryptionFor(address, keys.receiverEncryptionPublicKey);
  const cipherFile = `${file}.cifrado.tmp`;
  const finalTemp = `${file}.tmp`;
  const hash = crypto.createHash('sha256');
  let cipherLength = 0;
  try {
    const out = fs.openSync(cipherFile, 'w');
    try {
      const write = (chunk: Buffer) => {
        hash.update(chunk);
        cipherLength += chunk.length;
        fs.writeSync(out, chunk);
      };
      let written = 0;
      for (const piece of pieces) {
        write(encryption.cipher.update(piece));
        written += 1;
        yield written;
      }
      write(encryption.cipher.final());
    } finally {
      fs.closeSync(out);
    }
    const header = headerBlock(address, encryption, cipherLength, hash.digest('hex'), keys.senderSigningPrivateKey);
    const target = fs.openSync(finalTemp, 'w');
    try {
      fs.writeSync(target, header);
      const source = fileSource(cipherFile);
      for (const chunk of chunksOf(source, 0, source.size)) fs.writeSync(target, chunk);
      source.close();
      fs.fsyncSync(target);
    } finally {
      fs.closeSync(target);
    }
    fs.renameSync(finalTemp, file);
    return { size: header.length + cipherLength };
  } finally {
    fs.rmSync(cipherFile, { force: true });
    fs.rmSync(finalTemp, { force: true });
  }
}

/** Reads the header without trusting it: enough to say who sent it and to whom. */
export function readHeader(source: ByteSource): { header: BundleHeader; headerBytes: Buffer; signature: Buffer; cipherStart: number } {
  const prefix = source.read(0, MAGIC.length + 4 + MAX_HEADER_BYTES + SIGNATURE_BYTES);
  if (prefix.length < MAGIC.length + 4 || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) throw new SyncRefusal('NOT_A_BUNDLE');
  const headerLength = prefix.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerLength > MAX_HEADER_BYTES) throw new SyncRefusal('CORRUPT');
  if (prefix.length < headerStart + headerLength + SIGNATURE_BYTES) throw new SyncRefusal('TRUNCATED');
  const headerBytes = prefix.subarray(headerStart, headerStart + headerLength);
  let parsed: unknown;
  try {
    parsed = JSON.parse(headerBytes.toString('utf8'));
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) throw new SyncRefusal('CORRUPT');
  const signature = prefix.subarray(headerStart + headerLength, headerStart + headerLength + SIGNATURE_BYTES);
  const cipherStart = headerStart + headerLength + SIGNATURE_BYTES;
  const cipherLength = source.size - cipherStart;
  if (cipherLength < header.data.cipherLength) throw new SyncRefusal('TRUNCATED');
  if (cipherLength > header.data.cipherLength) throw new SyncRefusal('CORRUPT');
  return { header: header.data, headerBytes, signature, cipherStart };
}

export interface OpenKeys {
  readonly localSiteId: string;
  readonly encryptionPrivateKey: string;
  readonly encryptionPublicKey: string;
  readonly schemaVersion: number;
  /** The enrolled signing key of a site, or null when the site is not enrolled here. */
  readonly signingKeyOf: (siteId: string) => string | null;
}

/** The decrypted payload, read in order without holding it whole. Every failure is a CORRUPT refusal. */
export interface PayloadReader {
  /** The next `length` bytes, as one buffer (for the manifest and the rows). */
  take(length: number): Buffer;
  /** The next `length` bytes in pieces (for attachments). */
  stream(length: number, onChunk: (chunk: Buffer) => void): void;
  /** Checks the authentication tag and that nothing is left over. */
  finish(): void;
}

/**
 * Checks, in this order, receiver, sender, signature, schema, integrity (the ciphertext's hash, read in
 * chunks); then gives a reader that decrypts on demand. Throws a SyncRefusal.
 */
export function openBundle(source: ByteSource, keys: OpenKeys): { header: BundleHeader; payload: PayloadReader } {
  return runSteps(openBundleSteps(source, keys));
}

/** The same in steps: it yields after each megabyte of the ciphertext hashed (a consolidated bundle is large). */
export function* openBundleSteps(source: ByteSource, keys: OpenKeys): Generator<undefined, { header: BundleHeader; payload: PayloadReader }> {
  const { header, headerBytes, signature, cipherStart } = readHeader(source);
  if (header.receiver !== keys.localSiteId) throw new SyncRefusal('WRONG_RECEIVER');
  const signingKey = keys.signingKeyOf(header.sender);
  if (!signingKey) throw new SyncRefusal('UNKNOWN_SITE');
  if (!crypto.verify(null, headerBytes, publicKey(signingKey), signature)) throw new SyncRefusal('BAD_SIGNATURE');
  if (header.schemaVersion > keys.schemaVersion) throw new SyncRefusal('SCHEMA_TOO_NEW');
  const cipherHash = crypto.createHash('sha256');
  for (const chunk of chunksOf(source, cipherStart, header.cipherLength)) {
    cipherHash.update(chunk);
    yield;
  }
  if (cipherHash.digest('hex') !== header.cipherSha256) throw new SyncRefusal('CORRUPT');
  let decipher: crypto.DecipherGCM;
  try {
    const epk = Buffer.from(header.epk, 'base64');
    const shared = crypto.diffieHellman({
      privateKey: crypto.createPrivateKey(keys.encryptionPrivateKey),
      publicKey: crypto.createPublicKey({ key: epk, format: 'der', type: 'spki' }),
    });
    const key = contentKey(shared, epk, Buffer.from(keys.encryptionPublicKey, 'base64'));
    decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(aad(header));
    decipher.setAuthTag(Buffer.from(header.tag, 'base64'));
  } catch {
    throw new SyncRefusal('CORRUPT');
  }
  return { header, payload: decryptingReader(source, cipherStart, header.cipherLength, decipher) };
}

function decryptingReader(source: ByteSource, start: number, length: number, decipher: crypto.DecipherGCM): PayloadReader {
  const cipherChunks = chunksOf(source, start, length);
  let pending: Buffer = Buffer.alloc(0);
  const more = (): boolean => {
    const next = cipherChunks.next();
    if (next.done) return false;
    pending = pending.length === 0 ? decipher.update(next.value) : Buffer.concat([pending, decipher.update(next.value)]);
    return true;
  };
  const piece = (max: number): Buffer => {
    if (pending.length === 0 && !more()) throw new SyncRefusal('CORRUPT');
    const out = pending.subarray(0, Math.min(max, pending.length));
    pending = pending.subarray(out.length);
    return out;
  };
  return {
    take(wanted) {
      while (pending.length < wanted) if (!more()) throw new SyncRefusal('CORRUPT');
      return piece(wanted);
    },
    stream(wanted, onChunk) {
      for (let left = wanted; left > 0; ) {
        const out = piece(left);
        onChunk(out);
        left -= out.length;
      }
    },
    finish() {
      if (pending.length > 0 || more()) throw new SyncRefusal('CORRUPT');
      try {
        decipher.final();
      } catch {
        throw new SyncRefusal('CORRUPT');
      }
    },
  };
}
