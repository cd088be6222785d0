import crypto from 'node:crypto';
import { updateText as t } from '../../src-shared/update/text';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { keyFingerprint } from '../site/keys';

/**
 * Who may publish an update (issue 17.10). A release's `latest-*.yml` names each installer with its
 * SHA-512; the publisher signs that file with an Ed25519 key (`<feed>.sig` beside it, base64). A site
 * installs only a release signed by the publisher key it trusts — set by its admin from the key file the
 * program's coordinator hands out, or at `lactared init --update-key` — however the folder or the server
 * that delivered it was reached: plain http, a shared folder or a USB stick prove nothing.
 */
const CONTEXT = Buffer.from('lactared-update-v1\n', 'utf8');

export function signatureFileFor(feedFile: string): string {
  return `${feedFile}.sig`;
}

/** The Ed25519 public key in a PEM file or as base64 (SPKI DER), as base64 DER; throws a Spanish refusal. */
export function parsePublisherKey(text: string): string {
  try {
    const trimmed = text.trim();
    const key = trimmed.startsWith('-----BEGIN') ? crypto.createPublicKey(trimmed) : crypto.createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key.export({ type: 'spki', format: 'der' }).toString('base64');
  } catch {
    throw new AppError('VALIDATION', t.badPublisherKey, { key: t.badPublisherKey });
  }
}

export function trustedPublisherKey(ctx: AppContext): string | null {
  return readStringSetting(ctx.db, SETTING_KEYS.updatePublisherKey) ?? null;
}

export function publisherKeyInfo(ctx: AppContext): { readonly fingerprint: string | null } {
  const key = trustedPublisherKey(ctx);
  return { fingerprint: key ? keyFingerprint(key) : null };
}

export function setPublisherKey(ctx: AppContext, text: string): { readonly fingerprint: string | null } {
  const key = parsePublisherKey(text);
  const before = publisherKeyInfo(ctx).fingerprint;
  inTransaction(ctx, () => {
    writeSetting(ctx.db, SETTING_KEYS.updatePublisherKey, key);
    recordAudit(ctx, { action: 'update.publisherKey', recordTable: 'local_settings', detail: `${before ?? 'ninguna'} → ${keyFingerprint(key)}` });
  });
  return publisherKeyInfo(ctx);
}

/** The signature of a release description, for the publisher's `lactared release-sign`. */
export function signFeed(privateKeyPem: string, feed: Buffer): string {
  return crypto.sign(null, Buffer.concat([CONTEXT, feed]), crypto.createPrivateKey(privateKeyPem)).toString('base64');
}

/** Throws the Spanish refusal unless `feed` carries a valid signature of the trusted publisher. */
export function requireSignedFeed(publisherKey: string | null, feed: Buffer, signature: Buffer | null): void {
  if (!publisherKey) throw new AppError('VALIDATION', t.noPublisherKey);
  if (!signature) throw new AppError('VALIDATION', t.unsigned);
  const valid = crypto.verify(null, Buffer.concat([CONTEXT, feed]), crypto.createPublicKey({ key: Buffer.from(publisherKey, 'base64'), format: 'der', type: 'spki' }), Buffer.from(signature.toString('utf8').trim(), 'base64'));
  if (!valid) throw new AppError('VALIDATION', t.badSignature);
}

/** A new publisher key pair (for the program's release manager, never for a facility). */
export function newPublisherKeys(): { readonly privatePem: string; readonly publicPem: string; readonly fingerprint: string } {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: keyFingerprint(der),
  };
}
