import { relationBetween, SITE_KINDS } from '../../src-shared/site/countries';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { cleanText } from '../../src-shared/common/clean-text';
import { UUID_PATTERN } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { keyFingerprint } from '../site/keys';
import { sites } from '../site/site.schema';
import { localKeys } from './keys-of';
import { isHivDirection } from './privacy-filter';
import { SyncRefusal } from './refusal';
import { syncPeers } from './sync.schema';

const FORMAT = 'lactared-enrolment';

// Received from another PC: names lose control characters (a name must not drive a terminal, 17.11).
const receivedText = (min: number, max: number) => z.string().overwrite(cleanText).min(min).max(max);
const siteSchema = z.object({
  id: z.string().regex(UUID_PATTERN),
  kind: z.enum(SITE_KINDS),
  country: z.enum(['PE', 'AR']),
  name: receivedText(1, 200),
  code: receivedText(1, 40),
  region: receivedText(0, 200),
  network: receivedText(0, 200),
  microNetwork: receivedText(0, 200),
  attendsBirths: z.boolean(),
  signingPublicKey: z.string().min(40).max(200),
  encryptionPublicKey: z.string().min(40).max(200),
  hivDirection: z.boolean().default(false),
});
const bodySchema = z.object({ format: z.literal(FORMAT), version: z.literal(1), site: siteSchema, createdAt: z.number().int() });
const fileSchema = z.object({ body: z.string().max(10_000), signature: z.string().max(200) });

export type EnrolledSite = z.infer<typeof siteSchema>;

/** The enrolment file of this site: its identity and public keys, signed with its own key. */
export function exportEnrolment(ctx: AppContext): { content: string; fingerprint: string; code: string } {
  const { site, signingPrivateKey } = localKeys(ctx);
  const body = JSON.stringify({
    format: FORMAT,
    version: 1,
    site: {
      id: site.id,
      kind: site.kind,
      country: site.country,
      name: site.name,
      code: site.code,
      region: site.region,
      network: site.network,
      microNetwork: site.microNetwork,
      attendsBirths: site.attendsBirths,
      signingPublicKey: site.signingPublicKey,
      encryptionPublicKey: site.encryptionPublicKey,
      hivDirection: isHivDirection(ctx),
    },
    createdAt: ctx.now(),
  });
  const signature = crypto.sign(null, Buffer.from(body, 'utf8'), crypto.createPrivateKey(signingPrivateKey)).toString('base64');
  return { content: `${JSON.stringify({ body, signature }, null, 1)}\n`, fingerprint: keyFingerprint(site.signingPublicKey), code: site.code };
}

/** Reads and checks an enrolment file (self-signature); the fingerprint is what a person confirms. */
export function readEnrolment(content: Buffer): { site: EnrolledSite; fingerprint: string } {
  let file: z.infer<typeof fileSchema>;
  let body: z.infer<typeof bodySchema>;
  try {
    file = fileSchema.parse(JSON.parse(content.toString('utf8')));
    body = bodySchema.parse(JSON.parse(file.body));
  } catch {
    throw new SyncRefusal('NOT_AN_ENROLMENT');
  }
  const key = crypto.createPublicKey({ key: Buffer.from(body.site.signingPublicKey, 'base64'), format: 'der', type: 'spki' });
  if (!crypto.verify(null, Buffer.from(file.body, 'utf8'), key, Buffer.from(file.signature, 'base64'))) throw new SyncRefusal('BAD_SIGNATURE');
  return { site: body.site, fingerprint: keyFingerprint(body.site.signingPublicKey) };
}

const digitsOnly = (text: string) => text.replace(/\D/g, '');


export interface EnrolmentResult {
  readonly site: EnrolledSite;
  readonly relation: 'parent' | 'child';
  readonly fingerprint: string;
  readonly replaced: boolean;
  readonly alreadyEnrolled: boolean;
}

/**
 * Enrols a parent or child site after a person confirmed its fingerprint. The same file twice changes
 * nothing; a different key for an enrolled site is refused unless `replaceKey` (coordinator only), audited.
 */
export function importEnrolment(ctx: AppContext, content: Buffer, fingerprint: string, options: { replaceKey?: boolean } = {}): EnrolmentResult {
  const { site: me } = localKeys(ctx);
  const { site, fingerprint: actual } = readEnrolment(content);
  if (digitsOnly(fingerprint) !== digitsOnly(actual)) throw new SyncRefusal('FINGERPRINT_MISMATCH');
  if (site.id === me.id) throw new SyncRefusal('SELF');
  const relation = relationBetween(me.kind, site.kind);
  if (!relation) throw new SyncRefusal('WRONG_LEVEL');
  const existing = ctx.db.select().from(syncPeers).where(eq(syncPeers.siteId, site.id)).get();
  if (relation === 'parent') {
    const parent = ctx.db.select().from(syncPeers).where(eq(syncPeers.relation, 'parent')).get();
    if (parent && parent.siteId !== site.id) throw new SyncRefusal('PARENT_EXISTS');
  }
  const sameKeys = existing?.signingPublicKey === site.signingPublicKey && existing.encryptionPublicKey === site.encryptionPublicKey;
  if (existing && sameKeys) {
    // A newer file of the same site may say it became (or stopped being) the HIV direction.
    if (existing.hivDirection !== site.hivDirection) {
      inTransaction(ctx, () => {
        ctx.db.update(syncPeers).set({ hivDirection: site.hivDirection }).where(eq(syncPeers.siteId, site.id)).run();
        recordAudit(ctx, { action: 'sync.enrol', recordTable: 'sites', recordId: site.id, detail: `${site.name} (${site.code}): dirección de VIH ${site.hivDirection ? 'sí' : 'no'}` });
      });
    }
    return { site, relation, fingerprint: actual, replaced: false, alreadyEnrolled: true };
  }
  if (existing && !options.replaceKey) throw new SyncRefusal('KEY_CHANGED');
  inTransaction(ctx, () => {
    const keys = { signingPublicKey: site.signingPublicKey, encryptionPublicKey: site.encryptionPublicKey, code: site.code, name: site.name, hivDirection: site.hivDirection };
    if (existing) {
      ctx.db.update(syncPeers).set(keys).where(eq(syncPeers.siteId, site.id)).run();
      recordAudit(ctx, { action: 'sync.keyReplaced', recordTable: 'sites', recordId: site.id, detail: `${site.name} (${site.code}): nueva huella ${actual}` });
    } else {
      ctx.db.insert(syncPeers).values({ siteId: site.id, relation, kind: site.kind, enrolledAt: ctx.now(), ...keys }).run();
      recordAudit(ctx, { action: 'sync.enrol', recordTable: 'sites', recordId: site.id, detail: `${site.name} (${site.code}), huella ${actual}` });
    }
    // The peer's own row, at the lowest possible stamp: the first real state it sends replaces it.
    const row = ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.id, site.id)).get();
    if (!row) {
      const { id, kind, country, name, code, region, network, microNetwork, attendsBirths, signingPublicKey, encryptionPublicKey } = site;
      ctx.db
        .insert(sites)
        .values({ id, kind, country, name, code, region, network, microNetwork, attendsBirths, signingPublicKey, encryptionPublicKey, ownerSiteId: id, hlc: `0000000000000-000000-${id}`, deleted: false, createdAt: ctx.now() })
        .run();
    }
  });
  return { site, relation, fingerprint: actual, replaced: Boolean(existing), alreadyEnrolled: false };
}
