import crypto from 'node:crypto';
import { fingerprintDigits } from '../../src-shared/sync/fingerprint';

export interface SiteKeyPairs {
  readonly signingPublicKey: string;
  readonly signingPrivateKey: string;
  readonly encryptionPublicKey: string;
  readonly encryptionPrivateKey: string;
}

/** Ed25519 to sign what this site sends, X25519 to receive bundles encrypted to it. Public keys as base64 SPKI DER. */
export function generateSiteKeys(): SiteKeyPairs {
  const signing = crypto.generateKeyPairSync('ed25519');
  const encryption = crypto.generateKeyPairSync('x25519');
  return {
    signingPublicKey: signing.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    signingPrivateKey: signing.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    encryptionPublicKey: encryption.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    encryptionPrivateKey: encryption.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export function keyFingerprint(publicKeyBase64: string): string {
  return fingerprintDigits(crypto.createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest());
}
