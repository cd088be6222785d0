import { eq } from 'drizzle-orm';
import { sessionText } from '../../src-shared/session/text';
import { AppError } from '../app/errors';
import type { SiteInfo } from '../../src-shared/contract/types';
import type { AppContext, ReadContext } from '../app/context';
import { readStringSetting, SETTING_KEYS } from '../settings/local-settings';
import { keyFingerprint } from './keys';
import { sites } from './site.schema';

export function localSiteId(ctx: Pick<AppContext, 'db'>): string | null {
  return readStringSetting(ctx.db, SETTING_KEYS.siteId) ?? null;
}

export function localSite(ctx: ReadContext): SiteInfo | null {
  const siteId = localSiteId(ctx);
  if (!siteId) return null;
  const row = ctx.db.select().from(sites).where(eq(sites.id, siteId)).get();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    country: row.country,
    name: row.name,
    code: row.code,
    region: row.region,
    network: row.network,
    microNetwork: row.microNetwork,
    attendsBirths: row.attendsBirths,
    signingKeyFingerprint: keyFingerprint(row.signingPublicKey),
  };
}

export function requireLocalSiteId(ctx: ReadContext): string {
  const siteId = localSiteId(ctx);
  if (!siteId) throw new AppError('SETUP_REQUIRED', sessionText.errors.setupRequired);
  return siteId;
}
