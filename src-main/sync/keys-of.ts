import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context';
import { localSiteId } from '../site/site-service';
import { sitePrivateKeys, sites } from '../site/site.schema';
import { SyncRefusal } from './refusal';

/** This site's row and its private keys (never leave main). */
export function localKeys(ctx: Pick<AppContext, 'db'>) {
  const siteId = localSiteId(ctx);
  if (!siteId) throw new SyncRefusal('NOT_SET_UP');
  const site = ctx.db.select().from(sites).where(eq(sites.id, siteId)).get();
  const keys = ctx.db.select().from(sitePrivateKeys).where(eq(sitePrivateKeys.siteId, siteId)).get();
  if (!site || !keys) throw new SyncRefusal('NOT_SET_UP');
  return { site, signingPrivateKey: keys.signingPrivateKey, encryptionPrivateKey: keys.encryptionPrivateKey };
}
